#!/usr/bin/env python3
# Writes tests/golden/structure/bylines-dates.cases.json (usage: python3 tools/eval/bylines-dates-cases.py OUT.json): invented pages, byline and date markup of common
# publishing systems. Every name and sentence here is invented.
import json, sys
P = ("<p>The council voted on Tuesday to close the old library on Mill Street, after a long debate about money, "
     "staff and the roof of the building, which leaks in every storm.</p>"
     "<p>Residents said they would appeal, and a petition has gathered more than two thousand names, the "
     "organisers said, since it opened at the market last month.</p>"
     "<p>The library will stay open until the end of the year, and its books will go to the two branches in "
     "the north and the east of the town, a spokesman said.</p>")
def page(header, head="", lang="en", title="Library on Mill Street to close"):
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | The Town Courier</title>{head}</head>"
            f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav><main><article>"
            f"<header><h1>{title}</h1>{header}</header><div class='article-body'>{P}</div></article></main>"
            f"<footer>&copy; The Town Courier</footer></body></html>")
def ld(obj): return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"
C = []
def case(name, html, byline, date, date_text=None, title=None, subtitle=None):
    c = {"name": name, "html": html, "byline": byline, "date": date}
    if date_text: c["dateText"] = date_text
    if title: c["title"] = title
    if subtitle: c["subtitle"] = subtitle
    C.append(c)

case("wordpress-twentyx-posted-on-by", page(
  "<div class='entry-meta'><span class='posted-on'>Posted on <a href='/2019/04/12/library/' rel='bookmark'>"
  "<time class='entry-date published' datetime='2019-04-12T08:30:00+00:00'>April 12, 2019</time>"
  "<time class='updated' datetime='2019-04-15T10:00:00+00:00'>April 15, 2019</time></a></span>"
  "<span class='byline'> by <span class='author vcard'><a class='url fn n' href='/author/mara-lindqvist/'>Mara Lindqvist</a></span></span></div>"),
  "Mara Lindqvist", "2019-04-12", "April 12, 2019")
case("wordpress-genesis-entry-meta", page(
  "<p class='entry-meta'><time class='entry-time' itemprop='datePublished' datetime='2018-03-03T09:12:00+00:00'>March 3, 2018</time> by "
  "<span class='entry-author' itemprop='author' itemscope itemtype='https://schema.org/Person'><a href='/author/tobias/' class='entry-author-link' itemprop='url' rel='author'>"
  "<span class='entry-author-name' itemprop='name'>Tobias Renner</span></a></span> <span class='entry-comments-link'><a href='#respond'>Leave a Comment</a></span></p>"),
  "Tobias Renner", "2018-03-03", "March 3, 2018")
case("wordpress-byline-after-body", page("", head="")
  .replace("</div></article>", "</div><footer class='entry-footer'><span class='byline'><span class='author vcard'>"
           "<a class='url fn n' href='/author/edda/'>Edda Sorensen</a></span></span> <span class='posted-on'>"
           "<time class='entry-date published updated' datetime='2020-02-21T16:00:00+01:00'>21 February 2020</time></span></footer></article>"),
  "Edda Sorensen", "2020-02-21")
case("arc-byline-author-name-two", page(
  "<div class='byline'><span>By </span><span class='author-name'><a href='/people/delia-okafor/'>Delia Okafor</a></span> and "
  "<span class='author-name'><a href='/people/pieter-vos/'>Pieter Vos</a></span></div>"
  "<div class='display-date'>March 3, 2021 at 6:00 a.m. EST</div>"),
  "Delia Okafor and Pieter Vos", "2021-03-03")
case("arc-published-updated-spans", page(
  "<div class='byline'><a class='author-name' href='/people/ruth-kessler/'>Ruth Kessler</a></div>"
  "<div class='timestamp'><span>Updated March 5, 2021 at 9:14 p.m. EST</span> | <span>Published March 4, 2021 at 7:00 a.m. EST</span></div>"),
  "Ruth Kessler", "2021-03-04")
case("drupal8-field-author", page(
  "<div class='field field--name-field-author field--type-entity-reference field--label-hidden field__item'>"
  "<a href='/people/ines-carvalho' hreflang='en'>Ines Carvalho</a></div>"
  "<div class='field field--name-field-publish-date field--label-hidden field__item'><time datetime='2020-11-05T12:00:00Z'>5 November 2020</time></div>"),
  "Ines Carvalho", "2020-11-05", "5 November 2020")
case("drupal7-submitted", page(
  "<div class='submitted'>Submitted by <span class='username' property='foaf:name'>Ines Carvalho</span> on "
  "<span property='dc:date dc:created' content='2016-02-09T10:15:00+01:00' datatype='xsd:dateTime'>Tue, 9 February 2016 - 10:15</span></div>"),
  "Ines Carvalho", "2016-02-09")
case("ghost-author-and-meta", page(
  "<div class='article-byline'><ul class='author-list'><li class='author-list-item'><a href='/author/kofi/' class='author-avatar'></a></li></ul>"
  "<div class='article-byline-meta'><h4 class='author-name'><a href='/author/kofi/'>Kofi Mensah</a></h4><div class='byline-meta-content'>"
  "<time class='byline-meta-date' datetime='2017-08-21'>Aug 21, 2017</time><span class='byline-reading-time'><span class='bull'>&bull;</span> 4 min read</span></div></div></div>",
  head="<meta name='author' content='Kofi Mensah'><meta property='article:published_time' content='2017-08-21T14:03:00.000Z'>"),
  "Kofi Mensah", "2017-08-21", "Aug 21, 2017")
case("medium-meta-only", page("",
  head="<meta name='author' content='Kofi Mensah'><meta property='article:published_time' content='2017-08-21T14:03:00.000Z'>"),
  None, "2017-08-21")
case("bbc-data-testid-byline-role", page(
  "<div data-testid='byline'><span>By </span><span data-testid='byline-name'>Rhiannon Pryce</span><span>, Health reporter</span></div>"
  "<time data-testid='timestamp' datetime='2023-05-02T05:12:40.000Z'>2 May 2023</time>"),
  "Rhiannon Pryce", "2023-05-02", "2 May 2023")
case("guardian-rel-author-address", page(
  "<address aria-label='Contributor info'><a rel='author' href='/profile/anselm-gruber'>Anselm Gruber</a> in Vienna</address>"
  "<details><summary>Tue 14 Mar 2023 09.30 GMT</summary></details>"),
  "Anselm Gruber", "2023-03-14")
case("nyt-itemprop-author-two", page(
  "<p itemprop='author creator' itemscope itemtype='http://schema.org/Person' class='css-byline'><span>By </span>"
  "<a href='/by/selma-haddad'><span itemprop='name'>Selma Haddad</span></a> and <a href='/by/ivo-marek'><span itemprop='name'>Ivo Marek</span></a></p>"
  "<time datetime='2022-01-18'>Jan. 18, 2022</time>"),
  "Selma Haddad and Ivo Marek", "2022-01-18", "Jan. 18, 2022")
case("jsonld-author-list-modified-later", page(
  "<p class='byline'>By Lena Brandt and Omar Siddiq</p>",
  head=ld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Library on Mill Street to close",
           "dateModified":"2021-06-10T09:00:00Z","datePublished":"2021-06-09T07:00:00Z",
           "author":[{"@type":"Person","name":"Lena Brandt"},{"@type":"Person","name":"Omar Siddiq"}]})),
  "Lena Brandt and Omar Siddiq", "2021-06-09")
case("jsonld-graph-author-ref", page(
  "<span class='author'>Greta Holm</span>",
  head=ld({"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://example.org/#website","name":"The Town Courier"},
          {"@type":"WebPage","@id":"https://example.org/library/#webpage","datePublished":"2019-10-01T11:00:00+00:00"},
          {"@type":"Article","@id":"https://example.org/library/#article","headline":"Library on Mill Street to close",
           "dateModified":"2019-12-01T08:00:00+00:00","datePublished":"2019-10-02T11:00:00+00:00","author":{"@id":"https://example.org/#/person/1"}},
          {"@type":"Person","@id":"https://example.org/#/person/1","name":"Greta Holm"}]})),
  "Greta Holm", "2019-10-02")
case("jsonld-object-author-not-shown", page("",
  head=ld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Library on Mill Street to close",
           "datePublished":"2018-07-30T06:00:00+02:00","author":{"@type":"Person","name":"Lars Eklund"}})),
  None, "2018-07-30")
case("time-without-datetime", page(
  "<p class='meta'><span class='author'>Nadia Farouk</span> &middot; <time>5 June 2019</time></p>"),
  "Nadia Farouk", "2019-06-05", "5 June 2019")
case("published-updated-lines", page(
  "<p class='byline'>By Felix Ambrose</p><div class='dates'><p>Updated: 14 July 2020</p><p>Published: 12 July 2020</p></div>"),
  "Felix Ambrose", "2020-07-12")
case("french-par-publie-le", page(
  "<p class='auteur'>Par Margaux Lef\u00e8vre</p><p class='date'>Publi\u00e9 le 3 mars 2015 \u00e0 10h12</p>", lang="fr",
  title="La biblioth\u00e8que de la rue du Moulin va fermer"),
  "Margaux Lef\u00e8vre", "2015-03-03")
case("german-von-date", page(
  "<p class='author'>Von Jonas Weidmann</p><p class='date'>3. M\u00e4rz 2015, 10:12 Uhr</p>", lang="de",
  title="Die Bibliothek in der M\u00fchlenstra\u00dfe schlie\u00dft"),
  "Jonas Weidmann", "2015-03-03")
case("german-date-maerz", page(
  "<p class='author'>Jonas Weidmann</p><p class='date'>3. M\u00e4rz 2015</p>", lang="de",
  title="Die Bibliothek in der M\u00fchlenstra\u00dfe schlie\u00dft"),
  "Jonas Weidmann", "2015-03-03", "3. M\u00e4rz 2015")
case("french-fevrier", page(
  "<p class='auteur'>Par Margaux Lef\u00e8vre</p><p class='date'>Publi\u00e9 le 3 f\u00e9vrier 2015</p>", lang="fr",
  title="La biblioth\u00e8que de la rue du Moulin va fermer"),
  "Margaux Lef\u00e8vre", "2015-02-03")
case("french-aout-updated-first", page(
  "<p class='auteur'>Par Margaux Lef\u00e8vre</p><p class='date'>Mis \u00e0 jour le 2 ao\u00fbt 2016</p>"
  "<p class='date'>Publi\u00e9 le 3 f\u00e9vrier 2015</p>", lang="fr",
  title="La biblioth\u00e8que de la rue du Moulin va fermer"),
  "Margaux Lef\u00e8vre", "2015-02-03")
case("spanish-por-fecha", page(
  "<p class='autor'>Por Luc\u00eda Ferr\u00e1n</p><p class='fecha'>3 de marzo de 2015</p>", lang="es",
  title="La biblioteca de la calle del Molino cerrar\u00e1"),
  "Luc\u00eda Ferr\u00e1n", "2015-03-03", "3 de marzo de 2015")
case("italian-di-date", page(
  "<p class='autore'>di Chiara Bellini</p><p class='data'>3 marzo 2015</p>", lang="it",
  title="La biblioteca di via del Mulino chiude"),
  "Chiara Bellini", "2015-03-03", "3 marzo 2015")
case("german-numeric-date", page(
  "<p class='author'>Von Jonas Weidmann</p><span class='date'>03.04.2015</span>", lang="de",
  title="Die Bibliothek in der M\u00fchlenstra\u00dfe schlie\u00dft"),
  "Jonas Weidmann", "2015-04-03")
case("british-numeric-date", page(
  "<p class='byline'>By Owen Pritchard</p><span class='date'>14/03/2015</span>", lang="en-GB"),
  "Owen Pritchard", "2015-03-14")
case("byline-role-correspondent", page(
  "<p class='byline'>By Jane Roe, Science Correspondent</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-three-authors", page(
  "<p class='byline'>By Ana Ruiz, Tomas Berg and Nia Cole</p><p class='date'>March 3, 2015</p>"),
  "Ana Ruiz, Tomas Berg and Nia Cole", "2015-03-03")
case("byline-staff-writer", page(
  "<div class='byline'>Harriet Moss, Staff Writer</div><p class='date'>March 3, 2015</p>"),
  "Harriet Moss", "2015-03-03")
case("byline-written-by", page(
  "<div class='author-box'>Written by <a href='/authors/dmitri'>Dmitri Volkov</a></div><p class='date'>March 3, 2015</p>"),
  "Dmitri Volkov", "2015-03-03")
case("rel-author-alone", page(
  "<a rel='author' href='/authors/pia-lund'>Pia Lund</a> <span class='date'>March 3, 2015</span>"),
  "Pia Lund", "2015-03-03")
case("itemprop-author-with-job-title", page(
  "<div itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Noor Hadid</span> "
  "<span itemprop='jobTitle'>Political editor</span></div><meta itemprop='datePublished' content='2015-03-03'>"),
  "Noor Hadid", "2015-03-03")
case("by-name-pipe-date", page("<p class='meta'>By Caleb Winter | March 3, 2015</p>"),
  "Caleb Winter", "2015-03-03", "March 3, 2015")
case("posted-by-name-on-date", page("<p class='post-meta'>Posted by Ivy Marchetti on March 3, 2015</p>"),
  "Ivy Marchetti", "2015-03-03", "March 3, 2015")
case("weekday-date-time-gmt", page(
  "<p class='byline'>Hamid Rostami</p><p class='dateline'>Tuesday 3 March 2015 18.00 GMT</p>"),
  "Hamid Rostami", "2015-03-03")
case("byline-capitals", page("<p class='byline'>By MORGAN ELLERY</p><p class='date'>March 3, 2015</p>"),
  "MORGAN ELLERY", "2015-03-03")
case("byline-and-agency", page("<p class='byline'>By Tess Harlow and Reuters</p><p class='date'>March 3, 2015</p>"),
  "Tess Harlow", "2015-03-03")
case("byline-with-the-agency", page("<p class='byline'>By Tess Harlow with The Associated Press</p><p class='date'>March 3, 2015</p>"),
  "Tess Harlow", "2015-03-03")
case("byline-name-with-von", page("<p class='byline'>By Anke von Trotha and Luca di Stefano</p><p class='date'>March 3, 2015</p>"),
  "Anke von Trotha and Luca di Stefano", "2015-03-03")
case("no-byline-line-opening-with-von", page("<p class='date'>March 3, 2015</p>").replace("<div class='article-body'>",
  "<div class='article-body'><p>Von Hallen Park Gardens reopened.</p>"),
  None, "2015-03-03")
case("last-updated-and-og-published", page(
  "<p class='byline'>By Felix Ambrose</p><p class='updated'>Last updated: 14 July 2020</p>",
  head="<meta property='article:published_time' content='2020-07-12T06:00:00Z'>"),
  "Felix Ambrose", "2020-07-12")
# Round 2
case("jsonld-author-string-list", page(
  "<p class='byline'>By Lena Brandt and Omar Siddiq</p>",
  head=ld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Library on Mill Street to close",
           "datePublished":"2021-06-09","author":["Lena Brandt","Omar Siddiq"]})),
  "Lena Brandt and Omar Siddiq", "2021-06-09")
case("relative-time-and-meta", page(
  "<p class='byline'>By Felix Ambrose</p><span class='timestamp'>3 hours ago</span>",
  head="<meta property='article:published_time' content='2022-09-14T06:00:00Z'>"),
  "Felix Ambrose", "2022-09-14")
case("cnn-byline-name-and-updated", page(
  "<div class='byline'>By <span class='byline__name'>Jane Roe</span>, CNN</div>"
  "<div class='timestamp'>Updated 1:23 PM EDT, Tue March 3, 2015</div>"),
  "Jane Roe", "2015-03-03")
case("byline-pipe-staff-writer", page("<p class='byline'>By Jane Roe | Staff Writer</p><p class='date'>Mar 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("author-slash-time", page(
  "<div class='meta'><span class='author'>By <a href='/a/jr'>Jane Roe</a></span> <span class='sep'>/</span> "
  "<time datetime='2015-03-03T10:30:00Z'>March 3, 2015</time></div>"),
  "Jane Roe", "2015-03-03")
case("words-and-photos", page("<p>Words: Jane Roe<br>Photos: Sam Okoye</p><p class='date'>3 Mar 2015</p>"),
  "Jane Roe", "2015-03-03")
case("us-numeric-date", page("<p class='byline'>By Jane Roe</p><span class='date'>04/03/2015</span>", lang="en-US"),
  "Jane Roe", "2015-04-03")
case("iso-date-shown", page("<p class='byline'>By Jane Roe</p><span class='date'>2015-03-03</span>"),
  "Jane Roe", "2015-03-03")
case("dutch-door-maart", page(
  "<p class='auteur'>door Jan Vermeulen</p><p class='datum'>3 maart 2015</p>", lang="nl",
  title="Bibliotheek aan de Molenstraat gaat dicht"),
  "Jan Vermeulen", "2015-03-03", "3 maart 2015")
case("german-stand-numeric", page(
  "<p class='author'>Von Jonas Weidmann</p><p class='date'>Stand: 03.04.2015 10:12 Uhr</p>", lang="de",
  title="Die Bibliothek in der M\u00fchlenstra\u00dfe schlie\u00dft"),
  "Jonas Weidmann", "2015-04-03")
case("german-veroeffentlicht", page(
  "<p class='author'>Von Jonas Weidmann</p><p class='date'>Ver\u00f6ffentlicht am 3. April 2015</p>", lang="de",
  title="Die Bibliothek in der M\u00fchlenstra\u00dfe schlie\u00dft"),
  "Jonas Weidmann", "2015-04-03")
case("spanish-publicado", page(
  "<p class='autor'>Por Luc\u00eda Ferr\u00e1n</p><p class='fecha'>Publicado el 3 de abril de 2015</p>", lang="es",
  title="La biblioteca de la calle del Molino cerrar\u00e1"),
  "Luc\u00eda Ferr\u00e1n", "2015-04-03")
case("italian-pubblicato", page(
  "<p class='autore'>di Chiara Bellini</p><p class='data'>Pubblicato il 3 aprile 2015</p>", lang="it",
  title="La biblioteca di via del Mulino chiude"),
  "Chiara Bellini", "2015-04-03")
case("french-numeric-a-heure", page(
  "<p class='auteur'>Par Margaux Lef\u00e8vre</p><p class='date'>Publi\u00e9 le 03/04/2015 \u00e0 10h12</p>", lang="fr",
  title="La biblioth\u00e8que de la rue du Moulin va fermer"),
  "Margaux Lef\u00e8vre", "2015-04-03")
case("portuguese-marco", page(
  "<p class='autor'>Por Jo\u00e3o Pereira</p><p class='data'>3 de mar\u00e7o de 2015</p>", lang="pt",
  title="Biblioteca da rua do Moinho vai fechar"),
  "Jo\u00e3o Pereira", "2015-03-03", "3 de mar\u00e7o de 2015")
case("weekday-short-us", page("<p class='byline'>By Jane Roe</p><p class='date'>Tue, Mar 3, 2015 10:30 AM ET</p>"),
  "Jane Roe", "2015-03-03")
case("itemprop-datepublished-time-only-in-body-meta", page(
  "<span itemprop='author' itemscope itemtype='https://schema.org/Person'><a rel='author' href='/a/jr'><span itemprop='name'>Jane Roe</span></a></span>"
  "<time itemprop='datePublished' datetime='2015-03-03T10:30:00+00:00'>3 March 2015, 10:30</time>"
  "<time itemprop='dateModified' datetime='2015-03-04T10:30:00+00:00'>4 March 2015, 10:30</time>"),
  "Jane Roe", "2015-03-03")
case("wordpress-author-only-after-title-link", page(
  "<div class='post-meta'><span class='post-author'>by <a href='/author/jroe/' title='Posts by Jane Roe' rel='author'>Jane Roe</a></span>"
  " &mdash; <span class='post-date'>March 3, 2015</span> &mdash; <a href='#comments'>4 Comments</a></div>"),
  "Jane Roe", "2015-03-03")
# Round 3
case("byline-and-reviewed-by", page("<p class='byline'>By Jane Roe</p><p class='reviewer'>Reviewed by Sam Okoye</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-then-bio-after-body", page("<p class='byline'>By Jane Roe</p><p class='date'>March 3, 2015</p>")
  .replace("</div></article>", "<div class='author-bio'>Sam Okoye is a freelance writer who lives in Leeds.</div></div></article>"),
  "Jane Roe", "2015-03-03")
case("by-and-published-one-element", page("<div>By Jane Roe Published March 3, 2015</div>"),
  "Jane Roe", "2015-03-03")
case("by-span-caps-name", page("<div class='byline'><span>By</span> <a href='/a/jr'>JANE ROE</a></div><p class='date'>March 3, 2015</p>"),
  "JANE ROE", "2015-03-03")
case("byline-with-handle", page("<p class='byline'>By Jane Roe @janeroe</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-with-email", page("<p class='byline'>Jane Roe jane.roe@example.com</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("date-ordinal-us", page("<p class='byline'>By Jane Roe</p><p class='date'>March 3rd, 2015</p>"),
  "Jane Roe", "2015-03-03", "March 3rd, 2015")
case("date-ordinal-uk", page("<p class='byline'>By Jane Roe</p><p class='date'>3rd March 2015</p>"),
  "Jane Roe", "2015-03-03", "3rd March 2015")
case("date-ap-style-am", page("<p class='byline'>By Jane Roe</p><p class='date'>Sept. 3, 2015, 10:30 a.m.</p>"),
  "Jane Roe", "2015-09-03")
case("date-cjk", page("<p class='byline'>By Jane Roe</p><p class='date'>2015\u5e743\u67083\u65e5</p>"),
  "Jane Roe", "2015-03-03")
case("date-pipe-time", page("<p class='byline'>By Jane Roe</p><p class='date'>03 Mar 2015 | 10:30</p>"),
  "Jane Roe", "2015-03-03")
case("time-datetime-next-day-utc", page(
  "<p class='byline'>By Jane Roe</p><time datetime='2015-03-04T02:00:00Z'>March 3, 2015</time>"),
  "Jane Roe", "2015-03-03", "March 3, 2015")
case("nyt-meta-byl-shown", page("<p class='byline'>By <span class='name'>Jane Roe</span></p>",
  head="<meta name='byl' content='By Jane Roe'><meta property='article:published_time' content='2015-03-03T10:00:00-05:00'>"),
  "Jane Roe", "2015-03-03")
case("date-in-footer-of-article-only", page("<p class='byline'>By Jane Roe</p>")
  .replace("</div></article>", "</div><p class='published'>This article was published on 3 March 2015.</p></article>"),
  "Jane Roe", "2015-03-03")
case("autor-class-no-prefix", page("<div class='autor'>Jonas Weidmann</div><p class='date'>3. April 2015</p>", lang="de",
  title="Die Bibliothek in der M\u00fchlenstra\u00dfe schlie\u00dft"),
  "Jonas Weidmann", "2015-04-03")
case("polish-wrzesnia", page("<p class='byline'>Jan Kowalski</p><p class='data'>3 wrze\u015bnia 2015</p>", lang="pl",
  title="Biblioteka przy ulicy M\u0142y\u0144skiej zostanie zamkni\u0119ta"),
  "Jan Kowalski", "2015-09-03")
case("polish-marca", page("<p class='byline'>Jan Kowalski</p><p class='data'>3 marca 2015</p>", lang="pl",
  title="Biblioteka przy ulicy M\u0142y\u0144skiej zostanie zamkni\u0119ta"),
  "Jan Kowalski", "2015-03-03")
# Round 4
case("short-numeric-en-gb", page("<p class='byline'>By Jane Roe</p><span class='date'>3/09/15</span>", lang="en-GB"),
  "Jane Roe", "2015-09-03")
case("short-numeric-en-us", page("<p class='byline'>By Jane Roe</p><span class='date'>3/09/15</span>", lang="en-US"),
  "Jane Roe", "2015-03-09")
case("byline-names-and-paper", page("<p class='byline'>By Jane Roe and John Doe, The Town Courier</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe and John Doe", "2015-03-03")
case("byline-in-city", page("<p class='byline'>By Jane Roe in Paris</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-comma-agency", page("<p class='byline'>Jane Roe, Reuters</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-middle-initial", page("<p class='byline'>By Jane Q. Roe</p><p class='date'>March 3, 2015</p>"),
  "Jane Q. Roe", "2015-03-03")
case("byline-irish-accents", page("<p class='byline'>By Se\u00e1n \u00d3 Briain and Aoife O'Neill</p><p class='date'>March 3, 2015</p>"),
  "Se\u00e1n \u00d3 Briain and Aoife O'Neill", "2015-03-03")
case("byline-hyphenated", page("<p class='byline'>By Jane Roe-Smith</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe-Smith", "2015-03-03")
case("reuters-style-date-line", page("<p class='byline'>By Jane Roe</p><p class='date'>March 3, 2015 / 10:30 AM / Updated 2 hours ago</p>"),
  "Jane Roe", "2015-03-03")
case("published-time-first", page("<p class='byline'>By Jane Roe</p><p class='date'>Published 10:30 AM EST Mar 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("guardian-weekday-dots", page("<p class='byline'>Jane Roe</p><p class='date'>Monday 03 March 2015 10.30 GMT</p>"),
  "Jane Roe", "2015-03-03")
case("at-time-am", page("<p class='byline'>By Jane Roe</p><p class='date'>Mar 03, 2015 at 10:30 am</p>"),
  "Jane Roe", "2015-03-03")
case("german-short-dotted", page("<p class='author'>Von Jonas Weidmann</p><span class='date'>3.4.2015</span>", lang="de",
  title="Die Bibliothek in der M\u00fchlenstra\u00dfe schlie\u00dft"),
  "Jonas Weidmann", "2015-04-03")
case("asian-dotted-ymd", page("<p class='byline'>By Jane Roe</p><span class='date'>2015.03.04</span>"),
  "Jane Roe", "2015-03-04")
case("dashed-dmy-en-gb", page("<p class='byline'>By Jane Roe</p><span class='date'>04-03-2015</span>", lang="en-GB"),
  "Jane Roe", "2015-03-04")
case("date-without-year-and-meta", page("<p class='byline'>By Jane Roe</p><span class='date'>Tuesday, March 3</span>",
  head="<meta property='article:published_time' content='2015-03-03T10:30:00Z'>"),
  "Jane Roe", "2015-03-03")
case("meta-itemprop-datepublished-head", page("<p class='byline'>By Jane Roe</p>",
  head="<meta itemprop='datePublished' content='2015-03-03'>"),
  "Jane Roe", "2015-03-03")
case("meta-dc-date-issued", page("<p class='byline'>By Jane Roe</p>", head="<meta name='DC.date.issued' content='2015-03-03'>"),
  "Jane Roe", "2015-03-03")
case("meta-parsely-pub-date", page("<p class='byline'>By Jane Roe</p>", head="<meta name='parsely-pub-date' content='2015-03-03T10:30:00Z'>"),
  "Jane Roe", "2015-03-03")
case("meta-sailthru-date", page("<p class='byline'>By Jane Roe</p>", head="<meta name='sailthru.date' content='2015-03-03 10:30:00'>"),
  "Jane Roe", "2015-03-03")
case("meta-date", page("<p class='byline'>By Jane Roe</p>", head="<meta name='date' content='2015-03-03'>"),
  "Jane Roe", "2015-03-03")
# Round 5
case("czech-brezna", page("<p class='byline'>Jan Nov\u00e1k</p><p class='date'>3. b\u0159ezna 2015</p>", lang="cs",
  title="Knihovna v Mlýnské ulici se zavře"),
  "Jan Nov\u00e1k", "2015-03-03", "3. b\u0159ezna 2015")
case("czech-unora", page("<p class='byline'>Jan Nov\u00e1k</p><p class='date'>3. \u00fanora 2015</p>", lang="cs",
  title="Knihovna v Mlýnské ulici se zavře"),
  "Jan Nov\u00e1k", "2015-02-03")
case("russian-marta", page("<p class='byline'>\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432</p><p class='date'>3 \u043c\u0430\u0440\u0442\u0430 2015</p>", lang="ru",
  title="\u0411\u0438\u0431\u043b\u0438\u043e\u0442\u0435\u043a\u0430 \u0437\u0430\u043a\u0440\u043e\u0435\u0442\u0441\u044f"),
  "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432", "2015-03-03", "3 \u043c\u0430\u0440\u0442\u0430 2015")
case("norwegian-desember", page("<p class='byline'>Kari Nordmann</p><p class='date'>3. desember 2015</p>", lang="no",
  title="Biblioteket i Møllegata stenger"),
  "Kari Nordmann", "2015-12-03")
case("swedish-augusti", page("<p class='byline'>Anna Lindgren</p><p class='date'>3 augusti 2015</p>", lang="sv",
  title="Biblioteket på Kvarngatan stänger"),
  "Anna Lindgren", "2015-08-03")
# Round 6: bylines
case("by-alone-then-name-element", page("<div class='byline'>By</div><div class='author-name'><a href='/a/jr'>Jane Roe</a></div><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("author-avatar-follow", page("<div class='author'><img src='/jr.jpg' alt='Jane Roe'><a href='/a/jr'>Jane Roe</a><button>Follow</button></div><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("author-info-with-bio", page("<div class='author-info'><a href='/a/jr'>Jane Roe</a><p>Jane Roe is a senior reporter who covers the climate and the town hall.</p></div><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("by-name-hours-ago", page("<p class='byline'>By Jane Roe 3 hours ago</p>", head="<meta property='article:published_time' content='2015-03-03T10:30:00Z'>"),
  "Jane Roe", "2015-03-03")
case("by-name-read-time", page("<p class='byline'>By Jane Roe \u2022 5 min read</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("name-pipe-contributor", page("<p class='byline'>Jane Roe | Contributor</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("name-dash-senior-editor", page("<p class='byline'>Jane Roe - Senior Editor</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("story-by-photography-by", page("<p class='byline'>Story by Jane Roe \u2022 Photography by Sam Okoye</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("opinion-by", page("<p class='byline'>Opinion by Jane Roe</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("analysis-by-cnn", page("<p class='byline'>Analysis by Jane Roe, CNN</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("posted-in-by-on", page("<p class='meta'>Posted in <a href='/c/local'>Local News</a> by <a href='/a/jr'>Jane Roe</a> on March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("data-testid-author-name", page("<a data-testid='authorName' href='/@jr'>Jane Roe</a><span data-testid='storyPublishDate'>Mar 3, 2015</span>"),
  "Jane Roe", "2015-03-03")
# Round 7
case("today-at-and-meta", page("<p class='byline'>By Jane Roe</p><span class='date'>Today at 10:30</span>",
  head="<meta property='article:published_time' content='2015-03-03T10:30:00Z'>"),
  "Jane Roe", "2015-03-03")
case("originally-published", page("<p class='byline'>By Jane Roe</p><p>Originally published March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("posted-weekday-numeric-us", page("<p class='byline'>By Jane Roe</p><p class='date'>Posted: Tue 03/03/2015 10:30</p>", lang="en-US"),
  "Jane Roe", "2015-03-03")
case("joomla-article-info", page("<dl class='article-info'><dt class='article-info-term'>Details</dt>"
  "<dd class='createdby'>Written by Jane Roe</dd><dd class='category-name'>Category: <a href='/c/local'>Local</a></dd>"
  "<dd class='create'>Created: 03 March 2015</dd><dd class='hits'>Hits: 1234</dd></dl>"),
  "Jane Roe", "2015-03-03")
case("joomla-last-updated-and-created", page("<dl class='article-info'><dd class='createdby'>Written by Jane Roe</dd>"
  "<dd class='modified'>Last Updated on Thursday, 05 March 2015 10:30</dd><dd class='create'>Created on Tuesday, 03 March 2015 09:12</dd></dl>"),
  "Jane Roe", "2015-03-03")
case("squarespace-time", page("<div class='blog-item-meta'><span class='blog-author'>Jane Roe</span><time class='blog-meta-item blog-meta-item--date'>March 3, 2015</time></div>"),
  "Jane Roe", "2015-03-03")
case("author-link-only-href", page("<div class='post-info'><a href='/author/jane-roe/'>Jane Roe</a> <span>March 3, 2015</span></div>"),
  "Jane Roe", "2015-03-03")
case("date-iso-with-time-shown", page("<p class='byline'>By Jane Roe</p><span class='date'>2015-03-03 10:30</span>"),
  "Jane Roe", "2015-03-03")
case("author-link-inside-a-paragraph-is-no-byline", page("<p class='date'>March 3, 2015</p>").replace("<div class='article-body'><p>The council voted on Tuesday",
  "<div class='article-body'><p>As <a href='/author/jane-roe/'>Jane Roe</a> reported last week, the council voted on Tuesday"),
  None, "2015-03-03")
# Round 8: bylines beside agencies, papers and roles
case("byline-element-holds-date-only", page("<div class='byline'><time datetime='2015-03-03'>March 3, 2015</time></div><span class='author'>Jane Roe</span>"),
  "Jane Roe", "2015-03-03")
case("author-with-title-span", page("<div class='author'>Jane Roe <span class='author-title'>Staff Reporter</span></div><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("three-linked-authors", page("<div class='byline'>By <a href='/a/1'>Jane Roe</a>, <a href='/a/2'>John Doe</a> and <a href='/a/3'>Ann Lee</a></div><p class='date'>March 3, 2015</p>"),
  "Jane Roe, John Doe and Ann Lee", "2015-03-03")
case("caps-byline-agency", page("<p class='byline'>BY JANE ROE, ASSOCIATED PRESS</p><p class='date'>March 3, 2015</p>"),
  "JANE ROE", "2015-03-03")
case("byline-agency-writer", page("<p class='byline'>By Jane Roe, Associated Press Writer</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-and-the-agency", page("<p class='byline'>By Jane Roe and The Associated Press</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-for-paper", page("<p class='byline'>By Jane Roe For The Daily Courier</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("byline-caps-for-site", page("<p class='byline'>By JANE ROE FOR DAILYCOURIER.COM</p><p class='date'>March 3, 2015</p>"),
  "JANE ROE", "2015-03-03")
case("byline-degree", page("<p class='byline'>Jane Roe, Ph.D.</p><p class='date'>March 3, 2015</p>"),
  "Jane Roe", "2015-03-03")
case("blogger-date-header-post-footer", page("").replace("</div></article>", "</div><div class='post-footer'><span class='post-author vcard'>Posted by "
  "<span class='fn'><a href='/p/jr'>Jane Roe</a></span></span></div></article>").replace("<header><h1>", "<h2 class='date-header'><span>Tuesday, March 3, 2015</span></h2><header><h1>"),
  "Jane Roe", "2015-03-03", "Tuesday, March 3, 2015")
# Round 9: dates in the metadata only
B = "<p class='byline'>By Jane Roe</p>"
case("time-shows-clock-only", page(B + "<time datetime='2015-03-03T10:30:00Z'>10:30</time>"), "Jane Roe", "2015-03-03")
case("jsonld-top-level-array", page(B, head=ld([{"@type":"BreadcrumbList","itemListElement":[]},
  {"@type":"NewsArticle","headline":"Library on Mill Street to close","datePublished":"2015-03-03T10:30:00Z"}])), "Jane Roe", "2015-03-03")
case("jsonld-main-entity", page(B, head=ld({"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Library on Mill Street to close",
  "datePublished":"2015-03-03T10:30:00Z"}})), "Jane Roe", "2015-03-03")
case("jsonld-date-in-words", page(B, head=ld({"@type":"NewsArticle","headline":"Library on Mill Street to close","datePublished":"March 3, 2015"})),
  "Jane Roe", "2015-03-03")
case("jsonld-cdata", page(B, head="<script type='application/ld+json'>//<![CDATA[\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2015-03-03T10:30:00Z\"}\n//]]></script>"),
  "Jane Roe", "2015-03-03")
case("jsonld-modified-only-and-published-meta", page(B, head=ld({"@type":"NewsArticle","dateModified":"2015-03-09T10:30:00Z"})
  + "<meta property='article:published_time' content='2015-03-03T10:30:00Z'>"), "Jane Roe", "2015-03-03")
case("meta-og-article-published", page(B, head="<meta property='og:article:published_time' content='2015-03-03T10:30:00Z'>"), "Jane Roe", "2015-03-03")
case("meta-pubdate", page(B, head="<meta name='pubdate' content='20150303'>"), "Jane Roe", "2015-03-03")
case("meta-dcterms-created", page(B, head="<meta name='dcterms.created' content='2015-03-03'>"), "Jane Roe", "2015-03-03")
case("meta-citation-date", page(B, head="<meta name='citation_publication_date' content='2015/03/03'>"), "Jane Roe", "2015-03-03")
case("meta-article-published", page(B, head="<meta property='article:published' content='2015-03-03T10:30:00Z'>"), "Jane Roe", "2015-03-03")
# Round 10: bylines and the metadata
D = "<p class='date'>March 3, 2015</p>"
case("jsonld-author-shown-in-about-box", page(D, head=ld({"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Roe"},"datePublished":"2015-03-03"}))
  .replace("</div></article>", "</div><div class='about-author'><h3>About the author</h3><p>Jane Roe</p></div></article>"),
  "Jane Roe", "2015-03-03")
case("jsonld-author-organization-page-person", page("<p class='byline'>By Jane Roe</p>" + D,
  head=ld({"@type":"NewsArticle","author":{"@type":"Organization","name":"The Town Courier"},"datePublished":"2015-03-03"})),
  "Jane Roe", "2015-03-03")
case("wordpress-two-vcards", page("<span class='byline'>by <span class='author vcard'><a class='url fn n' href='/author/jroe/'>Jane Roe</a></span> and "
  "<span class='author vcard'><a class='url fn n' href='/author/jdoe/'>John Doe</a></span></span>" + D),
  "Jane Roe and John Doe", "2015-03-03")
case("contributors-label", page("<p>Contributors: Jane Roe and John Doe</p>" + D),
  "Jane Roe and John Doe", "2015-03-03")
case("reuters-reporting-by-at-end", page(D).replace("</div></article>", "<p>Reporting by Jane Roe; Editing by John Doe</p></div></article>"),
  "Jane Roe", "2015-03-03")
case("two-itemprop-authors-comma", page("<div class='meta'><span itemprop='author'>Jane Roe</span>, <span itemprop='author'>John Doe</span></div>" + D),
  "Jane Roe, John Doe", "2015-03-03")
case("two-itemprop-authors-and", page("<div class='meta'><span itemprop='author'>Jane Roe</span> and <span itemprop='author'>John Doe</span></div>" + D),
  "Jane Roe and John Doe", "2015-03-03")
case("itemprop-author-then-a-role-element", page("<div class='meta'><span itemprop='author'>Jane Roe</span>, <span>Science Correspondent</span></div>" + D),
  "Jane Roe", "2015-03-03")
# Round 11
case("by-name-date-no-separator", page("<p class='byline'>By Jane Roe Mar 3, 2015</p>"), "Jane Roe", "2015-03-03")
case("medium-dots-read-time", page("<p class='meta'>Jane Roe \u00b7 March 3, 2015 \u00b7 4 min read</p>"), "Jane Roe", "2015-03-03")
case("name-role-no-comma", page("<div class='byline'>Jane Roe Staff Writer</div>" + D), "Jane Roe", "2015-03-03")
case("byline-br-role", page("<p class='byline'>By <strong>Jane Roe</strong><br>Staff Writer</p>" + D), "Jane Roe", "2015-03-03")
case("german-und", page("<p class='author'>Von Jonas Weidmann und Lena Brandt</p>" + D, lang="de"), "Jonas Weidmann und Lena Brandt", "2015-03-03")
case("french-et", page("<p class='auteur'>Par Margaux Lef\u00e8vre et Hugo Mercadier</p>" + D, lang="fr"), "Margaux Lef\u00e8vre et Hugo Mercadier", "2015-03-03")
case("spanish-y", page("<p class='autor'>Por Luc\u00eda Ferr\u00e1n y Pablo Ortiz</p>" + D, lang="es"), "Luc\u00eda Ferr\u00e1n y Pablo Ortiz", "2015-03-03")

# Round 12: what htmldate, trafilatura and Readability read that the cases above do not show.
# Metadata keys of htmldate's list (publication date; not shown in the page).
def M(key, value="2015-03-03T08:00:00+00:00", attr="name"): return f"<meta {attr}='{key}' content='{value}'>"
case("meta-article-post-date", page("", head=M("article:post_date", attr="property")), None, "2015-03-03")
case("meta-date-published-underscore", page("", head=M("date_published")), None, "2015-03-03")
case("meta-publication-date", page("", head=M("publication_date")), None, "2015-03-03")
case("meta-published-time", page("", head=M("published_time")), None, "2015-03-03")
case("meta-og-pubdate", page("", head=M("og:pubdate", attr="property")), None, "2015-03-03")
case("meta-rnews-datepublished", page("", head=M("rnews:datePublished")), None, "2015-03-03")
case("meta-cxense-publishtime", page("", head=M("cXenseParse:recs:publishtime")), None, "2015-03-03")
case("meta-dc-colon-date", page("", head=M("dc:date")), None, "2015-03-03")
case("meta-displaydate", page("", head=M("displaydate", "2015-03-03 08:00:00")), None, "2015-03-03")
case("meta-rdfa-two-properties", page("", head=M("dc:date dc:created", attr="property")), None, "2015-03-03")
case("meta-modified-first-then-published", page("", head=M("article:modified_time", "2015-04-09T08:00:00Z", "property") + M("og:published_time", attr="property")), None, "2015-03-03")
case("meta-http-equiv-date", page("", head="<meta http-equiv='date' content='Tue, 03 Mar 2015 08:00:00 GMT'>"), None, "2015-03-03")
case("meta-itemprop-datecreated", page("", head=M("dateCreated", attr="itemprop")), None, "2015-03-03")
# The page's address: a date with dashes or one-digit parts (htmldate's URL date).
case("url-date-dashes", page("", head="<meta property='og:url' content='https://example.org/news/2015-03-03/library-to-close'>"), None, "2015-03-03")
case("url-date-one-digit", page("", head="<link rel='canonical' href='https://example.org/2015/3/3/library-to-close'>"), None, "2015-03-03")
# hAtom: the machine date in the title of <abbr class=published>; the text shows no year.
case("hatom-abbr-published", page("<p class='meta'>Posted <abbr class='published' title='2008-03-12T14:00:00-05:00'>March 12th</abbr> by <span class='author vcard'><span class='fn'>Jane Roe</span></span></p>"),
  "Jane Roe", "2008-03-12")
case("hatom-abbr-updated-and-published", page("<p class='meta'><abbr class='updated' title='2008-04-01T10:00:00Z'>1 April</abbr> <abbr class='published' title='2008-03-12T14:00:00Z'>12 March</abbr></p>"),
  None, "2008-03-12")
# <time pubdate> among other times: the publication's.
case("time-pubdate-second", page("<p class='meta'>Updated <time datetime='2015-04-09'>9 April 2015</time>, first published <time pubdate datetime='2015-03-03'>3 March 2015</time></p>"),
  None, "2015-03-03")
# One line with the update first and the publication after it.
case("updated-then-first-published", page("<p>Updated 9 April 2015, first published 3 March 2015</p>"), None, "2015-03-03")
case("published-and-updated-one-line", page("<p>Published 3 March 2015 &middot; Updated 9 April 2015</p>"), None, "2015-03-03", "3 March 2015")
# An em dash between the date and the name, either way round.
case("date-em-dash-name", page("<p>March 3, 2015 \u2014 Jane Roe</p>"), "Jane Roe", "2015-03-03", "March 3, 2015")
case("name-em-dash-date", page("<p>Jane Roe \u2014 March 3, 2015</p>"), "Jane Roe", "2015-03-03", "March 3, 2015")
case("by-name-em-dash-date", page("<p>By Jane Roe \u2014 March 3, 2015</p>"), "Jane Roe", "2015-03-03", "March 3, 2015")
# Classes of the date-bearing elements htmldate reads (post-meta, entry-meta, subline, posted-on, submitted).
case("post-meta-date-after-body", page("").replace("</div></article>", "</div><div class='post-meta'>Posted on 3 March 2015</div></article>"), None, "2015-03-03")
case("subline-date", page("<div class='subline'>3 March 2015, 10:12</div>" + B), "Jane Roe", "2015-03-03")
case("posted-on-class", page(B + "<span class='posted-on'>Tuesday 3 March 2015</span>"), "Jane Roe", "2015-03-03")
# Names and dates of inline elements written with no space between them.
case("name-and-date-stuck", page("<div class='byline'><span class='name'>Jane Roe</span><span class='when'>March 3, 2015</span></div>"), "Jane Roe", "2015-03-03")
case("by-name-and-date-stuck", page("<div class='byline'><span>By Jane Roe</span><span>Mar 3, 2015 10:12 AM</span></div>"), "Jane Roe", "2015-03-03")
# Readability's and trafilatura's byline marks: writtenby, p-author (h-entry), posted-by, submitted-by, id=author,
# data-component=Byline, journalist-name, by-line.
case("class-writtenby", page("<div class='writtenby'>Jane Roe</div>" + D), "Jane Roe", "2015-03-03")
case("h-entry-p-author", page("<a class='p-author h-card' href='https://janeroe.example/'>Jane Roe</a>" + D), "Jane Roe", "2015-03-03")
case("class-posted-by", page("<span class='posted-by'>Jane Roe</span>" + D), "Jane Roe", "2015-03-03")
case("id-author", page("<div id='author'>Jane Roe</div>" + D), "Jane Roe", "2015-03-03")
case("data-component-byline", page("<div data-component='Byline'><span>Jane Roe</span></div>" + D), "Jane Roe", "2015-03-03")
case("class-journalist-name", page("<span class='journalist-name'>Jane Roe</span>" + D), "Jane Roe", "2015-03-03")
case("class-by-line", page("<p class='by-line'>By Jane Roe</p>" + D), "Jane Roe", "2015-03-03")
# trafilatura's author cleaning: a prefix verb ("Written by:", "Reported by"), "Author:", a handle, a trailing
# "on <date>" / "in <place>", "Staff" alone is no name.
case("written-by-colon", page("<p>Written by: Jane Roe</p>" + D), "Jane Roe", "2015-03-03")
case("author-colon", page("<p>Author: Jane Roe</p>" + D), "Jane Roe", "2015-03-03")
case("reported-by", page("<p>Reported by Jane Roe</p>" + D), "Jane Roe", "2015-03-03")
case("by-name-handle-after", page("<p class='byline'>By Jane Roe (@janeroe)</p>" + D), "Jane Roe", "2015-03-03")
case("by-staff-alone", page("<p class='byline'>By Staff</p>" + D), None, "2015-03-03")
case("by-our-desk", page("<p class='byline'>By Our Foreign Staff</p>" + D), None, "2015-03-03")
case("meta-author-desk-shown", page(D + "<p class='credit'>Our Foreign Staff</p>", head="<meta name='author' content='Our Foreign Staff'>"), None, "2015-03-03")
# Metadata author keys (trafilatura's list), shown in the page's author box after the article.
case("meta-citation-author-shown", page(D, head="<meta name='citation_author' content='Jane Roe'>").replace("</div></article>", "</div><div class='bio'><p>Jane Roe covers the town council.</p></div></article>"),
  "Jane Roe", "2015-03-03")
case("meta-dcterms-creator-shown", page(D, head="<meta name='dcterms.creator' content='Jane Roe'>").replace("</div></article>", "</div><div class='bio'><p>Jane Roe covers the town council.</p></div></article>"),
  "Jane Roe", "2015-03-03")

# Round 12b: where else the robust extractors look when the header has nothing.
# JSON-LD: a date of the page's own (WebPage) when no article object has one (htmldate's JSON search).
case("jsonld-webpage-date-only", page("", head=ld({"@context":"https://schema.org","@type":"WebPage","name":"Library on Mill Street to close",
  "datePublished":"2015-03-03T08:00:00Z"})), None, "2015-03-03")
case("jsonld-article-no-date-webpage-date", page("", head=ld({"@context":"https://schema.org","@graph":[
  {"@type":"WebPage","datePublished":"2015-03-03T08:00:00Z"},{"@type":"Article","headline":"Library on Mill Street to close"}]})), None, "2015-03-03")
case("jsonld-author-name-list", page("<p class='byline'>By Jane Roe</p>" + D, head=ld({"@context":"https://schema.org","@type":"NewsArticle",
  "author":{"@type":"Person","name":["Jane Roe"]}})), "Jane Roe", "2015-03-03")
# Microdata on an element other than <meta>: <span itemprop=datePublished content=...>, the text without a year.
case("microdata-span-content", page("<p class='meta'>Posted <span itemprop='datePublished' content='2015-03-03T08:00:00Z'>March 3rd</span></p>"), None, "2015-03-03")
# <time datetime> that shows a relative time: the datetime is the date.
case("time-relative-text", page("<p class='meta'><time datetime='2015-03-03T08:00:00Z'>3 hours ago</time></p>"), None, "2015-03-03")
# The date or the byline above the headline, past a kicker and a section link.
case("date-above-kicker-and-section", page("").replace("<header><h1>", "<header><div class='top'><time datetime='2015-03-03T08:00:00Z'>3 March 2015</time></div>"
  "<p class='kicker'>Town hall</p><p><a href='/news/local'>Local news</a></p><h1>"), None, "2015-03-03")
case("byline-above-headline", page("").replace("<header><h1>", "<header><p class='byline'>By Jane Roe</p><h1>"), "Jane Roe", None)
# The date in the article's element but outside its header and body: an info bar above the article's <header>.
case("time-in-info-bar-before-header", page("").replace("<article><header>", "<article><div class='article-info'><span class='cat'>Local</span> "
  "<time datetime='2015-03-03T08:00:00Z'>3 March 2015</time></div><header>"), None, "2015-03-03")
# Dates of the same day and month in numbers (either order reads the same) and day-month-year with dashes.
case("numeric-same-day-and-month", page("<p class='submitted'>Posted: Tue, 03/03/2015 - 10:12</p>"), None, "2015-03-03")
case("day-dash-month-word-dash-year", page("<p class='date'>3-Mar-2015</p>"), None, "2015-03-03", "3-Mar-2015")
# The metadata's author shown in the page without its "By", or name by name.
BIO = "</div><div class='bio'><p>Jane Roe covers the town council. John Doe covers schools.</p></div></article>"
case("meta-byl-with-by-shown-as-name", page(D, head="<meta name='byl' content='By Jane Roe'>").replace("</div></article>", BIO), "Jane Roe", "2015-03-03")
case("meta-two-authors-shown-apart", page(D, head="<meta name='author' content='Jane Roe, John Doe'>").replace("</div></article>", BIO), "Jane Roe, John Doe", "2015-03-03")
case("meta-author-with-site-shown-as-name", page(D, head="<meta name='author' content='Jane Roe | The Town Courier'>").replace("</div></article>", BIO), "Jane Roe", "2015-03-03")
case("meta-author-not-shown-stays-out", page(D, head="<meta name='author' content='Ann Lee'>").replace("</div></article>", BIO), None, "2015-03-03")
# The site's own name after the byline's comma is no author: from the page's address, or og:site_name; another
# name after a comma is a co-author.
case("byline-comma-site-from-address", page("<p class='byline'>Jane Roe, TOWN COURIER</p>" + D,
  head="<link rel='canonical' href='https://www.towncourier.example/story/news/2015/03/03/library/'>"), "Jane Roe", "2015-03-03")
case("byline-comma-site-from-og-site-name", page("<p class='byline'>By Jane Roe, Town Courier</p>" + D,
  head="<meta property='og:site_name' content='The Town Courier'>"), "Jane Roe", "2015-03-03")
case("byline-comma-co-author-stays", page("<p class='byline'>Jane Roe, John Doe</p>" + D,
  head="<link rel='canonical' href='https://www.towncourier.example/story/library/'>"), "Jane Roe, John Doe", "2015-03-03")
# htmldate's date classes ("publish-time") and English numeric dates with a two-digit year, month first in en-US:
# a date box above the headline inside the post.
case("publish-time-numeric-above-headline", page("", lang="en-US").replace("<header><h1>",
  "<div class='top-meta'><span class='display-name'><a href='/u/jane'>Jane Roe</a></span> <span class='publish-time'>3/17/15 11:04am</span></div><div class='tools'>Share</div><h1>"),
  None, "2015-03-17")
case("publish-time-class-numeric-in-header", page("<p class='publish-time'>3/17/15 11:04am</p>", lang="en-US"), None, "2015-03-17")
# A radio report's page: a summary paragraph, then the byline-marked reporter's name, then a long transcript; the
# summary joins the body as the transcript's sibling, and the name lies between the two (Readability and trafilatura
# take the first byline-marked element).
P3 = P * 3
case("byline-between-summary-and-transcript", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Library on "
  "Mill Street to close | The Town Courier</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
  "<div class='main'><div class='report'><h1>Library on Mill Street to close</h1><p class='published'>Updated March 3, 2015</p>"
  "<p>The council's decision to close the old library on Mill Street has drawn angry words from readers, who see it as a "
  "punishment for the town's poor results in the county's reading tables.</p><div class='byline'>Jane Roe</div>"
  "<div class='transcript'>" + P3 + "</div></div></div><footer>&copy; The Town Courier</footer></body></html>",
  "Jane Roe", "2015-03-03")

# --- Session 6: the patterns of trafilatura's author tests, htmldate's date tests and Readability's byline checks
# (read with the search tool), each written as an invented page.
DT = "<p class='date'>April 9, 2016</p>"
# Author markup by element and class/id (trafilatura's author xpaths).
case("t6-h4-class-author-dash-site", page("<h4 class='author'>Solveig Arnesen &mdash; The Town Courier</h4>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-class-detail-writer", page("<span class='story--detail__writer'>Solveig Arnesen</span>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-id-author-name", page("<span id='author-name'>Solveig Arnesen</span>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-span-class-author-two-and", page("<span class='author'>Solveig Arnesen and Bram Hollander</span>" + DT), "Solveig Arnesen and Bram Hollander", "2016-04-09")
case("t6-a-class-author-with-title-div", page("<a class='author' href='/staff/solveig'>Solveig Arnesen <div class='title'>Deputy editor</div></a>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-author-name-from-site", page("<a class='author' href='/staff/solveig'>Solveig Arnesen from The Town Courier</a>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-div-submitted-by-link", page("<div class='submitted-by'><a href='/u/solveig'>Solveig Arnesen</a></div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-byline-content-with-time", page("<div class='byline-content'><div class='byline'><a href='/u/solveig'>Solveig Arnesen</a></div><time>April 9, 2016 10:40</time></div>"), "Solveig Arnesen", "2016-04-09")
case("t6-h3-itemprop-author", page("<h3 itemprop='author'>Solveig Arnesen</h3>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-itemprop-author-name-many", page("<span itemprop='author name'>Solveig Arnesen, Bram Hollander, Cait O\u2019Dowd, Lior Ben-Ami</span>" + DT),
  "Solveig Arnesen, Bram Hollander, Cait O\u2019Dowd, Lior Ben-Ami", "2016-04-09")
case("t6-address-class-author", page("<address class='author'>Solveig Arnesen</address>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-author-element", page("<author>Solveig Arnesen</author>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-author-profile-handle-clock", page("<div class='author'><span class='profile__name'> Solveig Arnesen </span> <a href='https://social.example/solveig' class='profile__social'> @solveig_a </a>"
  " <span class='profile__extra'> 10:40AM </span></div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-by-link-name-for-paper", page("<p class='author-section byline-plain'>By <a class='author' rel='nofollow' href='/u/solveig'>Solveig Arnesen For The Evening Gazette</a></p>" + DT),
  "Solveig Arnesen", "2016-04-09")
case("t6-attribution-by-colon-label", page("<div class='o-Attribution__a-Author'><span class='o-Attribution__a-Author--Label'>By:</span><span class='o-Attribution__a-Author--Prefix'>"
  "<span class='o-Attribution__a-Name'><a href='/profiles/solveig'>Solveig Arnesen</a></span></span></div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-authorname-by-nbsp-aria", page("<div class='ArticlePage-authors'><div class='ArticlePage-authorName' itemprop='name'><span class='ArticlePage-authorBy'>By&nbsp;</span>"
  "<a aria-label='Solveig Arnesen' href='/author/solveig/'><span>Solveig Arnesen</span></a></div></div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-rel-author-with-nickname", page("<p>By <a href='/u/solveig' rel='author'>Solveig Arnesen</a> | <span>April 9, 2016</span></p>"), "Solveig Arnesen", "2016-04-09")
# Not bylines: an author credit in a figure, an author box in a sidebar (trafilatura's negative cases).
case("t6-author-in-figure-is-credit", page("<figure data-component='Figure'><img src='/a.jpg' alt=''><div class='author'>Solveig Arnesen</div></figure>" + DT), None, "2016-04-09")
case("t6-author-in-sidebar", page(DT).replace("</article>", "</article><div class='sidebar'><div class='author'>Solveig Arnesen</div><p>Most read today</p></div>"), None, "2016-04-09")
# Readability's byline classes: dateline, p-author (h-card), and an itemprop author with a nested name.
case("t6-readability-dateline-class-holds-byline", page("<div class='dateline'>By Solveig Arnesen</div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-p-author-h-card", page("<div class='h-entry-meta'><a class='p-author h-card' href='/u/solveig'>Solveig Arnesen</a> "
  "<time class='dt-published' datetime='2016-04-09T10:40:00Z'>9 April 2016</time></div>"), "Solveig Arnesen", "2016-04-09", "9 April 2016")
case("t6-itemprop-author-nested-name-meta", page("<div itemprop='author' itemscope itemtype='https://schema.org/Person'><meta itemprop='url' content='/u/solveig'>"
  "<span class='prefix'>Words by</span> <span itemprop='name'>Solveig Arnesen</span></div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-contributor-class", page("<div class='contributor'><a href='/contributors/solveig'>Solveig Arnesen</a></div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-article-author-class", page("<div class='article-author'><span>By</span> <a href='/u/solveig'>Solveig Arnesen</a></div>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-by-author-class", page("<span class='by-author'> by <span class='fn'>Solveig Arnesen</span></span>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-vcard-fn-only", page("<span class='vcard'><span class='fn'>Solveig Arnesen</span></span>" + DT), "Solveig Arnesen", "2016-04-09")
case("t6-posted-by-text-and-date", page("<p class='postmetadata'>Posted by Solveig Arnesen on April 9, 2016</p>"), "Solveig Arnesen", "2016-04-09")
# JSON-LD author shown in the page: as a string, a Person, an array of Persons (names shown in the byline).
case("t6-jsonld-author-array-shown", page("<p class='byline'>Solveig Arnesen, Bram Hollander</p>",
  head=ld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Library on Mill Street to close",
  "author":[{"@type":"Person","name":"Solveig Arnesen"},{"@type":"Person","name":"Bram Hollander"}],"datePublished":"2016-04-09T10:40:00Z"})),
  "Solveig Arnesen, Bram Hollander", "2016-04-09")
# Dates as htmldate reads them.
case("t6-weekday-full-month-zero-day", page("<p class='date'>Saturday, April 09, 2016</p>"), None, "2016-04-09")
case("t6-sept-abbreviation", page("<p class='date'>Fri, Sept 2, 2016</p>"), None, "2016-09-02")
case("t6-sept-dot-abbreviation", page("<p class='date'>Sept. 2, 2016</p>"), None, "2016-09-02")
case("t6-german-weekday-dotted-day", page("<p class='date'>Freitag, 02. September 2016</p>", lang="de"), None, "2016-09-02")
case("t6-german-short-weekday-mesz", page("<p class='date'>Fr, 2 Sep 2016 16:27:51 MESZ</p>", lang="de"), None, "2016-09-02")
case("t6-german-one-digit-dotted", page("<p class='date'>2.9.2016</p>", lang="de"), None, "2016-09-02")
case("t6-weekday-ordinal-us", page("<p class='date'>Tuesday, March 22nd, 2016</p>"), None, "2016-03-22")
case("t6-entry-date-german-month", page("<span class='entry-date'>12. Juli 2016</span>", lang="de"), None, "2016-07-12")
case("t6-og-published-time", page("", head="<meta property='og:published_time' content='2016-09-02'>"), None, "2016-09-02")
case("t6-og-url-date", page("", head="<meta property='og:url' content='https://towncourier.example/2016/09/02/library-closes.html'>"), None, "2016-09-02")
case("t6-canonical-url-date", page("", head="<link rel='canonical' href='https://towncourier.example/news/2016/09/02/library-closes/'>"), None, "2016-09-02")
case("t6-copyright-year-is-no-date", page("").replace("<footer>&copy; The Town Courier", "<footer>&copy; The Town Courier 2016"), None, None)
case("t6-am-um-uhr", page("<p class='meta'>Am 2. September 2016 um 15:36 Uhr</p>", lang="de"), None, "2016-09-02")
case("t6-published-on-label", page("<p class='meta'>Published on 02 Sep 2016</p>"), None, "2016-09-02")
case("t6-posted-colon-date", page("<div class='post-date'>Posted: September 2, 2016</div>"), None, "2016-09-02")
case("t6-time-pubdate-attr-no-datetime", page("<time pubdate>September 2, 2016</time>"), None, "2016-09-02")
case("t6-article-published-meta-name", page("", head="<meta name='article:published' content='2016-09-02T08:00:00Z'>"), None, "2016-09-02")
case("t6-dateline-class-city-date", page("<p class='dateline'>OSLO, Sept. 2, 2016</p>"), None, "2016-09-02")
case("t6-relative-date-and-meta", page("<p class='meta'>5 days ago</p>", head="<meta property='article:published_time' content='2016-09-02T08:00:00Z'>"), None, "2016-09-02")
case("t6-date-in-sidebar-not-taken", page("<p class='date'>September 2, 2016</p>").replace("</article>", "</article><aside class='sidebar'><p class='date'>October 30, 2016</p><p>Most read</p></aside>"), None, "2016-09-02")

# Metadata authors (Readability's and trafilatura's keys) shown in the page, in a closing bio.
def BIO6(name): return f"</div><div class='bio'><p>{name} writes about the town's schools and libraries.</p></div></article>"
case("t6-meta-parsely-author-shown", page(DT, head="<meta name='parsely-author' content='Ragna Fjeld'>").replace("</div></article>", BIO6("Ragna Fjeld")), "Ragna Fjeld", "2016-04-09")
case("t6-meta-sailthru-author-shown", page(DT, head="<meta name='sailthru.author' content='Ragna Fjeld'>").replace("</div></article>", BIO6("Ragna Fjeld")), "Ragna Fjeld", "2016-04-09")
case("t6-meta-dc-creator-shown", page(DT, head="<meta name='dc.creator' content='Ragna Fjeld'>").replace("</div></article>", BIO6("Ragna Fjeld")), "Ragna Fjeld", "2016-04-09")
case("t6-meta-article-author-url-only", page(DT, head="<meta property='article:author' content='https://social.example/ragna.fjeld'>"), None, "2016-04-09")
case("t6-jsonld-author-string-shown", page(DT, head=ld({"@context":"https://schema.org","@type":"Article","author":"Ragna Fjeld","datePublished":"2016-04-09"})).replace("</div></article>", BIO6("Ragna Fjeld")), "Ragna Fjeld", "2016-04-09")
# Bylines as written around the web.
case("t6-by-name-special-to", page("<p class='byline'>By Ragna Fjeld, Special to the Courier</p>" + DT), "Ragna Fjeld", "2016-04-09")
case("t6-by-caps-name-agency-no-comma", page("<p class='byline'>By RAGNA FJELD Associated Press</p>" + DT), "RAGNA FJELD", "2016-04-09")
case("t6-text-colon-german", page("<p class='autor'>Text: Ragna Fjeld</p><p class='datum'>09.04.2016</p>", lang="de"), "Ragna Fjeld", "2016-04-09")
case("t6-posted-by-admin-handle", page("<p class='meta'>Posted by admin on April 9, 2016</p>"), None, "2016-04-09")
case("t6-by-name-updated-same-line", page("<p class='byline'>By Ragna Fjeld Updated 10:40 AM EDT, Sat April 9, 2016</p>"), "Ragna Fjeld", "2016-04-09")
case("t6-byline-link-then-twitter", page("<div class='byline'>By <a href='/u/ragna'>Ragna Fjeld</a> <a href='https://social.example/rfjeld'>Follow @rfjeld</a></div>" + DT), "Ragna Fjeld", "2016-04-09")
case("t6-byline-name-and-name-comma-agency", page("<p class='byline'>By Ragna Fjeld and Odd Helland, Associated Press</p>" + DT), "Ragna Fjeld and Odd Helland", "2016-04-09")
# (Ninth session: every item of a list marked as the authors' is an author; the first alone was taken before.)
case("t6-byline-li-list", page("<ul class='authors'><li><a href='/u/ragna'>Ragna Fjeld</a></li><li><a href='/u/odd'>Odd Helland</a></li></ul>" + DT), "Ragna Fjeld, Odd Helland", "2016-04-09")
# Dates as written around the web.
case("t6-date-ordinal-no-comma", page("<p class='date'>April 9th 2016</p>"), None, "2016-04-09")
case("t6-date-ordinal-day-first", page("<p class='date'>9th April 2016</p>"), None, "2016-04-09")
case("t6-date-short-month-ordinal", page("<p class='date'>Apr 9th, 2016</p>"), None, "2016-04-09")
case("t6-date-slashed-ymd", page("<p class='date'>2016/04/09</p>"), None, "2016-04-09")
case("t6-date-dotted-ymd", page("<p class='date'>2016.04.09</p>"), None, "2016-04-09")
case("t6-date-caps-short", page("<p class='date'>09 APR 2016</p>"), None, "2016-04-09")
case("t6-date-time-first-et", page("<p class='date'>Published 4:05 PM ET Sat, 9 April 2016</p>"), None, "2016-04-09")
case("t6-date-uk-weekday-bst", page("<p class='date'>Saturday 9 April 2016 16.05 BST</p>"), None, "2016-04-09")
case("t6-date-em-dash-time", page("<p class='date'>April 9, 2016 \u2014 4:05 PM</p>"), None, "2016-04-09")
case("t6-date-on-at", page("<p class='meta'>Published on 9 April 2016 at 4.05pm</p>"), None, "2016-04-09")
case("t6-url-month-word", page("", head="<link rel='canonical' href='https://towncourier.example/local/2016/apr/09/library-closes'>"), None, "2016-04-09")
case("t6-date-month-year-only-and-meta", page("<p class='date'>April 2016</p>", head="<meta property='article:published_time' content='2016-04-09T08:00:00Z'>"), None, "2016-04-09")
case("t6-last-modified-and-published", page("<p class='date'>Last modified on Mon 11 Apr 2016 10.00 BST</p><p class='date'>First published on Sat 9 Apr 2016 08.00 BST</p>"), None, "2016-04-09")
case("t6-itemprop-datemodified-only-no-date", page("<meta itemprop='dateModified' content='2016-04-11'>"), None, None)
case("t6-date-local-offset", page("<time datetime='2016-04-09T23:30:00-05:00'>April 9, 2016</time>"), None, "2016-04-09")
case("t6-posted-relative-with-title-attr", page("<p class='meta'>Posted <span class='timeago' title='2016-04-09T08:00:00Z'>5 days ago</span></p>"), None, "2016-04-09")

# More bylines and dates as sites write them.
case("t6-byline-name-class-bem", page("<div class='byline'><span class='byline__label'>By</span> <span class='byline__name'><a href='/u/ivar'>Ivar Nordby</a></span></div>" + DT), "Ivar Nordby", "2016-04-09")
case("t6-by-name-on-date-at-time", page("<p class='meta'>By Ivar Nordby on April 9, 2016 at 4:05 pm</p>"), "Ivar Nordby", "2016-04-09")
case("t6-words-colon", page("<p class='meta'>Words: Ivar Nordby</p>" + DT), "Ivar Nordby", "2016-04-09")
case("t6-interview-by", page("<p class='byline'>Interview by Ivar Nordby</p>" + DT), "Ivar Nordby", "2016-04-09")
case("t6-name-slash-paper", page("<p class='byline'>Ivar Nordby/The Town Courier</p>" + DT), "Ivar Nordby", "2016-04-09")
case("t6-by-name-bracket-paper", page("<p class='byline'>By Ivar Nordby (The Town Courier)</p>" + DT), "Ivar Nordby", "2016-04-09")
case("t6-author-card-with-role", page("<div class='author-card'><a class='author-card__name' href='/u/ivar'>Ivar Nordby</a><span class='author-card__role'>Transport correspondent</span></div>" + DT), "Ivar Nordby", "2016-04-09")
case("t6-jsonld-author-string-array-shown", page("<p class='byline'>Ivar Nordby and Kari Sand</p>",
  head=ld({"@context":"https://schema.org","@type":"NewsArticle","author":["Ivar Nordby","Kari Sand"],"datePublished":"2016-04-09T08:00:00+02:00"})), "Ivar Nordby and Kari Sand", "2016-04-09")
case("t6-date-published-label-span", page("<div class='article-dates'><span class='label'>Published</span> <span class='value'>9 April 2016</span></div>"), None, "2016-04-09")
case("t6-date-with-weekday-comma-uk", page("<p class='date'>Saturday, 9 April 2016, 08:00</p>"), None, "2016-04-09")
case("t6-date-iso-in-text-label", page("<p class='meta'>Date: 2016-04-09</p>"), None, "2016-04-09")
# Seventh session (third real-page set's dev pages): words after or instead of the names.
case("s7-author-follow-tooltip", page("<div class='author-wrapper'><h2 class='author' itemprop='author'><a href='/in/ivar'>Ivar Nordby</a> <span class='tooltip'>Sign in to follow this reporter</span></h2><h3>Head of Libraries, Town Council</h3></div>" + DT), "Ivar Nordby", "2016-04-09")
case("s7-byline-then-section-name", page("<ul><li class='byline'><a rel='author' href='/u/ivar'>Ivar Nordby</a> <span>Local</span></li></ul>" + DT), "Ivar Nordby", "2016-04-09")
case("s7-author-box-sign-in-only", page("<div class='author-box'><p class='author tooltip'>Sign in to follow this reporter</p></div>" + DT), None, "2016-04-09")
case("s7-byline-dateline-time-glued", page("<p class='byline-dateline'><span class='byline author' itemprop='author creator'><span class='byline-prefix'>By </span><span itemprop='name'>IVAR NORDBY</span> and </span><span class='byline author' itemprop='author creator'><span itemprop='name'>KARI SAND</span></span><time class='dateline' datetime='2016-04-09T16:41:56-04:00'>APRIL 9, 2016</time></p>"), "IVAR NORDBY and KARI SAND", "2016-04-09", "APRIL 9, 2016")
case("s7-byline-class-time-glued", page("<div class='byline'>By <a href='/u/ivar'>Ivar Nordby</a><time datetime='2016-04-09T08:00:00Z'>Apr. 9, 2016</time></div>"), "Ivar Nordby", "2016-04-09", "Apr. 9, 2016")
case("s7-name-twice-for-two-screens", page("<div class='bydek'> by <a class='hide-on-phone' href='https://social.example/ivar'>Ivar Nordby</a><span class='show-on-phone'>Ivar Nordby</span> <div>April 9, 2016</div></div>"), "Ivar Nordby", "2016-04-09")
P1, P23 = P.split("</p>", 1)[0] + "</p>", P.split("</p>", 1)[1]
case("s7-video-box-headline-in-text", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Library on Mill Street to close | The Town Courier</title></head><body><main><article class='piece'><header class='article-header'><div class='topic'>Local</div><h1 class='title'>Library on Mill Street to close</h1><div class='date'>April 9, 2016</div><div class='byline'>by Ivar Nordby</div></header><section class='article-content'><div class='body'><div class='field-item'>" + P1 + "<div class='article-vid'>A judge looked at the defendant and did something nobody in the room expected<h3 class='video-headline'>Popular Video</h3></div>" + P23 + "</div></div></section></article></main></body></html>", "Ivar Nordby", "2016-04-09")
# Eighth session: the page's JSON-LD in the shapes sites write it (references into @graph, creator, given and family
# names, an organisation beside the person, related stories listed first, JSON that strict parsers refuse).
def art8(**k):
    o = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library on Mill Street to close"}
    o.update(k)
    return o
SHOWN8 = "<div class='meta'><a href='/people/runa'>Runa Falk</a></div>"
case("s8-jsonld-graph-author-id-shown-plain", page("<div class='meta'><a href='/people/runa'>Runa Falk</a></div>",
  head=ld({"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "@id": "https://example.org/a#article", "author": {"@id": "https://example.org/#/person/7"},
     "datePublished": "2017-05-06T10:00:00+00:00"},
    {"@type": "Person", "@id": "https://example.org/#/person/7", "name": "Runa Falk"}]})), "Runa Falk", "2017-05-06")
case("s8-jsonld-creator-only", page(SHOWN8, head=ld(art8(creator=["Runa Falk"], datePublished="2017-05-06"))), "Runa Falk", "2017-05-06")
case("s8-jsonld-given-family-name", page(SHOWN8, head=ld(art8(author={"@type": "Person", "givenName": "Runa", "familyName": "Falk"},
  datePublished="2017-05-06"))), "Runa Falk", "2017-05-06")
case("s8-jsonld-organization-beside-person", page(SHOWN8, head=ld(art8(author=[{"@type": "Organization", "name": "The Town Courier"},
  {"@type": "Person", "name": "Runa Falk"}], datePublished="2017-05-06"))), "Runa Falk", "2017-05-06")
case("s8-jsonld-related-list-before-article", page("", head=ld({"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
  {"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle", "headline": "Another story", "datePublished": "2012-01-01"}}]})
  + ld(art8(datePublished="2017-05-06"))), None, "2017-05-06")
case("s8-jsonld-trailing-comma-and-raw-newline", page("", head="<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
  "\"@type\": \"NewsArticle\", \"description\": \"Two lines\nof summary\", \"datePublished\": \"2017-05-06T10:00:00Z\",}</script>"), None, "2017-05-06")
case("s8-jsonld-name-with-entity", page("<div class='meta'><a href='/people/runa'>Runa Fal&eacute;n</a></div>",
  head="<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Runa Fal&eacute;n\"}, "
  "\"datePublished\": \"2017-05-06\"}</script>"), "Runa Falén", "2017-05-06")
# The author's markup between the headline and the body, in a box named for sharing or comments: the names alone;
# not a related story's author in an <aside>, nor the date of a box named "byline".
D8 = "<p class='date'>May 6, 2017</p>"
case("s8-itemprop-author-in-share-box", page("<div class='entry-meta social-share-comments'>By <span class='author vcard' itemprop='author'>"
  "<a rel='author' href='/people/runa'>Runa Falk</a></span> &bull; <a href='#comments'>12 comments</a></div>" + D8), "Runa Falk", "2017-05-06")
case("s8-related-aside-author-not-taken", page("<aside class='related'><ul><li><a href='/x'><h2>Another story</h2></a> <span class='author'>By "
  "<span class='authorname'>Ola Berge</span></span></li></ul></aside>" + D8), None, "2017-05-06")
case("s8-date-in-byline-box-is-no-name", page("<div class='share-tools'><a href='#'>Share</a></div><div class='story__byline'>"
  "<span class='story__byline__date'>May 6th 2017 1:01PM</span></div>"), None, "2017-05-06")
# Metadata: a desk's account is no author; a date the page shows after the text, a day off the metadata's UTC
# timestamp, is the reader's.
case("s8-meta-author-desk-account-shown", page("<p class='credit'>Riverside Staff</p>", head=M("author", "Riverside Staff")
  + M("article:published_time", "2017-05-06T10:00:00Z", "property")), None, "2017-05-06")
case("s8-shown-date-after-body-beats-utc-meta", page("", head=M("article:published_time", "2017-05-07T01:30:00Z", "property"))
  .replace("</div></article>", "</div><footer class='entry-footer'><span class='posted-on'><time class='entry-date published' "
           "datetime='2017-05-06T21:30:00-04:00'>May 6, 2017</time></span></footer></article>"), None, "2017-05-06")
case("s8-issue-date-after-body-loses-to-meta", page("", head=M("article:published_time", "2017-05-01T10:00:00Z", "property"))
  .replace("</div></article>", "</div><footer class='entry-footer'><span class='posted-on'><time class='entry-date published' "
           "datetime='2017-05-15'>May 15, 2017</time></span></footer></article>"), None, "2017-05-01")
# A byline-marked word that names no one ("Updated", a tool bar's "Print Email") where the metadata's author is
# shown in the page: the metadata's author; a byline that names another person than the metadata stays.
case("s8-byline-box-word-and-meta-author-shown", page("<div class='byline'><span class='byline__label'>Updated</span></div>" + D8
  + "<p class='author-bio'>Runa Falk writes about libraries.</p>", head=M("author", "Runa Falk")), "Runa Falk", "2017-05-06")
case("s8-byline-other-person-than-meta-stays", page("<p class='byline'>By Ola Berge</p>" + D8 + "<p class='editor'>Edited by Runa Falk</p>",
  head=M("author", "Runa Falk")), "Ola Berge", "2017-05-06")
case("s8-meta-article-author-underscore-with-email", page("<div class='byline'><a href='#'>Print</a> <a href='#'>Email</a></div>" + D8
  + "<p class='contact'>Contact Runa Falk at the desk.</p>", head=M("article_author", "Runa Falk | rfalk@example.org")), "Runa Falk", "2017-05-06")
case("s8-updated-by-name-handle", page("<div class='c-byline'>Updated by <span class='c-byline__item'><a href='/authors/runa'>Runa Falk</a>"
  "<span class='c-byline__item'><a href='https://social.example/runa'>@runafalk</a></span></span> <time class='c-byline__item'>May 6, 2017, 10:20am EDT</time></div>"), "Runa Falk", "2017-05-06")
case("s8-metadata-user-id-not-taken", page("<p class='author'><a href='/u/1'>Ola Berge</a></p>" + D8, head=ld(art8(author={"@type": "Person", "name": "OB2047"}))), "Ola Berge", "2017-05-06")
# Machine-readable dates in the other forms metadata writes them: Java's Date.toString(), a compact date and time,
# and a line that gives the update before the publication.
case("s8-meta-java-date-string", page("", head=M("article:published_time", "Sat May 06 12:45:00 EDT 2017", "property")), None, "2017-05-06")
case("s8-meta-compact-date-time", page("", head=M("pdate", "20170506124500")), None, "2017-05-06")
case("s8-updated-then-published-one-line", page("<p class='dates'>Updated 4:00 PM, May 8, 2017; Published 10:00 AM, May 6, 2017</p>"), None, "2017-05-06")
# Authors as the items of a list, each with its own pop-up box of links between them: one byline of all the names.
case("s8-author-list-items-with-overlays", page("<div class='article-meta'><ul class='authors'><li><div rel='author' class='author has-bio'>"
  "<span class='by-text'>By</span> Runa Falk </div><div class='author-overlay'><a class='close' href='#'>Close</a><div class='author-meta'>"
  "<a href='https://social.example/runa'>Follow on Social</a></div><div class='author-meta'><a href='/author/runa_falk'>More from Runa</a></div></div></li>"
  "<li><div rel='author' class='author has-bio'>Ola Berge </div><div class='author-overlay'><a class='close' href='#'>Close</a></div></li>"
  "<li><div rel='author' class='author'>KARI SAND</div></li></ul><span class='timestamp'>May 6, 2017, 12:37 PM ET</span></div>"),
  "Runa Falk, Ola Berge, KARI SAND", "2017-05-06")
# A sentence that opens with "By" and a year is no byline.
case("s8-by-a-number-sentence-no-byline", page(D8).replace("<p>The council", "<p>By 2019 the council will have closed four of its branches.</p><p>The council", 1), None, "2017-05-06")
# A section's link beside the date is no name: one word is no byline without "By".
case("s8-date-pipe-section-link", page("<div><span>May 6, 2017</span> <span>|</span> <a href='/local'>Riverside</a></div>"), None, "2017-05-06")
# A relative time ("3 hours ago") whose element keeps the ISO date in a data attribute, as time-ago scripts do.
case("s8-time-data-published-relative", page("<div class='meta'><time data-published='2017-05-06 09:13:00Z'>4 hours ago</time></div>"), None, "2017-05-06")
case("s8-span-data-timestamp-relative", page("<div class='meta'><span class='timestamp' data-timestamp='2017-05-06T10:00:00Z'>3 hours ago</span></div>"), None, "2017-05-06")
# HTML5's pubdate attribute marks the article's publication time: above the headline, outside any article element,
# with the shown date in linked numbers and a two-digit year.
case("s8-time-pubdate-above-headline-no-article", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Library on Mill Street to close</title></head>"
  "<body><div class='page'><header class='single-header'><div class='hat'>Local news</div><div class='timestamp'><time class='local-time' "
  "datetime='2017-05-06T16:14:25+00:00' pubdate='pubdate'><a href='/2017/05/'>5</a>/<a href='/2017/05/06/'>6</a>/<a href='/2017/'>17</a> 11:14 AM</time></div>"
  "<h1 class='headline'>Library on Mill Street to close</h1></header><div class='post-body'>" + P + "</div></div></body></html>", None, "2017-05-06")
# Meta lines with a labelled numeric date, or a plain hyphen between the name and the date.
case("s8-author-label-pipe-numeric-date", page("<p>Author: <a href='/u/runa'>Runa Falk</a> | Date: 05/16/2017</p>"), "Runa Falk", "2017-05-16")
case("s8-name-hyphen-date", page("<p class='meta'>Runa Falk - May 6, 2017</p>"), "Runa Falk", "2017-05-06")
# A byline that is the site's own name and a word ("Town Courier Submissions", "Town Courier Team") names no one; a
# personal site's owner (the name is the whole site name) stays.
case("s8-byline-site-name-and-a-word", page("<p class='byline'>By Town Courier Submissions</p>" + D8,
  head="<meta property='og:site_name' content='Town Courier'>"), None, "2017-05-06")
case("s8-byline-personal-site-owner", page("<p class='byline'>By Runa Falk</p>" + D8,
  head="<meta property='og:site_name' content='Runa Falk'><link rel='canonical' href='https://runafalk.example/2017/05/library'>"), "Runa Falk", "2017-05-06")
# twitter:creator holds a handle on most sites, a name on some: the name, when the page shows it, is the author.
case("s8-twitter-creator-name-shown", page("<div class='meta-info'><a href='https://runafalk.example'>Runa Falk</a></div>" + D8,
  head="<meta name='twitter:creator' content='Runa Falk'>"), "Runa Falk", "2017-05-06")
case("s8-twitter-creator-handle-not-taken", page("<div class='meta-info'><a href='https://social.example/runafalk'>@runafalk</a></div>" + D8,
  head="<meta name='twitter:creator' content='@runafalk'>"), None, "2017-05-06")
# A count of comments or shares beside the byline is the page's furniture.
case("s8-by-name-pipe-comment-count", page("<p class='meta'>By Runa Falk | 12 Comments</p>" + D8), "Runa Falk", "2017-05-06")
case("s8-by-name-shares-and-date", page("<p class='meta'>By Runa Falk &bull; May 6, 2017 &bull; 1.2K Shares</p>"), "Runa Falk", "2017-05-06")
# Several articles in the JSON-LD: the one whose address is the page's own (canonical) is the page's article.
case("s8-jsonld-two-articles-own-by-url", page("", head="<link rel='canonical' href='https://towncourier.example/2017/library-to-close'>"
  + ld({"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "url": "https://towncourier.example/2012/old-story", "headline": "Another story", "datePublished": "2012-01-01"},
    {"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://towncourier.example/2017/library-to-close"},
     "headline": "Library on Mill Street to close", "datePublished": "2017-05-06T10:00:00Z"}]})), None, "2017-05-06")
# Ninth session: pages with no <article> element, the header and the body in plain <div>s or in sibling sections
# (as component-built sites lay them out), a rail of most-read links beside them.
def layout9(header, head="", lang="en", title="Library on Mill Street to close", after="", above=""):
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - The Town Courier</title>{head}</head>"
            f"<body><div id='top'><a href='/'>The Town Courier</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></div>"
            f"<div class='container'><div class='col-main'><div class='story'>{above}"
            f"<h1 class='headline'>{title}</h1>{header}<div class='story-text'>{P}</div>{after}</div></div>"
            f"<div class='col-side'><h3>Most read</h3><ul><li><a href='/a'>Bridge repairs begin on the river road</a></li>"
            f"<li><a href='/b'>School fete raises money for the hall roof</a></li></ul></div></div>"
            f"<div class='foot'>&copy; 2015 The Town Courier</div></body></html>")
def sections9(above="", below="", head="", lang="en", title="Library on Mill Street to close", after=""):
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - The Town Courier</title>{head}</head>"
            f"<body><div id='top'><a href='/'>The Town Courier</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></div>"
            f"<section><div class='wrap' id='story-header'><div class='col'><div class='story-head'>{above}"
            f"<h1 class='story-title'>{title}</h1>{below}</div></div></div></section>"
            f"<section><div class='wrap' id='story-content'><div class='col'><div class='story-body'>{P}{after}</div></div></div></section>"
            f"<div class='foot'>&copy; 2015 The Town Courier</div></body></html>")
D9 = "<p class='date'>March 3, 2015</p>"
# A byline or a date line right above the headline, with no article element around them: the article's.
case("s9-byline-above-headline-no-article", layout9(D9, above="<div class='byline'>By Tove Lindahl</div>"), "Tove Lindahl", "2015-03-03")
case("s9-byline-above-headline-own-section", sections9(above="<div class='byline'>By Tove Lindahl</div>"), "Tove Lindahl", None)
case("s9-date-beside-section-link-above-headline", sections9(above="<div class='story-info'><span class='section'><a href='/news/business'>Business</a></span> "
  "<span class='sep'>|</span> <span class='timestamp'>Tue Mar 3, 2015 | 5:03pm EST</span></div>"), None, "2015-03-03")
# The date beside the byline in a meta box named for sharing or comments, between the headline and the body.
case("s9-date-in-share-box-numeric", layout9("<div class='entry-meta social-comments'>By <span class='author vcard'><a rel='author' class='url fn n' "
  "href='/author/tove-lindahl/'>Tove Lindahl</a></span> &bull; <span class='entry-date'>03/16/15 12:21pm</span><div class='share-buttons'>"
  "<a href='/s/f'>Share</a> <a href='/s/t'>Post</a></div></div>"), "Tove Lindahl", "2015-03-16")
case("s9-date-in-share-box-words", layout9("<div class='entry-meta share-tools'>By <span class='author'>Tove Lindahl</span> &bull; "
  "<span class='entry-date'>March 3, 2015</span></div>"), "Tove Lindahl", "2015-03-03")
# Screen-reader copies: the name and the date shown on the screen in aria-hidden markup, the copy for screen readers
# ("Author: Jane Roe.") in visually hidden markup. What the eye sees is the byline and the date.
case("s9-aria-hidden-shown-copies-above-headline", layout9("", lang="en-US", above="<ul class='metadata'><li class='byline'><span class='visually-hidden'>"
  "Author: Tove Lindahl.</span> <span itemprop='author'><a aria-hidden='true' rel='author' href='/author/tove-lindahl/'>Tove Lindahl</a></span></li>"
  "<li class='meta-pubdate'><span class='visually-hidden'>Date of Publication: 03.16.15.</span> <time aria-hidden='true'>03.16.15</time></li></ul>"),
  "Tove Lindahl", "2015-03-16")
case("s9-aria-hidden-byline-and-date", layout9("<div class='byline'><span class='sr-only'>Story by Tove Lindahl</span><span aria-hidden='true'>By "
  "<a href='/by/tove-lindahl'>Tove Lindahl</a></span></div><div class='date'><span aria-hidden='true'>March 3, 2015</span></div>"), "Tove Lindahl", "2015-03-03")
# A <time> whose datetime is its microdata value (itemprop=datePublished) or HTML5's pubdate, left empty for a script
# to fill in: the article's date.
case("s9-time-itemprop-empty", layout9("<div class='byline'>By Tove Lindahl</div><div class='dateline'><time itemprop='datePublished' "
  "datetime='2015-03-03T14:05:00-08:00'></time></div>"), "Tove Lindahl", "2015-03-03")
case("s9-time-pubdate-empty", layout9("<div class='byline'>By Tove Lindahl</div><time pubdate datetime='2015-03-03T14:05:00Z'></time>"), "Tove Lindahl", "2015-03-03")
# A byline box that opens with the page's tools ("Print Email") before the names, and its date line after the author's
# contact links.
case("s9-byline-box-opens-with-tools", layout9("<div id='Byline'><div class='EmailPrint'><a class='PrintLink' href='#'>Print</a> "
  "<a class='EmailLink' href='mailto:?subject=library'>Email</a></div> By <span class='author vcard'><a href='/staff/tlindahl/'>Tove Lindahl | "
  "tlindahl@towncourier.example</a></span><br><a id='email_author' href='#'>Email the author</a> | <a href='https://social.example/tlindahl'>"
  "Follow on Social</a><br>on March 3, 2015 at 2:47 PM, updated <span class='updated'>March 3, 2015 at 3:53 PM</span></div>"), "Tove Lindahl", "2015-03-03")
# An author's box: a label ("Author") over the name.
case("s9-author-box-label-over-name", layout9("<div class='author-box'><h4>Author</h4><a href='/by/tove-lindahl'>Tove Lindahl</a></div>" + D9),
  "Tove Lindahl", "2015-03-03")
# Authors as the items of a list marked as the authors', each a linked name with no "By": all of them; a list item
# that is no name (a section's) stays out.
case("s9-authors-list-linked-names", layout9("<ul class='authors'><li><a href='/by/tove-lindahl'>Tove Lindahl</a></li><li><a href='/by/bram-okafor'>"
  "Bram Okafor</a></li></ul>" + D9), "Tove Lindahl, Bram Okafor", "2015-03-03")
case("s9-authors-list-section-item-out", layout9("<ul class='byline'><li><a href='/by/tove-lindahl'>Tove Lindahl</a></li><li>Local</li></ul>" + D9),
  "Tove Lindahl", "2015-03-03")
# A wire service's credit line after the text: the reporters only (their places and the editors left out), in
# brackets or not, "Additional reporting by" too.
case("s9-reporting-by-with-places", layout9("", after="<p>Reporting by Tove Lindahl in Lisbon and Bram Okafor in Porto; Editing by Ines Vale</p>"),
  "Tove Lindahl and Bram Okafor", None)
case("s9-reporting-and-additional-reporting", layout9("", after="<p>Reporting by Tove Lindahl; Additional reporting by Bram Okafor; Editing by Ines Vale</p>"),
  "Tove Lindahl and Bram Okafor", None)
case("s9-reporting-writing-editing-bracketed", layout9("", after="<p>(Reporting by Tove Lindahl; Writing by Bram Okafor; Editing by Ines Vale)</p>"),
  "Tove Lindahl", None)
# The article's meta column in an <aside> beside the body (a "By" line and the date, no headings, lists or links
# to other stories): its byline; an aside that heads a related story stays out.
def rail9(rail, head="", title="Library on Mill Street to close"):
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} - The Town Courier</title>{head}</head>"
            f"<body><div id='top'><a href='/'>The Town Courier</a> <a href='/news'>News</a></div><main><div class='article'>"
            f"<h1>{title}</h1><div class='content'>{rail}<div class='article-body'>{P}</div></div></div></main>"
            f"<div class='foot'>&copy; 2015 The Town Courier</div></body></html>")
case("s9-aside-meta-column-byline", rail9("<aside class='article-meta'><p class='byline'>By <a rel='author' href='/by/tl'>Tove Lindahl</a></p>"
  "<time datetime='2015-03-03T10:00:00Z'>Tue 3 Mar 2015 10.00 GMT</time></aside>"), "Tove Lindahl", "2015-03-03")
case("s9-aside-related-story-byline-out", rail9("<aside class='more-stories'><h3><a href='/other'>Bridge repairs begin on the river road</a></h3>"
  "<p class='byline'>By Bram Okafor</p></aside>" + D9), None, "2015-03-03")
# The date the page shows in an update's markup (itemprop=dateModified, class "last-updated"), where the metadata
# gives the publication's: the publication's; "updated" alone is hAtom's mark that themes put on the publication
# time, so it stays the date.
case("s9-shown-date-modified-and-meta-published", layout9("<p class='byline'>By Tove Lindahl</p><time itemprop='dateModified' "
  "datetime='2015-03-09T10:00:00Z'>March 9, 2015</time>", head="<meta property='article:published_time' content='2015-03-03T10:00:00Z'>"),
  "Tove Lindahl", "2015-03-03")
case("s9-shown-last-updated-class-and-meta-published", layout9("<p class='byline'>By Tove Lindahl</p><p class='last-updated'>March 9, 2015</p>",
  head="<meta property='article:published_time' content='2015-03-03T10:00:00Z'>"), "Tove Lindahl", "2015-03-03")
case("s9-hatom-updated-is-the-publication-time", layout9("<div class='meta'><span class='author'>Tove Lindahl</span> <time class='meta-time updated' "
  "datetime='2015-03-03T12:34:00-04:00'><a href='/library'>3/3/15 12:34pm</a></time></div>"), "Tove Lindahl", "2015-03-03")
# The metadata's author shown in the page only after an editor's label: the page's editor, no byline
# (annotations/pages/README.md: editors are not the byline).
case("s9-meta-author-shown-only-as-editor", layout9(D9, head="<meta name='author' content='Ines Vale'>", after="<p class='liability'>[Edited by: Ines Vale]</p>"),
  None, "2015-03-03")
case("s9-meta-author-shown-as-editor-cjk-label", layout9(D9, head="<meta name='author' content='Ines Vale'>", after="<div id='liability'>[\u8d23\u4efb\u7f16\u8f91:Ines Vale]</div>"),
  None, "2015-03-03")
case("s9-meta-author-shown-as-role-title-stays", layout9("<p class='byline'>Political Editor Ines Vale</p>" + D9, head="<meta name='author' content='Ines Vale'>"),
  "Ines Vale", "2015-03-03")
# An author's bio after the text ("<name> is a reporter who ..."), in author markup, with no byline elsewhere: no byline
# (people named only in a closing bio are not the byline); a short signature there still is.
case("s9-closing-bio-sentence-no-byline", layout9(D9, after="<div class='author-info'><p><b><a href='/author/tove-lindahl/'>Tove Lindahl</a></b> "
  "is a reporter who has covered the town council for ten years and keeps bees on the roof.</p></div>"), None, "2015-03-03")
case("s9-closing-signature-stays", layout9(D9, after="<p class='author'>Tove Lindahl</p>"), "Tove Lindahl", "2015-03-03")
# A blog post's meta line after its text, with no date or byline above: "Posted in <category> on <date> | <comments>",
# "Posted by <name> at <time>".
def blog9(after="", side="", head=""):
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Library on Mill Street to close - Tove's notes</title>{head}</head>"
            f"<body><div id='header'><a href='/'>Tove's notes</a></div><div id='wrap'><div id='content'><div class='post'>"
            f"<h2 class='post-title'>Library on Mill Street to close</h2><div class='entry'>{P}</div>{after}</div></div>"
            f"<div id='sidebar'>{side}</div></div><div id='footer'>Copyright &copy; 2015 Tove's notes.</div></body></html>")
case("s9-posted-in-category-on-date-after-post", blog9("<p class='postmetadata'>Posted in <a href='/c/local'>Local</a> on March 3, 2015 | "
  "<a href='#comments'>2 Comments</a></p>"), None, "2015-03-03")
case("s9-posted-by-name-at-time-after-post", blog9("<p class='postmetadata'>Posted by Tove Lindahl at 4:12 PM</p>"), "Tove Lindahl", None)
# A page with no date of its own: a comment's date, a sidebar's list of dated posts, the footer's year are none.
case("s9-no-date-comment-and-sidebar-dates", blog9("<div id='comments'><h3>2 Comments</h3><ol><li><cite>Bram</cite> says: <span class='comment-date'>"
  "March 5, 2015 at 4:12 pm</span><p>So sad to see it go after all these years in town.</p></li></ol></div>",
  side="<h3>Recent posts</h3><ul><li><a href='/a'>Bridge repairs</a> <span class='date'>March 1, 2015</span></li></ul>"), None, None)
# A role set apart from the name by its own element's style, with no space between them ("By Jane Roe<span
# class=role>Staff Writer</span>"); "Story:" before the name.
case("s9-byline-role-span-glued", layout9("<div class='byline'>By Tove Lindahl<span class='role'>Contributing Writer</span></div>" + D9), "Tove Lindahl", "2015-03-03")
case("s9-story-colon-name", layout9("<p>Story: Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
# Names stacked in the byline's element, one to a line: every author; a role line or the same name again stays out.
case("s9-byline-names-stacked", layout9("<div class='byline'><div>Tove Lindahl</div><div>Bram Okafor</div></div>" + D9), "Tove Lindahl, Bram Okafor", "2015-03-03")
case("s9-byline-name-and-role-stacked", layout9("<div class='byline'><div>Tove Lindahl</div><div>Staff Writer</div></div>" + D9), "Tove Lindahl", "2015-03-03")
case("s9-byline-name-twice-stacked", layout9("<div class='byline'><div>Tove Lindahl</div><div>Tove Lindahl</div></div>" + D9), "Tove Lindahl", "2015-03-03")
# A byline and date line in a <footer> between the headline and the body (HTML's place for a section's author; Drupal
# themes put "By <name>, <date>" there).
case("s9-meta-line-in-footer-above-body", layout9("<footer class='node__meta'><div class='node__submitted'>By <span class='field--name-uid'><span>Tove Lindahl"
  "</span></span>, 3 March, 2015</div></footer>"), "Tove Lindahl", "2015-03-03")
# A relative time in timestamp markup whose ISO date is kept in data-source, as some wire sites' scripts do.
case("s9-timestamp-data-source-relative", layout9("<span class='Component-bylines'>By TOVE LINDAHL and BRAM OKAFOR</span><span class='Timestamp' "
  "data-key='timestamp' data-source='2015-03-03T10:00:00Z'>2 hrs ago</span>"), "TOVE LINDAHL and BRAM OKAFOR", "2015-03-03")
# The site's own account as the byline ("<site> Submissions") where the site's name is only in the <title>'s last part.
case("s9-byline-site-account-site-from-title", page("<p class='byline'>By Town Courier Submissions</p>" + D9), None, "2015-03-03")
# Three names with the serial comma, then a bar and the desk: all three names.
case("s9-three-names-serial-comma-bar-desk", layout9("<p class='byline'>By Tove Lindahl, Bram Okafor, and Ines Vale | Staff</p>" + D9),
  "Tove Lindahl, Bram Okafor, and Ines Vale", "2015-03-03")
# Other stories' <time itemprop=datePublished> in a list above the article are not the page's date.
case("s9-time-itemprop-in-related-list-not-taken", layout9("<p class='byline'>By Tove Lindahl</p>", above="<ul class='trending'><li><a href='/other'>Bridge repairs begin</a> "
  "<time itemprop='datePublished' datetime='2014-11-02T10:00:00Z'></time></li></ul>", after="<p class='date'>Posted on March 3, 2015</p>"), "Tove Lindahl", "2015-03-03")
# Names separated by semicolons ("By A; B"); a prefix of four words ("Text and photos by"); Swedish and Norwegian
# "Av", Danish "Af" before the names.
case("s10-byline-names-semicolon", layout9("<p class='byline'>By Tove Lindahl; Bram Okafor</p>" + D9), "Tove Lindahl; Bram Okafor", "2015-03-03")
case("s10-text-and-photos-by", layout9("<p>Text and photos by Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s10-words-and-pictures-by-class", layout9("<p class='byline'>Words and pictures by Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s10-swedish-av", layout9("<p class='byline'>Av Tove Lindahl</p><p class='date'>3 december 2018</p>", lang="sv"), "Tove Lindahl", "2018-12-03")
case("s10-danish-af", layout9("<p class='byline'>Af Tove Lindahl</p><p class='date'>3. december 2018</p>", lang="da"), "Tove Lindahl", "2018-12-03")
# A live blog without JSON-LD: its entries' <time>s show a clock only, a later day than the metadata's publication
# time (UTC): the metadata's day.
case("s10-live-entry-clock-only-and-meta", layout9("<p class='byline'>By Tove Lindahl</p>", after="<div class='live-post'><time datetime='2018-12-04T14:00:00Z'>14:00</time>"
  "<p>Council staff say the doors will close at noon today.</p></div>", head="<meta property='article:published_time' content='2018-12-03T08:00:00Z'>"),
  "Tove Lindahl", "2018-12-03")
# Co-authors' rel=author links after the first, outside any byline-named element (a Guardian-like <address>): every
# name, not the first link's alone.
case("s10-rel-author-links-and", layout9("<address><a rel='author' href='/profile/tl'>Tove Lindahl</a> and <a rel='author' href='/profile/bo'>Bram Okafor</a>"
  "</address><p class='dt'>Tue 3 Mar 2015 14.05 GMT</p>"), "Tove Lindahl and Bram Okafor", "2015-03-03")
case("s10-rel-author-links-comma-and", layout9("<p><a rel='author' href='/profile/tl'>Tove Lindahl</a>, <a rel='author' href='/profile/bo'>Bram Okafor</a> and "
  "<a rel='author' href='/profile/iv'>Ines Vale</a></p>" + D9), "Tove Lindahl, Bram Okafor and Ines Vale", "2015-03-03")
# A byline box named by a short word ("ar-by", as component systems name theirs), its name a lone link and the paper's
# line under it; a "Contact" link after the name in the byline.
case("s10-class-word-by-link-and-paper-line", layout9("<div class='st_ar_by'><a class='st_ar_by_a' href='/staff/tl'>Tove Lindahl</a>"
  "<div class='st_ar_by_t'>The Town Courier</div></div><div class='st_ar_dt'>Published 6:00 a.m. ET March 3, 2015</div>"), "Tove Lindahl", "2015-03-03")
case("s10-byline-name-contact-link", layout9("<div class='byline'><a href='/staff/tl'>Tove Lindahl</a> <a class='btn' href='/contact/tl'>Contact</a></div>" + D9),
  "Tove Lindahl", "2015-03-03")
# A role as a label before the name, in byline markup or before an author link: the name.
case("s10-contributor-label-inline", layout9("<p class='byline'>Contributor Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s10-role-label-before-rel-author", layout9("<p>Senior Reporter <a rel='author' href='/c/tl'>Tove Lindahl</a></p>" + D9), "Tove Lindahl", "2015-03-03")
# Parts named in data-hook attributes, with no class (site builders' blogs).
case("s10-data-hook-author-and-date", layout9("<div data-hook='post-meta'><span data-hook='author-name'>Tove Lindahl</span><span data-hook='time-ago' "
  "title='Mar 3, 2015'>Mar 3, 2015</span><span>2 min read</span></div>"), "Tove Lindahl", "2015-03-03", "Mar 3, 2015")
# Months of more languages, as the contract allows: Ukrainian, Turkish, Romanian, Finnish, Catalan, Spanish and Italian
# short forms; Swedish and Danish "maj" is May.
def month10(shown, lang): return layout9("<p class='byline'>Tove Lindahl</p><p class='date'>" + shown + "</p>", lang=lang)
case("s10-ukrainian-hrudnia", month10("3 грудня 2018", "uk"), "Tove Lindahl", "2018-12-03")
case("s10-turkish-aralik", month10("3 Aralık 2018", "tr"), "Tove Lindahl", "2018-12-03")
case("s10-romanian-decembrie", month10("3 decembrie 2018", "ro"), "Tove Lindahl", "2018-12-03")
case("s10-finnish-joulukuuta", month10("3. joulukuuta 2018", "fi"), "Tove Lindahl", "2018-12-03")
case("s10-catalan-desembre", month10("3 de desembre de 2018", "ca"), "Tove Lindahl", "2018-12-03")
case("s10-spanish-dic-short", month10("3 dic. 2018", "es"), "Tove Lindahl", "2018-12-03")
case("s10-italian-mag-short", month10("3 mag 2018", "it"), "Tove Lindahl", "2018-05-03")
case("s10-swedish-maj", month10("3 maj 2018", "sv"), "Tove Lindahl", "2018-05-03")
# Labels before the name in more languages and trades ("Autor:", "Texto:", "Redacción:", French "Auteur :" with its
# space, "Byline:", "Reporter:"), and Swedish "och" between two names.
for n, label in [("autor", "Autor:"), ("texto", "Texto:"), ("redaccion", "Redacción:"), ("auteur-space", "Auteur :"), ("byline", "Byline:"),
                 ("reporter", "Reporter:"), ("kirjoittaja", "Kirjoittaja:")]:
  case("s10-label-" + n, layout9("<p>" + label + " Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s10-swedish-av-och", layout9("<p>Av Tove Lindahl och Bram Okafor</p>" + D9, lang="sv"), "Tove Lindahl och Bram Okafor", "2015-03-03")
# A desk's line in the byline's place: no author.
case("s10-from-staff-reports", layout9("<p class='byline'>From staff reports</p>" + D9), None, "2015-03-03")
# A numeric date that reads either way, on a page whose language names no country, with an American time zone after it:
# month first.
case("s10-numeric-ambiguous-us-zone", layout9("<p class='byline'>By Tove Lindahl</p><p class='date'>Posted: 12/03/2018 2:05 PM EST</p>"),
  "Tove Lindahl", "2018-12-03")
# A date shown without its year, on a page whose address gives the year and the month (no day): the date, with the
# address's year; another month than the address's is no date.
case("s10-yearless-date-url-year-month", layout9("<p class='byline'>By Tove Lindahl</p><p class='date'>Tuesday, March 3</p>",
  head="<link rel='canonical' href='https://courier.example/2015/03/library-to-close'>"), "Tove Lindahl", "2015-03-03", "Tuesday, March 3")
case("s10-yearless-date-other-month-than-url", layout9("<p class='byline'>By Tove Lindahl</p><p class='date'>April 3</p>",
  head="<link rel='canonical' href='https://courier.example/2015/03/library-to-close'>"), "Tove Lindahl", None)
# Share buttons' words after the name in the byline's element ("Twitter", "Email", "View all posts"), and a channel's
# name with a section word after the comma ("<name>, <Channel> News"): the name alone.
case("s10-byline-name-then-share-words", layout9("<div class='author'><a href='/a/tl'>Tove Lindahl</a><a href='https://social.example/tl'>Twitter</a>"
  "<a href='mailto:tl@courier.example'>Email</a></div>" + D9), "Tove Lindahl", "2015-03-03")
case("s10-byline-name-then-view-all-posts", layout9("<div class='byline'>By <a href='/a/tl'>Tove Lindahl</a> <a href='/a/tl'>View all posts</a></div>" + D9),
  "Tove Lindahl", "2015-03-03")
case("s10-byline-comma-channel-news", layout9("<p class='byline'>By Tove Lindahl, TTC News</p>" + D9), "Tove Lindahl", "2015-03-03")
# A Unix time where scripts keep the date (seconds or milliseconds, in data-timestamp or a <time>'s datetime) under a
# relative text.
case("s10-unix-seconds-data-timestamp", layout9("<p class='byline'>By Tove Lindahl</p><span class='date' data-timestamp='1425376800'>2 hours ago</span>"),
  "Tove Lindahl", "2015-03-03")
case("s10-unix-milliseconds-data-time", layout9("<p class='byline'>By Tove Lindahl</p><span class='timestamp' data-time='1425376800000'>2 hours ago</span>"),
  "Tove Lindahl", "2015-03-03")
case("s10-unix-seconds-time-datetime-leap-day", layout9("<p class='byline'>By Tove Lindahl</p><time datetime='1709164800'>2 hours ago</time>"),
  "Tove Lindahl", "2024-02-29")
# Microdata's date in the title of an element that is no <time> and has no content attribute.
case("s10-abbr-itemprop-title-date", layout9("<p class='byline'>By Tove Lindahl</p><abbr itemprop='datePublished' title='2015-03-03T10:00:00Z'>3 days ago</abbr>"),
  "Tove Lindahl", "2015-03-03")
# A byline's label in an element of its own and the name in the next, with no byline markup: a definition list, a
# table's cells (several authors' layouts put them there).
case("s10-dl-author-label-and-name", layout9("<dl class='info'><dt>Author</dt><dd>Tove Lindahl</dd><dt>Published</dt><dd>March 3, 2015</dd></dl>"),
  "Tove Lindahl", "2015-03-03")
case("s10-dl-by-label-and-linked-name", layout9("<dl><dt>By</dt><dd><a href='/a/tl'>Tove Lindahl</a></dd></dl>" + D9), "Tove Lindahl", "2015-03-03")
case("s10-table-by-cell-and-name-cell", layout9("<table><tr><td>By</td><td>Tove Lindahl</td></tr><tr><td>Date</td><td>March 3, 2015</td></tr></table>"),
  "Tove Lindahl", "2015-03-03")
# A signature as the text's last paragraph, a dash and the name, with no byline elsewhere (opinion pieces, letters, blog
# posts): the byline.
def signed10(last): return layout9(D9).replace(P + "</div>", P + last + "</div>")
case("s10-closing-dash-signature", signed10("<p>\u2014 Tove Lindahl</p>"), "Tove Lindahl", "2015-03-03")
case("s10-closing-dash-by-signature-em", signed10("<p><em>-- By Tove Lindahl</em></p>"), "Tove Lindahl", "2015-03-03")
# A name in lower case in byline markup, as a site's style sets it: the name; "by the editors" there names no one.
case("s10-byline-lowercase-name", layout9("<p class='byline'>by tove lindahl</p>" + D9), "tove lindahl", "2015-03-03")
case("s10-byline-lowercase-the-editors", layout9("<p class='byline'>by the editors</p>" + D9), None, "2015-03-03")
# A label and its colon in one element, the name right after it in another, with no space between (set apart by style).
case("s10-label-colon-glued-to-linked-name", layout9("<div class='meta'><span>Author:</span><a href='/a/tl'>Tove Lindahl</a></div>" + D9),
  "Tove Lindahl", "2015-03-03")
# Session 11 (fifth round of issue 15). Two authors each with a place: the names alone (the byline is one span of the
# text, so the places go, as a wire credit line's do).
case("s11-two-authors-with-places", layout9("<p class='byline'>By Tove Lindahl in Oslo and Bram Okafor in Lagos</p>" + D9),
  "Tove Lindahl and Bram Okafor", "2015-03-03")
case("s11-three-authors-with-places", layout9("<p>By Tove Lindahl in Oslo, Bram Okafor in Lagos and Ines Vale</p>" + D9),
  "Tove Lindahl, Bram Okafor and Ines Vale", "2015-03-03")
case("s11-two-authors-one-place", layout9("<p class='byline'>By Tove Lindahl and Bram Okafor in Lagos</p>" + D9),
  "Tove Lindahl and Bram Okafor", "2015-03-03")
# A Medium-like author line: the name, the date and the reading time in spans side by side with no white space between
# them (set apart by the page's styles), in no byline markup.
case("s11-medium-name-date-glued-spans", layout9("<div class='pw-meta'><span><a href='/@tl'>Tove Lindahl</a></span><span>Mar 3, 2015</span>"
  "<span>4 min read</span></div>"), "Tove Lindahl", "2015-03-03", "Mar 3, 2015")
case("s11-medium-name-date-glued-links", layout9("<div><a href='/@tl'>Tove Lindahl</a><a href='/p/1'>Mar 3, 2015</a></div>"),
  "Tove Lindahl", "2015-03-03", "Mar 3, 2015")
# A linked name, a comma and the date in one line with no "By" and no byline markup under the headline; unlinked, the
# words before the date may be a place: no byline.
case("s11-name-comma-date-no-markup", layout9("<p><a href='/a/tl'>Tove Lindahl</a>, March 3, 2015</p>"), "Tove Lindahl", "2015-03-03", "March 3, 2015")
case("s11-place-comma-date-no-byline", layout9("<p>New Haven, March 3, 2015</p>"), None, "2015-03-03")
# The writer and then the editor, as two sentences in the byline: the writer alone.
case("s11-written-by-edited-by", layout9("<p class='byline'>Written by Tove Lindahl. Edited by Bram Okafor.</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s11-written-by-edited-by-no-markup", layout9("<p>Written by Tove Lindahl. Edited by Bram Okafor.</p>" + D9), "Tove Lindahl", "2015-03-03")
# A wire dateline in capitals before the byline: the byline.
case("s11-dateline-before-byline", layout9("<p>OSLO \u2014 By Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s11-two-word-dateline-hyphen-before-byline", layout9("<p>NEW HAVEN - By Tove Lindahl and Bram Okafor</p>" + D9),
  "Tove Lindahl and Bram Okafor", "2015-03-03")
# Dutch "en" between two names, on a Dutch page or after "Door"; Spanish "en" before a place ends the names.
case("s11-dutch-door-en", layout9("<p>Door Tove Lindahl en Bram Okafor</p>" + D9), "Tove Lindahl en Bram Okafor", "2015-03-03")
case("s11-dutch-page-en-byline-class", layout9("<p class='auteur'>Tove Lindahl en Bram Okafor</p><p class='date'>3 maart 2015</p>", lang="nl"),
  "Tove Lindahl en Bram Okafor", "2015-03-03")
case("s11-spanish-por-en-place", layout9("<p>Por Tove Lindahl en Buenos Aires</p><p class='date'>3 de marzo de 2015</p>", lang="es"),
  "Tove Lindahl", "2015-03-03")
# Months of Greek (genitive, nominative, short, in capitals), the Austrian January, the Danish March, short Portuguese
# and Italian forms, and the first of the month as French, Spanish and Italian write it.
def m11(shown, lang, iso="2015-03-03"): return month10(shown, lang), "Tove Lindahl", iso
case("s11-greek-genitive", *m11("3 Μαρτίου 2015", "el"))
case("s11-greek-weekday", *m11("Τρίτη, 3 Μαρτίου 2015", "el"))
case("s11-greek-short", *m11("3 Μαρ 2015", "el"))
case("s11-greek-capitals", *m11("ΤΡΙΤΗ 3 ΜΑΡΤΙΟΥ 2015", "el"))
case("s11-greek-may", *m11("3 Μαΐου 2015", "el", "2015-05-03"))
case("s11-greek-august", *m11("3 Αυγούστου 2015", "el", "2015-08-03"))
case("s11-greek-september-capitals", *m11("3 ΣΕΠΤΕΜΒΡΙΟΥ 2015", "el", "2015-09-03"))
case("s11-austrian-jaenner", *m11("3. Jänner 2015", "de-AT", "2015-01-03"))
case("s11-danish-marts", *m11("tirsdag 3. marts 2015", "da"))
case("s11-portuguese-fev", *m11("3 fev 2015", "pt", "2015-02-03"))
case("s11-portuguese-set", *m11("3 set 2015", "pt", "2015-09-03"))
case("s11-portuguese-out", *m11("3 out 2015", "pt", "2015-10-03"))
case("s11-italian-set", *m11("3 set 2015", "it", "2015-09-03"))
case("s11-french-1er", *m11("1er mars 2015", "fr", "2015-03-01"))
case("s11-portuguese-1o", *m11("1º de março de 2015", "pt", "2015-03-01"))
case("s11-italian-1-degree", *m11("1° marzo 2015", "it", "2015-03-01"))
# An author box after the article, its heading "About the author" and a short sentence of bio: no byline (a closing bio
# names no author, annotations/pages/README.md); a post's footer line "Posted by <name> on <date in words>": the byline.
case("s11-about-the-author-box-only", layout9(D9, after="<div class='author-bio'><h3>About the author</h3><p><strong>Tove Lindahl</strong> "
  "covers the council.</p></div>"), None, "2015-03-03")
case("s11-posted-by-on-date-words-after-post", blog9("<p class='postmetadata'>Posted by Tove Lindahl on March 3, 2015</p>"), "Tove Lindahl", "2015-03-03")
# Greek bylines: the genitive "Του"/"Της" ("by") and "Γράφει η" ("writes").
case("s11-greek-tou", layout9("<p>Του Τόβε Λίνταλ</p><p class='date'>3 Μαρτίου 2015</p>", lang="el"), "Τόβε Λίνταλ", "2015-03-03")
case("s11-greek-grafei-i", layout9("<p>Γράφει η Ίνες Βάλε</p><p class='date'>3 Μαρτίου 2015</p>", lang="el"), "Ίνες Βάλε", "2015-03-03")
# A linked name alone beside a date line, with no byline markup (Medium-like and newsletter pages: a "Follow" control
# between them, or the date in the next box; the date in a <time> right after the link): the byline. An unlinked place
# beside the date, or a page control, is none.
case("s11-linked-name-follow-then-date", layout9("<div><div><a href='/@tl'>Tove Lindahl</a></div><div><button>Follow</button></div></div>"
  "<div><span>Mar 3, 2015</span><span>\u00b7</span><span>4 min read</span></div>"), "Tove Lindahl", "2015-03-03")
case("s11-linked-name-then-date-box", layout9("<div class='post-meta'><div class='profile'><a href='/p/tl'>Tove Lindahl</a></div>"
  "<div class='post-date'>Mar 3, 2015</div></div>"), "Tove Lindahl", "2015-03-03")
case("s11-linked-name-glued-time", layout9("<div><a href='/a/tl'>Tove Lindahl</a><time datetime='2015-03-03'>Mar 3, 2015</time></div>"),
  "Tove Lindahl", "2015-03-03", "Mar 3, 2015")
case("s11-place-beside-date-no-byline", layout9("<div class='loc'>Porto Alegre</div><div class='when'>March 3, 2015</div>"), None, "2015-03-03")
case("s11-control-beside-date-no-byline", layout9("<div><a href='#size'>Font Size</a></div><div class='when'>March 3, 2015</div>"), None, "2015-03-03")
# The editor after a comma ("Written by A, edited by B"); a dateline with its region before the byline ("LAGOS, Nigeria
# — By A"); co-authors' rel=author links each followed by a place, as the Guardian's contributor line sets them.
case("s11-written-by-comma-edited-by", layout9("<p>Written by Tove Lindahl, edited by Bram Okafor</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s11-dateline-with-region-before-byline", layout9("<p>LAGOS, Nigeria \u2014 By Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s11-rel-author-links-with-places", layout9("<address><a rel='author' href='/p/tl'>Tove Lindahl</a> in Oslo and <a rel='author' "
  "href='/p/bo'>Bram Okafor</a> in Lagos</address>" + D9), "Tove Lindahl and Bram Okafor", "2015-03-03")
# A Korean date ("2015년 3월 3일"); a meta line "By <name> | <date>" in a <footer> after the article's text; a German
# class word for the author ("verfasser").
case("s11-korean-date-words", month10("2015년 3월 3일", "ko"), "Tove Lindahl", "2015-03-03")
case("s11-meta-line-in-footer-after-body", layout9("", after="<footer><p>By Tove Lindahl | March 3, 2015</p></footer>"), "Tove Lindahl", "2015-03-03")
case("s11-class-verfasser", layout9("<span class='verfasser'>Tove Lindahl</span>" + D9, lang="de"), "Tove Lindahl", "2015-03-03")
# A classic WordPress theme's closing line, a sentence after the post ("This entry was posted [by <name>] on <weekday>,
# <month> <day>rd, <year> at <time> and is filed under <category>. You can follow ..."): its date, and its name the
# byline; "Written on <date> by <name>".
case("s11-this-entry-was-posted-on", blog9("<p class='postmetadata alt'><small>This entry was posted on Tuesday, March 3rd, 2015 at 10:05 am "
  "and is filed under <a href='/c/news'>News</a>. You can follow any responses to this entry through the RSS 2.0 feed.</small></p>"), None, "2015-03-03")
case("s11-this-entry-was-posted-by-on", blog9("<p class='postmetadata alt'><small>This entry was posted by Tove Lindahl on Tuesday, March "
  "3rd, 2015 at 10:05 am and is filed under <a href='/c/news'>News</a>.</small></p>"), "Tove Lindahl", "2015-03-03")
case("s11-written-on-date-by-name", layout9("<p>Written on March 3, 2015 by Tove Lindahl</p>"), "Tove Lindahl", "2015-03-03")
# Co-authors each with a place or a job after a comma ("Von A, Berlin, und B, Wien", "By A, Political Editor, and B,
# Economics Correspondent") or a place and a serial comma ("By A in Oslo, and B in Lagos"): the names alone. A job
# after the last of three names ("A, B, and C | Staff") stays as it was read (s9-three-names-serial-comma-bar-desk).
case("s11-german-names-comma-places-und", layout9("<p>Von Tove Lindahl, Berlin, und Bram Okafor, Wien</p>" + D9, lang="de"),
  "Tove Lindahl and Bram Okafor", "2015-03-03")
case("s11-names-each-with-job", layout9("<p>By Tove Lindahl, Political Editor, and Bram Okafor, Economics Correspondent</p>" + D9),
  "Tove Lindahl and Bram Okafor", "2015-03-03")
case("s11-names-places-serial-comma", layout9("<p>By Tove Lindahl in Oslo, and Bram Okafor in Lagos</p>" + D9),
  "Tove Lindahl and Bram Okafor", "2015-03-03")
# A linked name beside a day and a month without the year ("Mar 3 · 4 min read", a date of the current year when the
# page was made), the year in the metadata: the byline.
case("s11-linked-name-beside-yearless-date", layout9("<div><div><a href='/@tl'>Tove Lindahl</a></div><div><span>Mar 3</span><span>\u00b7</span>"
  "<span>4 min read</span></div></div>", head="<meta property='article:published_time' content='2015-03-03T10:00:00Z'>"), "Tove Lindahl", "2015-03-03")
case("s11-linked-name-beside-yearless-date-plain", layout9("<div><a href='/@tl'>Tove Lindahl</a></div><div>Mar 3</div>",
  head="<meta property='article:published_time' content='2015-03-03T10:00:00Z'>"), "Tove Lindahl", "2015-03-03")
# A name's link and a date with no space between them, the date as text after the link or in a span before it ("<a>
# Tove Lindahl</a>Mar 3, 2015", "<span>Mar 3, 2015</span><a>Tove Lindahl</a>"): the byline and the date.
case("s11-link-then-date-text-glued", layout9("<div class='meta'><a href='/@tl'>Tove Lindahl</a>Mar 3, 2015</div>"), "Tove Lindahl", "2015-03-03", "Mar 3, 2015")
case("s11-date-span-then-linked-name-glued", layout9("<div class='meta'><span>Mar 3, 2015</span><a href='/@tl'>Tove Lindahl</a></div>"),
  "Tove Lindahl", "2015-03-03", "Mar 3, 2015")
# A newsroom's name set apart from the name by style alone, before a section's or a job's word ("<span>By Tove
# Lindahl</span><span>TTC News</span>", "<span>Tove Lindahl</span><span>CourierFeed News Reporter</span>"): the name.
case("s11-byline-name-glued-acronym-news", layout9("<div class='byline'><span class='byline__name'>By Tove Lindahl</span>"
  "<span class='byline__title'>TTC News</span></div>" + D9), "Tove Lindahl", "2015-03-03")
case("s11-byline-name-glued-camelcase-newsroom-role", layout9("<div class='byline'><a class='byline__author' href='/tl'><span>Tove Lindahl</span>"
  "<span class='byline__subtitle'>CourierFeed News Reporter</span></a></div>" + D9), "Tove Lindahl", "2015-03-03")
# The writer and then the photographer in one line ("Text: A, Fotos: B"): the writer; "Автор:", "Yazar:" and "記者"
# before the name.
case("s11-text-and-fotos-labels", layout9("<p>Text: Tove Lindahl, Fotos: Bram Okafor</p>" + D9, lang="de"), "Tove Lindahl", "2015-03-03")
case("s11-russian-avtor-label", layout9("<p>Автор: Иван Сидоров</p><p class='date'>3 марта 2015</p>", lang="ru"), "Иван Сидоров", "2015-03-03")
case("s11-turkish-yazar-label", layout9("<p>Yazar: Tove Lindahl</p><p class='date'>3 Mart 2015</p>", lang="tr"), "Tove Lindahl", "2015-03-03")
case("s11-chinese-reporter-word", layout9("<p class='author'>記者 林小文</p><p class='date'>2015年3月3日</p>", lang="zh"), "林小文", "2015-03-03")
# Names that already read every author, an agency after them ("By A, B, Reuters"): the line as it is.
case("s11-two-names-comma-agency-kept", layout9("<p>By Tove Lindahl, Bram Okafor, Reuters</p>" + D9), "Tove Lindahl, Bram Okafor", "2015-03-03")
case("s11-dateline-agency-before-byline", layout9("<p>OSLO (TTC) \u2014 By Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
# A linked name and a date on two lines of one element ("<a>Tove Lindahl</a><br>March 3, 2015", either order): the
# byline; an unlinked line there may be a place ("Porto Alegre<br>March 3, 2015"): none.
case("s11-linked-name-br-date", layout9("<p><a href='/a/tl'>Tove Lindahl</a><br>March 3, 2015</p>"), "Tove Lindahl", "2015-03-03")
case("s11-date-br-linked-name", layout9("<p>March 3, 2015<br><a href='/a/tl'>Tove Lindahl</a></p>"), "Tove Lindahl", "2015-03-03")
case("s11-place-br-date-no-byline", layout9("<p>Porto Alegre<br>March 3, 2015</p>"), None, "2015-03-03")
# Session 12 (sixth round of issue 15: dates and titles). A numeric date that reads both ways, with a weekday before
# it that fits one reading alone ("Wed, 03/04/2015": 4 March 2015 was a Wednesday, 3 April a Friday), as Drupal's
# default format shows it: that reading, whatever the page's language says.
case("s12-drupal-submitted-weekday-month-first", layout9("<div class='submitted'>Submitted by <span class='username'>Wilma Brandt</span> "
  "on Wed, 03/04/2015 - 16:12</div>"), "Wilma Brandt", "2015-03-04")
case("s12-weekday-day-first-numeric", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>Wednesday 04/03/2015</p>"), "Wilma Brandt", "2015-03-04")
case("s12-weekday-fits-neither-no-date", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>Mon, 03/04/2015</p>"), "Wilma Brandt", None)
# A date in the page's address as eight digits between separators ("/20150303/", "-20150303-story.html"); a longer
# number there is an id.
case("s12-url-eight-digit-date-folder", layout9("<p class='byline'>By Wilma Brandt</p>",
  head="<link rel='canonical' href='https://courier.example/news/20150303/library-to-close'>"), "Wilma Brandt", "2015-03-03")
case("s12-url-eight-digit-date-story-suffix", layout9("<p class='byline'>By Wilma Brandt</p>",
  head="<meta property='og:url' content='https://courier.example/local/library-to-close-20150303-story.html'>"), "Wilma Brandt", "2015-03-03")
case("s12-url-long-number-no-date", layout9("<p class='byline'>By Wilma Brandt</p>",
  head="<link rel='canonical' href='https://courier.example/news/201503031234/library-to-close'>"), "Wilma Brandt", None)
# A first paragraph that opens with a place in capitals and the date, as press releases and wires do ("HARBOURTOWN,
# March 3, 2015 /Newswire/ --"): the date; a weekday in running text before a date is no dateline.
def opening12(opening): return layout9("<p class='byline'>By Wilma Brandt</p>").replace("<p>The council voted", "<p>" + opening + " The council voted", 1)
case("s12-press-release-place-date-service", opening12("HARBOURTOWN, March 3, 2015 /Newswire/ --"), "Wilma Brandt", "2015-03-03")
case("s12-dateline-place-region-date-dash", opening12("NEW HAVEN, Conn., March 3, 2015 \u2014"), "Wilma Brandt", "2015-03-03")
case("s12-weekday-before-date-in-text-no-date", opening12("On Tuesday, March 3, 2015 \u2014"), "Wilma Brandt", None)
# A closing line that says when the piece ran, a sentence with its full stop: the date.
case("s12-closing-this-article-was-published-on", layout9("<p class='byline'>By Wilma Brandt</p>",
  after="<p>This article was published on March 3, 2015.</p>"), "Wilma Brandt", "2015-03-03")
case("s12-closing-story-originally-published", layout9("<p class='byline'>By Wilma Brandt</p>").replace(P, P + "<p><em>This story was originally published on March 3, 2015.</em></p>"),
  "Wilma Brandt", "2015-03-03")
# A date element that scripts fill in, empty in the page, its date in a data attribute, after the byline in one line
# ("by <a>Jane Roe</a> | <span class=entry-meta__time data-date=...></span>"): the date, the byline still the name.
case("s12-script-date-after-byline-span", layout9("<p class='entry-meta'><span class='entry-meta__author'>by <a href='/a/wb'>Wilma Brandt</a></span> | "
  "<span class='entry-meta__time' data-date='2015-03-03T06:00:00-07:00'></span></p>"), "Wilma Brandt", "2015-03-03")
case("s12-script-date-after-byline-text", layout9("<p class='meta'>By <a href='/a/wb'>Wilma Brandt</a> | <span class='date' data-date='2015-03-03T06:00:00-07:00'></span></p>"),
  "Wilma Brandt", "2015-03-03")
case("s12-empty-time-after-byline-text", layout9("<p class='meta'>By <a href='/a/wb'>Wilma Brandt</a> | <time datetime='2015-03-03T06:00:00-07:00'></time></p>"),
  "Wilma Brandt", "2015-03-03")
# The <title> with the site's name or a section first, set apart by a bar or guillemets, which headlines seldom hold
# ("The Town Courier | Headline", "The Town Courier » Local » Headline"), on a page whose headline is in no heading
# ("<div class=hed>"): the headline is the last part, and the block that shows it is the headline, under which the
# byline and the date stand.
T12 = "Library on Mill Street to close"
def plainhed12(page_title, header="<p class='byline'>By Wilma Brandt</p>" + D9):
    return (layout9(header, title=T12).replace("<h1 class='headline'>" + T12 + "</h1>", "<div class='hed'>" + T12 + "</div>")
            .replace("<title>" + T12 + " - The Town Courier</title>", "<title>" + page_title + "</title>"))
case("s12-title-site-first-bar-headline-in-div", plainhed12("The Town Courier | " + T12), "Wilma Brandt", "2015-03-03", title=T12)
case("s12-title-breadcrumb-guillemets-headline-in-div", plainhed12("The Town Courier \u00bb Local \u00bb " + T12), "Wilma Brandt", "2015-03-03", title=T12)
case("s12-title-section-bar-headline-in-div", plainhed12("Local | " + T12), "Wilma Brandt", "2015-03-03", title=T12)
case("s12-title-headline-bar-site-headline-in-div", plainhed12(T12 + " | The Town Courier"), "Wilma Brandt", "2015-03-03", title=T12)
# A section's name or a kicker before the date in one line above the headline, as magazine themes set them ("<a
# href=/c/transport>Transport</a> | March 3, 2015"), marked by a class we do not know or not at all: the date; the same
# line in a list item above the headline is another story's.
case("s12-kicker-link-bar-date-above-headline", layout9("<p class='byline'>By Wilma Brandt</p>",
  above="<div class='top-meta'><a href='/c/transport'>Transport</a> | March 3, 2015</div>"), "Wilma Brandt", "2015-03-03")
case("s12-kicker-span-date-above-headline", layout9("<p class='byline'>By Wilma Brandt</p>",
  above="<div><a href='/c/transport'>Transport</a> <span class='posted-on'>March 3, 2015</span></div>"), "Wilma Brandt", "2015-03-03")
case("s12-kicker-date-in-list-item-above-headline", layout9("<p class='byline'>By Wilma Brandt</p>",
  above="<ul class='latest'><li><a href='/x'>Bridge works</a> <time datetime='2015-02-20'>Feb 20, 2015</time></li></ul>"), "Wilma Brandt", None)
# A short first paragraph, a sentence that names a day ("On March 3, 2015, the board met."), tells of the day, not of
# the article's publication: no date.
case("s12-short-sentence-with-date-no-date", layout9("<p class='byline'>By Wilma Brandt</p>").replace("<div class='story-text'>",
  "<div class='story-text'><p>On March 3, 2015, the council met in the hall.</p>", 1), "Wilma Brandt", None)
# The date inside the headline's element after the headline, on a line of its own or in date markup: the headline alone
# and the date.
case("s12-date-after-br-in-headline", layout9("<p class='byline'>By Wilma Brandt</p>", title=T12).replace(
  "<h1 class='headline'>" + T12 + "</h1>", "<h1 class='headline'>" + T12 + "<br><small>March 3, 2015</small></h1>"), "Wilma Brandt", "2015-03-03", title=T12)
case("s12-date-span-in-headline", layout9("<p class='byline'>By Wilma Brandt</p>", title=T12).replace(
  "<h1 class='headline'>" + T12 + "</h1>", "<h1 class='headline'>" + T12 + " <span class='date'>March 3, 2015</span></h1>"), "Wilma Brandt", "2015-03-03", title=T12)
# A date element that is a block of its own, a relative time shown and the date in a data attribute, in numbers or in
# words ("<div class=date data-datetime='3 March 2015'>2 hours ago</div>"): the date.
case("s12-block-date-data-datetime-iso", layout9("<p class='byline'>By Wilma Brandt</p><div class='date' data-datetime='2015-03-03T16:12:00Z'>2 hours ago</div>"),
  "Wilma Brandt", "2015-03-03")
case("s12-block-date-data-datetime-words", layout9("<p class='byline'>By Wilma Brandt</p><div class='date relative-time' data-datetime='3 March 2015'>2 hours ago</div>"),
  "Wilma Brandt", "2015-03-03")
case("s12-inline-date-data-datetime-words", layout9("<p class='byline'>By Wilma Brandt</p><p><span class='date' data-datetime='3 March 2015'>2 hours ago</span></p>"),
  "Wilma Brandt", "2015-03-03")
# A post's excerpt under its headline, as Ghost's themes show it ("<p class=article-excerpt>"): the standfirst, not the
# body's first paragraph.
case("s12-ghost-article-excerpt-standfirst", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Library on Mill Street to close</title></head>"
  "<body><header class='gh-head'><a href='/'>Town Notes</a></header><main class='site-main'><article class='article post'>"
  "<header class='article-header gh-canvas'><h1 class='article-title'>Library on Mill Street to close</h1>"
  "<p class='article-excerpt'>The town's oldest library shuts its doors in May.</p><div class='article-byline-meta'>"
  "<time class='byline-meta-date' datetime='2015-03-03'>Mar 3, 2015</time></div></header>"
  "<section class='gh-content gh-canvas'>" + P + "</section></article></main></body></html>",
  None, "2015-03-03", subtitle="The town's oldest library shuts its doors in May.")
# An address with the year and the month as folders and a name that opens with the same year's two last digits, the
# month and the day ("/2015/03/150303-library-to-close"): that day; other digits there are no date.
case("s12-url-year-month-folders-yymmdd-name", layout9("<p class='byline'>By Wilma Brandt</p>",
  head="<link rel='canonical' href='https://courier.example/local/2015/03/150303-library-to-close/'>"), "Wilma Brandt", "2015-03-03")
case("s12-url-year-month-folders-other-number-no-day", layout9("<p class='byline'>By Wilma Brandt</p>",
  head="<link rel='canonical' href='https://courier.example/local/2015/03/160303-library-to-close/'>"), "Wilma Brandt", None)
# Thirteenth round (session 11): invented pages of patterns that unseen pages showed and the rules missed.
# Two authors joined by "with" ("By Jane Roe with John Doe"): both names; an agency or words after "with" stay out.
case("s13-by-name-with-name", layout9("<p class='byline'>By Wilma Brandt with Oskar Lund</p>" + D9), "Wilma Brandt with Oskar Lund", "2015-03-03")
case("s13-by-linked-names-with", layout9("<div class='byline'>By <a href='/staff/wilma-brandt'>Wilma Brandt</a> with "
  "<a href='/staff/oskar-lund'>Oskar Lund</a></div>" + D9), "Wilma Brandt with Oskar Lund", "2015-03-03")
case("s13-by-name-with-words-stays-one", layout9("<p class='byline'>By Wilma Brandt with additional reporting</p>" + D9), "Wilma Brandt", "2015-03-03")
# Numeric dates with a two-digit year and slashes ("3/4/15"), the American form: month first when both fit, on a
# page in English with no region or no language; the day first on a page whose language writes it so.
case("s13-two-digit-year-en", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>3/4/15</p>"), "Wilma Brandt", "2015-03-04")
case("s13-two-digit-year-no-lang", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>3/4/15</p>", lang=""), "Wilma Brandt", "2015-03-04")
case("s13-two-digit-year-time-en", layout9("<p class='byline'>By Wilma Brandt</p><span class='timestamp'>3/4/15 10:12 AM</span>"), "Wilma Brandt", "2015-03-04")
case("s13-two-digit-year-time-element", layout9("<p class='byline'>By Wilma Brandt</p><time>3/4/15</time>"), "Wilma Brandt", "2015-03-04")
case("s13-posted-two-digit-year-line", layout9("<p class='byline'>By Wilma Brandt</p><p>Posted 3/4/15</p>"), "Wilma Brandt", "2015-03-04")
case("s13-posted-two-digit-year-by-us", layout9("<p>Posted 3/4/15 by Wilma Brandt</p>", lang="en-US"), "Wilma Brandt", "2015-03-04")
case("s13-posted-two-digit-year-by-gb", layout9("<p>Posted 3/4/15 by Wilma Brandt</p>", lang="en-GB"), "Wilma Brandt", "2015-04-03")
case("s13-posted-two-digit-year-unambiguous-by", layout9("<p>Posted 3/17/15 by Wilma Brandt</p>"), "Wilma Brandt", "2015-03-17")
case("s13-by-name-bar-two-digit-year", layout9("<p class='meta'>By Wilma Brandt | 3/4/15</p>"), "Wilma Brandt", "2015-03-04")
case("s13-published-updated-two-digit-years", layout9("<p class='meta'>By Wilma Brandt</p><p>Published 3/4/15 | Updated 3/5/15</p>", lang="en-US"), "Wilma Brandt", "2015-03-04")
case("s13-two-digit-year-in-text-no-date", layout9("<p class='byline'>By Wilma Brandt</p>").replace("<p>The council voted", "<p>The vote of 3/4/15 was close. The council voted", 1), "Wilma Brandt", None)
# Pages with no headline element: the title from the <title>, less the site's name before a colon when it is the
# site's ("The Town Courier: Headline"), less a section's name between the headline and the site's ("Headline |
# Local News | The Town Courier"); a logo's <h1> that is the site's name alone is no headline.
def shell13(body, head="", title="Library on Mill Street to close | The Town Courier"):
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<div class='site-header'><a href='/'>The Town Courier</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></div>"
            f"{body}<div class='site-footer'>&copy; 2015 The Town Courier. All rights reserved.</div></body></html>")
T13 = "Library on Mill Street to close"
case("s13-title-site-colon-headline", shell13("<div class='content'>" + P + "</div>", title="The Town Courier: " + T13,
  head="<meta property='og:site_name' content='The Town Courier'>"), None, None, title=T13)
case("s13-title-other-words-colon-headline-stays", shell13("<div class='content'>" + P + "</div>", title="Budget row: " + T13,
  head="<meta property='og:site_name' content='The Town Courier'>"), None, None, title="Budget row: " + T13)
case("s13-title-headline-bar-section-bar-site", shell13("<div class='content'>" + P + "</div>", title=T13 + " | Local News | The Town Courier"), None, None, title=T13)
case("s13-title-headline-dash-section-dash-site", shell13("<div class='content'>" + P + "</div>", title=T13 + " - Local News - The Town Courier"), None, None, title=T13)
case("s13-title-logo-h1-site-name", shell13("<h1 class='logo'><a href='/'>The Town Courier</a></h1><div class='content'>" + P + "</div>",
  title=T13 + " | Local News | The Town Courier"), None, None, title=T13)
case("s13-title-logo-h1-og-site-name", shell13("<h1 class='site-title'>Town Courier</h1><div class='content'>" + P + "</div>",
  title=T13, head="<meta property='og:site_name' content='Town Courier'>"), None, None, title=T13)
case("s13-title-h1-headline-stays", shell13("<h1>" + T13 + "</h1><div class='content'>" + P + "</div>",
  title="The Town Courier"), None, None, title=T13)
case("s13-title-site-first-h1-headline-stays", shell13("<h1>Fire at the mill</h1><div class='content'>" + P + "</div>",
  title="The Town Courier | Fire at the mill"), None, None, title="Fire at the mill")
# BLOX (TownNews) pages: the headline, byline and date inside "asset-masthead" (a furniture word), the byline in a
# list item ("<ul class='list-inline asset-byline'><li><span class='tnt-byline'>By ...</span></li></ul>"): the
# byline and the date of the furniture-named markup that holds the headline are the header's.
def blox13(by, date="<ul class='list-inline'><li class='hidden-print'><time datetime='2015-03-03T06:00:00-05:00' class='tnt-date asset-date text-muted'>Mar 3, 2015</time></li></ul>"):
    return shell13("<div class='asset-masthead'><h1 class='headline'><span class='tnt-headline'>" + T13 + "</span></h1>" + by + date +
                   "</div><div class='asset-content' itemprop='articleBody'><div id='article-body'>" + P + "</div></div>")
case("s13-blox-byline-list-item-role", blox13("<ul class='list-inline asset-byline'><li><span itemprop='author' class='tnt-byline'>By "
  "<a href='/users/profile/wbrandt' rel='author'>Wilma Brandt</a> Staff Writer</span></li></ul>"), "Wilma Brandt", "2015-03-03")
case("s13-blox-byline-plain-list-item", blox13("<ul class='list-inline'><li>By Wilma Brandt</li></ul>"), "Wilma Brandt", "2015-03-03")
case("s13-masthead-share-list-no-byline", blox13("<ul class='list-inline share'><li><a href='/s/fb'>Facebook</a></li><li><a href='/s/tw'>Twitter</a></li></ul>"), None, "2015-03-03")
# Wix blog posts: the poster's name in data-hook=user-name.
case("s13-wix-user-name-data-hook", shell13("<main><article data-hook='post'><div data-hook='post-header'><div><span data-hook='user-name' class='user-name'>Wilma Brandt</span>"
  "<span data-hook='time-ago' class='post-metadata__date time-ago' title='Mar 3, 2015'>Mar 3, 2015</span><span data-hook='time-to-read'>2 min read</span></div></div>"
  "<h1 data-hook='post-title' class='post-title'>" + T13 + "</h1><div data-hook='post-description'><div class='post-content__body'>" + P + "</div></div></article></main>"), "Wilma Brandt", "2015-03-03")
case("s13-wix-user-name-linked", shell13("<main><article><div><a href='/profile/wilma-brandt/profile' data-hook='avatar-image'><img alt='' src='/a.jpg'></a>"
  "<a href='/profile/wilma-brandt/profile'><span data-hook='user-name'>Wilma Brandt</span></a><ul><li><span data-hook='time-ago' title='Mar 3, 2015'>Mar 3, 2015</span></li>"
  "<li><span data-hook='time-to-read'>2 min read</span></li></ul></div><h1 data-hook='post-title'>" + T13 + "</h1><section data-hook='post-description'>" + P + "</section></article></main>"), "Wilma Brandt", "2015-03-03")
case("s13-username-sign-in-in-site-header-no-byline", shell13("<div class='account'><span class='username'>Sign in</span></div><article><h1>" + T13 + "</h1>"
  "<p class='date'>March 3, 2015</p><div class='body'>" + P + "</div></article>"), None, "2015-03-03")
# A date shown as badges, the day, the month and the year each in a block of its own inside date markup: the date
# they make (between the headline and the body, or in the blog's date box above the post's title).
case("s13-date-badges-blocks-under-headline", layout9("<div class='entry-date'><div class='date-day'>03</div><div class='date-month'>Mar</div>"
  "<div class='date-year'>2015</div></div><p class='byline'>By Wilma Brandt</p>"), "Wilma Brandt", "2015-03-03", "03 Mar 2015")
case("s13-date-badges-blocks-above-headline", blog9().replace("<h2 class='post-title'>", "<div class='post-date'><p class='month'>Mar</p>"
  "<p class='day'>3</p><p class='year'>2015</p></div><h2 class='post-title'>", 1), None, "2015-03-03")
case("s13-date-badges-blocks-no-year-no-date", layout9("<div class='entry-date'><div class='date-day'>03</div><div class='date-month'>Mar</div></div>"
  "<p class='byline'>By Wilma Brandt</p>"), "Wilma Brandt", None)
case("s13-counter-blocks-no-date", layout9("<div class='stats'><div>03</div><div>Mar</div><div>2015</div></div>"
  "<p class='byline'>By Wilma Brandt</p>"), "Wilma Brandt", None)
# A link to the author's page that shows no name (an avatar, "View all posts"), the name only in its address
# ("/author/wilma-brandt/"), between the headline and the body: the name, from the address.
case("s13-author-address-avatar-link", layout9("<div class='post-meta'><a href='/author/wilma-brandt/' class='author-avatar'><img src='/a.jpg' alt=''></a> "
  "<span class='date'>March 3, 2015</span></div>"), "Wilma Brandt", "2015-03-03")
case("s13-author-address-view-all-posts", layout9("<div class='post-meta'><span class='date'>March 3, 2015</span> <a href='/author/wilma-brandt/'>View all posts</a></div>"),
  "Wilma Brandt", "2015-03-03")
case("s13-author-address-avatar-right-before-body", layout9("<p class='date'>March 3, 2015</p><div class='avatar'><a href='https://courier.example/authors/wilma-j-brandt'><img src='/a.jpg' alt=''></a></div>"),
  "Wilma J Brandt", "2015-03-03")
case("s13-author-address-and-meta-author", layout9("<div class='post-meta'><a href='/author/wilma-brandt/'><img src='/a.jpg' alt=''></a> <span class='date'>March 3, 2015</span></div>",
  head="<meta name='author' content='Wilma Brandt'>"), "Wilma Brandt", "2015-03-03")
case("s13-author-address-one-word-no-byline", layout9("<div class='post-meta'><a href='/author/admin/'><img src='/a.jpg' alt=''></a> <span class='date'>March 3, 2015</span></div>"),
  None, "2015-03-03")
case("s13-author-address-desk-no-byline", layout9("<div class='post-meta'><a href='/author/staff-reports/'><img src='/a.jpg' alt=''></a> <span class='date'>March 3, 2015</span></div>"),
  None, "2015-03-03")
case("s13-author-address-in-sidebar-no-byline", layout9(D9).replace("<h3>Most read</h3>", "<h3>Most read</h3><a href='/author/oskar-lund/'><img src='/b.jpg' alt=''></a>"),
  None, "2015-03-03")
case("s13-author-address-deeper-page-no-byline", layout9("<div class='post-meta'><a href='/author/wilma-brandt/page/2/'>More</a> <span class='date'>March 3, 2015</span></div>"),
  None, "2015-03-03")
# Dates under labels in blocks of their own, the update's first ("<div>Updated</div><div>Mar 5, 2015</div>
# <div>Published</div><div>Mar 3, 2015</div>"): the publication's date; a label alone is no paragraph.
case("s13-update-and-published-label-blocks", layout9("<p class='byline'>By Wilma Brandt</p><div class='dates'><div>Updated</div><div>Mar 5, 2015</div>"
  "<div>Published</div><div>Mar 3, 2015</div></div>"), "Wilma Brandt", "2015-03-03", "Mar 3, 2015")
case("s13-last-updated-label-block-and-date-line", layout9("<p class='byline'>By Wilma Brandt</p><div class='dates'><div>Last updated:</div><div>Mar 5, 2015</div>"
  "<div>March 3, 2015</div></div>"), "Wilma Brandt", "2015-03-03", "March 3, 2015")
case("s13-update-label-block-alone", layout9("<p class='byline'>By Wilma Brandt</p><div class='dates'><div>Updated</div><div>Mar 5, 2015</div></div>"),
  "Wilma Brandt", "2015-03-05")
# A theme's meta line read whole, the comment link's words after the name ("March 3, 2015 By Jane Roe Leave a Comment").
case("s13-date-by-name-leave-a-comment", layout9("<p class='entry-meta'>March 3, 2015 By Wilma Brandt Leave a Comment</p>"), "Wilma Brandt", "2015-03-03")
case("s13-by-name-share-this", layout9("<p class='byline'>By Wilma Brandt Share this article</p>" + D9), "Wilma Brandt", "2015-03-03")
# A meta line with the reading time as a count of minutes alone between dots (Hugo's themes: "March 3, 2015 · 3 min ·
# Jane Roe"), and a lower-case "by" line whose name runs into "on" and the date.
case("s13-date-minutes-name-dots", layout9("<div class='post-meta'><span title='2015-03-03 00:00:00 +0000 UTC'>March 3, 2015</span>&nbsp;&middot;&nbsp;3 min"
  "&nbsp;&middot;&nbsp;Wilma Brandt</div>"), "Wilma Brandt", "2015-03-03")
case("s13-by-lower-name-on-date", layout9("<p class='meta'>by Wilma Brandt on March 3, 2015</p>"), "Wilma Brandt", "2015-03-03")
# More <title> forms on pages with no headline element: WordPress's "Headline « Blog", "Headline / Site", a site's
# tagline after its name ("Headline | Site - Local news for Millbrook"), a section between dashes ("Headline – Local –
# Site"), three short parts ("Headline | Local | News | Site"); og:title with the site's name after a bar. A part in
# lower case before the site's stays ("Headline - live updates | Site").
def ti13(page_title, head="<meta property='og:site_name' content='The Town Courier'>"):
    return shell13("<div class='content'>" + P + "</div>", title=page_title, head=head)
case("s13-title-guillemet-blog", ti13(T13 + " \u00ab The Town Courier"), None, None, title=T13)
case("s13-title-slash-site", ti13(T13 + " / The Town Courier"), None, None, title=T13)
case("s13-title-site-then-tagline", ti13(T13 + " | The Town Courier - Local news for Millbrook"), None, None, title=T13)
case("s13-title-section-between-en-dashes", ti13(T13 + " \u2013 Local \u2013 The Town Courier"), None, None, title=T13)
case("s13-title-three-short-parts", ti13(T13 + " | Local | News | The Town Courier"), None, None, title=T13)
case("s13-title-lower-case-part-stays", ti13(T13 + " - live updates | The Town Courier"), None, None, title=T13 + " - live updates")
case("s13-og-title-bar-site-name", ti13("The Town Courier", head="<meta property='og:title' content='" + T13 + " | The Town Courier'>"), None, None, title=T13)
case("s13-og-title-bar-other-words-stay", ti13("The Town Courier", head="<meta property='og:title' content='" + T13 + " | Video'>"), None, None, title=T13 + " | Video")
# Bylines with the paper or a role after the names and no comma: names in capitals then the paper's name in the case
# of words ("By JANE ROE Courier Staff Writer", as BLOX sites print it); the site's name of two words or more after the
# names ("By Jane Roe Town Courier Reporter"); the paper after a role ("By Jane Roe, Senior Editor, The Town
# Courier"); a role after a bar or a slash. A surname that is a word of the site's name stays.
case("s13-caps-name-then-paper-role", layout9("<p class='byline'>By WILMA BRANDT Courier Staff Writer</p>" + D9), "WILMA BRANDT", "2015-03-03")
case("s13-name-then-site-name-role", layout9("<p class='byline'>By Wilma Brandt Town Courier Reporter</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-name-role-comma-paper", layout9("<p class='byline'>By Wilma Brandt, Senior Editor, The Town Courier</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-surname-word-of-site-stays", layout9("<p class='byline'>By Wilma Courier</p>" + D9), "Wilma Courier", "2015-03-03")
case("s13-by-name-bar-role-plain-p", layout9("<p>By Wilma Brandt\u00a0 | \u00a0Staff writer</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-name-bar-role-plain-p", layout9("<p>Wilma Brandt | Staff Writer</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-name-comma-role-plain-p", layout9("<p>Wilma Brandt, Correspondent</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-name-slash-role-plain-p", layout9("<p>Wilma Brandt / Staff Reporter</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-name-comma-expert-role-no-byline", layout9("<p>Wilma Brandt, Senior Analyst</p>" + D9), None, "2015-03-03")
# "Contributed by", "Guest post by" before the names.
case("s13-contributed-by", layout9("<p class='byline'>Contributed by Wilma Brandt</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-guest-post-by", layout9("<p class='byline'>Guest post by Wilma Brandt</p>" + D9), "Wilma Brandt", "2015-03-03")
# A relative time whose title is the date ("<span class='time-ago' title='March 3, 2015'>2 years ago</span>"), after the
# byline in an unmarked line: the byline and the date. A post's footer with its date and a count of Tumblr's notes.
case("s13-by-name-relative-time-title", layout9("<div class='meta'>By Wilma Brandt <span class='ago' title='March 3, 2015'>2 years ago</span></div>"),
  "Wilma Brandt", "2015-03-03")
case("s13-time-ago-class-title-date", layout9("<p class='byline'>By Wilma Brandt</p><p><span class='time-ago' title='2015-03-03T10:12:00Z'>2 years ago</span></p>"),
  "Wilma Brandt", "2015-03-03")
case("s13-ago-class-title-words-no-date", layout9("<p class='byline'>By Wilma Brandt</p><p><span class='ago' title='two years'>2 years ago</span></p>"),
  "Wilma Brandt", None)
case("s13-posted-on-and-notes-count", layout9("<div class='post-meta'><a href='/post/123'>Posted on March 3, 2015</a> &middot; "
  "<a href='/post/123#notes'>12 notes</a></div>"), None, "2015-03-03")
# Readers' comments after the article carry their authors' names and dates: no byline or date of the article.
case("s13-comment-author-after-body-no-byline", layout9(D9, after="<div class='comments'><div class='comment'><span class='author'>Oskar Lund</span> "
  "<span class='date'>March 5, 2015</span><p>Sad to see it go after all these years.</p></div></div>"), None, "2015-03-03")
case("s13-comment-posted-by-after-body-no-byline", layout9(D9, after="<div id='comments'><p>Posted by Oskar Lund on March 5, 2015</p>"
  "<p>Sad to see it go after all these years.</p></div>"), None, "2015-03-03")
case("s13-posted-by-before-comments-stays", layout9(D9, after="<p class='postmeta'>Posted by Wilma Brandt</p><div class='comments'><div class='comment'>"
  "<span class='author'>Oskar Lund</span><p>Sad to see it go after all these years.</p></div></div>"), "Wilma Brandt", "2015-03-03")
# The metadata's numeric date whose day and month both fit either way ("3/4/2015"), read in the page's language's
# order; with no region, none.
case("s13-meta-date-ambiguous-en-us", layout9("<p class='byline'>By Wilma Brandt</p>", head="<meta name='date' content='3/4/2015'>", lang="en-US"), "Wilma Brandt", "2015-03-04")
case("s13-meta-date-ambiguous-en-gb", layout9("<p class='byline'>By Wilma Brandt</p>", head="<meta name='date' content='3/4/2015'>", lang="en-GB"), "Wilma Brandt", "2015-04-03")
case("s13-meta-date-ambiguous-en-none", layout9("<p class='byline'>By Wilma Brandt</p>", head="<meta name='date' content='3/4/2015'>"), "Wilma Brandt", None)
# A JSON-LD author that is an organisation alone (the site, a newsroom) names no person: no byline, even where the page
# shows the name; the page's <meta name=author> person still is.
def shown13(head, shown): return layout9(D9, head=head).replace("</div></div><div class='col-side'>", "</div>" + shown + "</div><div class='col-side'>", 1)
case("s13-jsonld-organization-author-shown-no-byline", shown13(ld({"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Organization","name":"The Town Courier"}}),
  "<p>The Town Courier</p>"), None, "2015-03-03")
case("s13-jsonld-organization-author-meta-person", shown13(ld({"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"Courier Newsroom"}})
  + "<meta name='author' content='Wilma Brandt'>", "<div class='author-card'><p>Wilma Brandt</p></div>"), "Wilma Brandt", "2015-03-03")
case("s13-author-address-percent-20", layout9("<div class='post-meta'><a href='//courier.example/author/Wilma%20Brandt/'><img src='/a.jpg' alt=''></a> "
  "<span class='date'>March 3, 2015</span></div>"), "Wilma Brandt", "2015-03-03")
# A two-digit year in the dashed form with the month in words ("04-Mar-15"); a score or a range after a word is none.
case("s13-dashed-month-word-two-digit-year", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>04-Mar-15</p>"), "Wilma Brandt", "2015-03-04")
case("s13-dashed-month-word-two-digit-year-time", layout9("<p class='byline'>By Wilma Brandt</p><p>Posted: 04-Mar-15 10:12</p>"), "Wilma Brandt", "2015-03-04")
case("s13-word-dash-two-digits-no-date", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>Route A-12</p>"), "Wilma Brandt", None)
# Byline prefixes of more languages ("Publié par", "Texte :", "Geschrieben von", "Escrito por", "Scritto da") and a
# newsroom after the names ("Por Jane Roe, da Redação").
case("s13-french-publie-par", layout9("<p class='byline'>Publié par Wilma Brandt</p><p class='date'>3 mars 2015</p>", lang="fr"), "Wilma Brandt", "2015-03-03")
case("s13-french-texte-colon", layout9("<p class='byline'>Texte : Wilma Brandt</p><p class='date'>3 mars 2015</p>", lang="fr"), "Wilma Brandt", "2015-03-03")
case("s13-german-geschrieben-von", layout9("<p class='byline'>Geschrieben von Wilma Brandt</p><p class='date'>3. März 2015</p>", lang="de"), "Wilma Brandt", "2015-03-03")
case("s13-spanish-escrito-por", layout9("<p class='byline'>Escrito por Wilma Brandt</p><p class='date'>3 de marzo de 2015</p>", lang="es"), "Wilma Brandt", "2015-03-03")
case("s13-italian-scritto-da", layout9("<p class='byline'>Scritto da Wilma Brandt</p><p class='date'>3 marzo 2015</p>", lang="it"), "Wilma Brandt", "2015-03-03")
case("s13-portuguese-da-redacao", layout9("<p class='byline'>Por Wilma Brandt, da Redação</p><p class='date'>3 de março de 2015</p>", lang="pt"), "Wilma Brandt", "2015-03-03")
# "By Jane Roe, with John Doe": the co-author after a comma and "with"; an agency there stays out.
case("s13-by-name-comma-with-name", layout9("<p class='byline'>By Wilma Brandt, with Oskar Lund</p>" + D9), "Wilma Brandt, with Oskar Lund", "2015-03-03")
case("s13-by-name-comma-with-agency", layout9("<p class='byline'>By Wilma Brandt, with The Associated Press</p>" + D9), "Wilma Brandt", "2015-03-03")
# A date in brackets after the byline ("By Jane Roe (March 3, 2015)") or after a press release's place
# ("HARBOURTOWN, Ohio (March 3, 2015) -- ..."): the date.
case("s13-by-name-date-in-brackets", layout9("<p class='byline'>By Wilma Brandt (March 3, 2015)</p>"), "Wilma Brandt", "2015-03-03", "March 3, 2015")
case("s13-press-release-place-date-in-brackets", layout9("").replace("<p>The council voted", "<p>MILLBROOK, Ohio (March 3, 2015) \u2014 The council voted", 1), None, "2015-03-03")
case("s13-date-in-brackets-in-sentence-no-date", layout9("").replace("<p>The council voted", "<p>The council (March 3, 2015) voted", 1), None, None)
# The author's page under /by/ or /staff/ (a picture link, no name shown): the name from the address too.
case("s13-author-address-by-folder", layout9("<div class='post-meta'><a href='/by/wilma-brandt'><img src='/a.jpg' alt=''></a> <span class='date'>March 3, 2015</span></div>"),
  "Wilma Brandt", "2015-03-03")
case("s13-author-address-staff-folder", layout9("<div class='post-meta'><a href='https://courier.example/staff/wilma-brandt/'><img src='/a.jpg' alt=''></a> "
  "<span class='date'>March 3, 2015</span></div>"), "Wilma Brandt", "2015-03-03")
case("s13-author-address-staff-number-no-byline", layout9("<div class='post-meta'><a href='/staff/123/'><img src='/a.jpg' alt=''></a> <span class='date'>March 3, 2015</span></div>"),
  None, "2015-03-03")
# A degree with points inside after the name ("By Jane Roe, Ph.D."): a byline, without the degree.
case("s13-by-name-comma-degree-plain-p", layout9("<p>By Wilma Brandt, Ph.D.</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-sentence-ending-in-abbreviation-no-byline", layout9("<p>By then the vote was over, said the U.S.</p>" + D9), None, "2015-03-03")
# Names, a comma and the site's own name under the headline, no "By" ("Jane Roe, The Town Courier"): the byline.
case("s13-name-comma-site-name-plain-p", layout9("<p>Wilma Brandt, The Town Courier</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s13-place-comma-other-words-no-byline", layout9("<p>Mill Street, Millbrook Town Centre</p>" + D9), None, "2015-03-03")
# A year shortened to two digits after an apostrophe ("March 4, '15", "4 March ’15"): the date; "Spring '15" names
# no day.
case("s14-apostrophe-year-us", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>March 4, '15</p>"), "Wilma Brandt", "2015-03-04", "March 4, '15")
case("s14-apostrophe-year-curly-day-first", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>4 March \u201915</p>", lang="en-GB"), "Wilma Brandt", "2015-03-04")
case("s14-by-name-comma-apostrophe-year", layout9("<p class='byline'>By Wilma Brandt, March 4, '15</p>"), "Wilma Brandt", "2015-03-04")
case("s14-season-apostrophe-year-no-date", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>Spring '15 issue</p>"), "Wilma Brandt", None)
# Update and publication labels of other languages side by side, the update first ("Aktualisiert am 04.03.2015 ·
# Veröffentlicht am 03.03.2015"): the publication's date.
case("s14-german-aktualisiert-then-veroeffentlicht", layout9("<p class='byline'>Von Wilma Brandt</p><p class='date'>Aktualisiert am 04.03.2015, 09:00 Uhr \u00b7 Ver\u00f6ffentlicht am 03.03.2015</p>", lang="de"), "Wilma Brandt", "2015-03-03")
case("s14-turkish-guncelleme-then-yayinlanma", layout9("<p class='byline'>Wilma Brandt</p><p class='date'>G\u00fcncelleme: 04.03.2015 09:00 | Yay\u0131nlanma: 03.03.2015 10:15</p>", lang="tr"), "Wilma Brandt", "2015-03-03")
case("s14-dutch-bijgewerkt-then-gepubliceerd", layout9("<p class='byline'>Door Wilma Brandt</p><p class='date'>Bijgewerkt 4 maart 2015 | Gepubliceerd 3 maart 2015</p>", lang="nl"), "Wilma Brandt", "2015-03-03")
case("s14-swedish-uppdaterad-then-publicerad", layout9("<p class='byline'>Av Wilma Brandt</p><p class='date'>Uppdaterad 4 mars 2015 | Publicerad 3 mars 2015</p>", lang="sv"), "Wilma Brandt", "2015-03-03")
case("s14-polish-aktualizacja-then-opublikowano", layout9("<p class='byline'>Wilma Brandt</p><p class='date'>Aktualizacja: 4 marca 2015 | Opublikowano: 3 marca 2015</p>", lang="pl"), "Wilma Brandt", "2015-03-03")
# Dates only in metadata of other shapes: Parse.ly's older record (<meta name="parsely-page" content='{"pub_date": ...}'>),
# a Unix time as a JSON-LD number, a video page's uploadDate (an article's own date beats its video's).
case("s14-meta-parsely-page-record", layout9("<p class='byline'>By Wilma Brandt</p>", head="<meta name='parsely-page' content='{\"title\": \"Library on Mill Street to close\", \"pub_date\": \"2015-03-03T08:00:00Z\", \"section\": \"News\"}'>"), "Wilma Brandt", "2015-03-03")
case("s14-jsonld-date-published-unix-number", layout9("<p class='byline'>By Wilma Brandt</p>", head=ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library on Mill Street to close", "datePublished": 1425376800})), "Wilma Brandt", "2015-03-03")
case("s14-jsonld-video-upload-date", layout9("<p class='byline'>By Wilma Brandt</p>", head=ld({"@context": "https://schema.org", "@type": "VideoObject", "name": "Library on Mill Street to close", "uploadDate": "2015-03-03T08:00:00Z"})), "Wilma Brandt", "2015-03-03")
case("s14-jsonld-article-date-beats-video-upload-date", layout9("<p class='byline'>By Wilma Brandt</p>", head=ld({"@context": "https://schema.org", "@type": "VideoObject", "name": "Council meeting", "uploadDate": "2014-11-20T08:00:00Z"}) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library on Mill Street to close", "datePublished": "2015-03-03T08:00:00Z"})), "Wilma Brandt", "2015-03-03")
# A relative time whose element's class names a date and whose title holds the full date ("<span class='post-date'
# title='March 3, 2015 8:00 am'>2 years ago</span>"): the title's date; a reading time's title is none.
case("s14-post-date-class-title-relative", layout9("<p class='byline'>By Wilma Brandt</p><p><span class='post-date' title='March 3, 2015 8:00 am'>2 years ago</span></p>"), "Wilma Brandt", "2015-03-03")
case("s14-entry-time-class-title-iso-relative", layout9("<p class='byline'>By Wilma Brandt</p><p><span class='entry-time' title='2015-03-03T08:00:00Z'>yesterday</span></p>"), "Wilma Brandt", "2015-03-03")
case("s14-read-time-class-title-no-date", layout9("<p class='byline'>By Wilma Brandt</p><p><span class='read-time' title='5 minutes'>5 min read</span></p>"), "Wilma Brandt", None)
# Short months of German, Polish and Turkish, Polish months in the nominative; a numeric date ordered by og:locale
# when <html> names no language.
case("s14-german-mrz-short", layout9("<p class='byline'>Von Jonas Weidmann</p><p class='date'>3. Mrz. 2015</p>", lang="de"), "Jonas Weidmann", "2015-03-03")
case("s14-polish-paz-short", layout9("<p class='byline'>Anna Nowak</p><p class='date'>3 pa\u017a 2015</p>", lang="pl"), "Anna Nowak", "2015-10-03")
case("s14-polish-nominative-month-first", layout9("<p class='byline'>Anna Nowak</p><p class='date'>marzec 3, 2015</p>", lang="pl"), "Anna Nowak", "2015-03-03")
case("s14-turkish-eki-short", layout9("<p class='byline'>Ay\u015fe Y\u0131lmaz</p><p class='date'>3 Eki 2015</p>", lang="tr"), "Ay\u015fe Y\u0131lmaz", "2015-10-03")
case("s14-numeric-date-og-locale-no-html-lang", layout9("<p class='byline'>Par Camille Dufour</p><p class='date'>04/03/2015</p>", lang="", head="<meta property='og:locale' content='fr_FR'>"), "Camille Dufour", "2015-03-04")
case("s14-numeric-date-og-locale-en-us-no-html-lang", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>04/03/2015</p>", lang="", head="<meta property='og:locale' content='en_US'>"), "Wilma Brandt", "2015-04-03")
case("s14-html-lang-beats-og-locale", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>04/03/2015</p>", lang="en-GB", head="<meta property='og:locale' content='en_US'>"), "Wilma Brandt", "2015-03-04")
# A dash before the names in byline markup, as opinion pages set it ("<p class=byline>— Jane Roe</p>"): the names; a
# dash before words that name no one there stays out.
case("s14-byline-class-dash-name", layout9("<p class='byline'>\u2014 Wilma Brandt</p>" + D9), "Wilma Brandt", "2015-03-03")
case("s14-byline-class-en-dash-two-names", layout9("<p class='byline'>\u2013 Wilma Brandt and Oskar Lind</p>" + D9), "Wilma Brandt and Oskar Lind", "2015-03-03")
case("s14-byline-class-dash-words-no-byline", layout9("<p class='byline'>\u2014 the town's library story</p>" + D9), None, "2015-03-03")
# A link to the writer's profile by handle ("/@jane-roe", "https://substack.com/@janeroe"), no "By", as blogging
# platforms set the name under the headline: the byline; a video site's channel link names no writer.
case("s14-handle-profile-link-follow-date", layout9("<div><a href='/@wilma'>Wilma Brandt</a> <span>\u00b7</span> <button>Follow</button></div>"
  "<div><span>4 min read</span> <span>\u00b7</span> <span>Mar 3, 2015</span></div>"), "Wilma Brandt", "2015-03-03")
case("s14-handle-profile-link-absolute", layout9("<div class='post-header'><a href='https://substack.com/@wilmabrandt'>Wilma Brandt</a></div><div>Mar 3, 2015</div>"), "Wilma Brandt", "2015-03-03")
case("s14-video-channel-handle-link-no-byline", layout9("<div><a href='https://www.youtube.com/@towncourier'>Town Courier Video</a></div><div>Mar 3, 2015</div>"), None, "2015-03-03")
# JSON-LD as browsers and search engines read it though strict JSON refuses it: two objects one after the other in one
# script, a JavaScript comment before the object, a semicolon after it.
J14 = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library on Mill Street to close", "datePublished": "2015-03-03T08:00:00Z", "author": {"@type": "Person", "name": "Wilma Brandt"}}'
def S14(body): return f"<script type='application/ld+json'>{body}</script>"
case("s14-jsonld-two-objects-one-script", layout9("<p class='byline'>By Wilma Brandt</p>", head=S14('{"@context": "https://schema.org", "@type": "Organization", "name": "The Town Courier"}\n' + J14)), "Wilma Brandt", "2015-03-03")
case("s14-jsonld-line-comment-before", layout9("<p class='byline'>By Wilma Brandt</p>", head=S14("// the article\n" + J14)), "Wilma Brandt", "2015-03-03")
case("s14-jsonld-block-comment-and-semicolon", layout9("<p class='byline'>By Wilma Brandt</p>", head=S14("/* the article */ " + J14 + ";")), "Wilma Brandt", "2015-03-03")
case("s14-jsonld-slashes-inside-strings-kept", layout9("<p class='byline'>By Wilma Brandt</p>", head=S14('{"@context": "https://schema.org", "@type": "NewsArticle", "url": "https://courier.example/a//b", "description": "one /* two */ three", "datePublished": "2015-03-03"}')), "Wilma Brandt", "2015-03-03")
case("s14-jsonld-date-in-main-entity-of-page", layout9("<p class='byline'>By Wilma Brandt</p>", head=S14('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library on Mill Street to close", "mainEntityOfPage": {"@type": "WebPage", "@id": "https://courier.example/library", "datePublished": "2015-03-03"}}')), "Wilma Brandt", "2015-03-03")
# An update's <time> first, then the publication's day and month without a year ("Updated <time datetime=...>March
# 5</time>; first published March 3"): the publication's date, in the update's year; a "published" day after the update
# is no such date.
case("s14-updated-time-then-yearless-published", layout9("<p class='byline'>By Wilma Brandt</p><p>Updated <time datetime='2015-03-05T08:00:00Z'>March 5</time>; first published <time datetime='2015-03-03T08:00:00Z'>March 3</time></p>"), "Wilma Brandt", "2015-03-03", "March 3")
case("s14-updated-time-then-yearless-published-spans", layout9("<p class='byline'>By Wilma Brandt</p><p><span>Updated <time datetime='2015-03-05T08:00:00Z'>March 5</time></span> <span>Published <time datetime='2015-03-03T08:00:00Z'>March 3</time></span></p>"), "Wilma Brandt", "2015-03-03")
case("s14-updated-time-then-later-yearless-published-not-taken", layout9("<p class='byline'>By Wilma Brandt</p><p class='date'>Updated <time datetime='2015-03-05T08:00:00Z'>March 5</time> | Published March 9</p>"), "Wilma Brandt", "2015-03-05")
# Twelfth session (ninth round of issue 15): pages of more kinds of site, each written for the project.
B12 = ("<p>The harbour board approved a plan on Monday to dredge the eastern channel, which has silted up since the "
       "winter storms and left the ferry stranded twice at low tide.</p>"
       "<p>Fishing crews said the work was overdue, and the board's chair promised that the boats would be moved to the "
       "western quay for the six weeks of the dredging.</p>"
       "<p>The cost will be shared with the county, a spokeswoman said, though the final figure depends on how much "
       "sand the contractor finds under the old pier.</p>")
def page12(meta, head="", lang="en", url=None, body=B12, above="", after="", title="Harbour board backs channel dredging"):
    canon = f"<link rel='canonical' href='{url}'>" if url else ""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | The Bay Herald</title>{canon}{head}</head>"
            f"<body><header class='site-header'><a href='/'>The Bay Herald</a><nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
            f"<main><article>{above}<h1>{title}</h1>{meta}<div class='body'>{body}</div>{after}</article></main>"
            f"<aside><h3>Most read</h3><ul><li><a href='/x'>Ferry timetable changes for summer</a></li><li><a href='/y'>New caf\u00e9 opens on the promenade</a></li></ul></aside>"
            f"<footer>&copy; 2016 The Bay Herald</footer></body></html>")
BY12 = "<p class='byline'>By Ines Marwood</p>"
# The page's address with the date as one folder in dots ("/2016.03.04/"), in the canonical link or og:url; a version
# number in dots, or a date in dots that runs on, is none.
case("s15-url-date-dots-canonical", page12(BY12, url="https://bayherald.example/news/2016.03.04/harbour-dredging"), "Ines Marwood", "2016-03-04")
case("s15-url-date-dots-og-url", page12(BY12, head="<meta property='og:url' content='https://bayherald.example/a/2016.03.04/harbour'>"), "Ines Marwood", "2016-03-04")
case("s15-url-dots-run-on-no-date", page12(BY12, url="https://bayherald.example/files/2016.03.04.2/harbour"), "Ines Marwood", None)
# Names set apart by a middle dot in the byline line ("By Jane Roe · John Doe"), with or without the date after them; a
# role or a date after the dot is no name.
case("s15-by-names-middle-dot", page12("<p class='byline'>By Ines Marwood \u00b7 Tobiah Fenn</p><p class='date'>March 4, 2016</p>"),
  "Ines Marwood \u00b7 Tobiah Fenn", "2016-03-04")
case("s15-names-middle-dot-date", page12("<div class='byline'>Ines Marwood \u00b7 Tobiah Fenn \u00b7 4 March 2016</div>"),
  "Ines Marwood \u00b7 Tobiah Fenn", "2016-03-04", "4 March 2016")
case("s15-name-middle-dot-role", page12("<div class='byline'>Ines Marwood \u00b7 Reporter</div><div class='dates'><span>Published 10:15 AM EST Mar 04, 2016</span> "
  "<span>Updated 8:02 PM EST Mar 05, 2016</span></div>"), "Ines Marwood", "2016-03-04")
# A relative time whose title holds the date, in no dated class ("<span title='Friday, 4 March 2016 10:15'>3 hours
# ago</span>"): the title's date; a title's date over words that are no relative time is none.
case("s15-relative-time-plain-span-title", page12("<p class='byline'>By Ines Marwood <span title='Friday, 4 March 2016 10:15'>3 hours ago</span></p>"),
  "Ines Marwood", "2016-03-04")
case("s15-plain-span-title-date-other-words-no-date", page12(BY12 + "<p><span title='Friday, 4 March 2016 10:15'>Spring issue</span></p>"),
  "Ines Marwood", None)
# A numeric date with a four-digit year whose day and month both fit either way, in a line of no date markup ("Posted
# on 04/03/2016 by Jane Roe in Research", as university and WordPress news pages write it): read in the order of the
# page's language; in plain "en", none.
case("s15-posted-on-numeric-by-in-category-en-gb", page12("<p class='meta'>Posted on 04/03/2016 by Ines Marwood in Research</p>", lang="en-GB"),
  "Ines Marwood", "2016-03-04", "04/03/2016")
case("s15-posted-on-numeric-by-en-us", page12("<p class='meta'>Posted on 03/04/2016 by Ines Marwood</p>", lang="en-US"), "Ines Marwood", "2016-03-04")
case("s15-by-name-on-numeric-en-gb", page12("<p class='meta'>By Ines Marwood on 04/03/2016</p>", lang="en-GB"), "Ines Marwood", "2016-03-04")
case("s15-posted-on-numeric-alone-fr", page12("<p>Publi\u00e9 le 04/03/2016</p>", lang="fr"), None, "2016-03-04")
case("s15-italian-aggiornato-then-pubblicato-lines", page12("<p class='autore'>di Ines Marwood</p><p>Aggiornato il 05/03/2016</p><p>Pubblicato il 04/03/2016</p>", lang="it"),
  "Ines Marwood", "2016-03-04")
case("s15-posted-on-numeric-ambiguous-plain-en-no-date", page12("<p class='meta'>Posted on 04/03/2016</p>" + BY12), "Ines Marwood", None)
# A day and a month with a time and no year ("4 March, 10:15", "March 4, 10:15 AM"), on a page whose address gives the
# year and that month ("/2016/03/harbour"): the date in the address's year (the copyright line's year is the site's,
# not the article's: none from it); another month in the address gives none.
URL12 = "https://bayherald.example/2016/03/harbour-dredging"
case("s15-yearless-day-month-comma-time-url-year", page12(BY12 + "<p class='date'>4 March, 10:15</p>", url=URL12), "Ines Marwood", "2016-03-04", "4 March, 10:15")
case("s15-yearless-month-day-time-am-url-year", page12(BY12 + "<p class='date'>March 4, 10:15 AM</p>", url=URL12), "Ines Marwood", "2016-03-04")
case("s15-yearless-weekday-day-month-time-url-year", page12(BY12 + "<p class='date'>Friday 4 March, 10:15</p>", url=URL12), "Ines Marwood", "2016-03-04")
case("s15-yearless-time-other-month-in-url-no-date", page12(BY12 + "<p class='date'>4 March, 10:15</p>", url="https://bayherald.example/2016/04/harbour-dredging"), "Ines Marwood", None)
case("s15-yearless-time-copyright-year-no-date", page12(BY12 + "<p class='date'>4 March, 10:15</p>"), "Ines Marwood", None)
case("s15-yearless-time-metadata-date", page12(BY12 + "<p class='date'>4 March, 10:15</p>", head="<meta property='article:published_time' content='2016-03-04T10:15:00Z'>"), "Ines Marwood", "2016-03-04")
# The byline's element named "firma" (Spanish and Italian papers) or "assinatura" (Portuguese), the name alone with no
# "Por"/"di": the byline; the update's line above the publication's in the same markup is not the date.
case("s15-spanish-firma-name-alone", page12("<p class='firma'>Ines Marwood</p><p class='fecha'>4 de marzo de 2016</p>", lang="es"), "Ines Marwood", "2016-03-04")
case("s15-spanish-firma-actualizado-then-publicado", page12("<p class='firma'>Ines Marwood</p><p class='fecha'>Actualizado: 05/03/2016 08:00h</p>"
  "<p class='fecha'>Publicado: 04/03/2016 10:15h</p>", lang="es"), "Ines Marwood", "2016-03-04")
case("s15-italian-firma-name-alone", page12("<div class='firma'><span>Ines Marwood</span></div><p class='data'>4 marzo 2016</p>", lang="it"), "Ines Marwood", "2016-03-04")
case("s15-portuguese-assinatura-name-alone", page12("<p class='assinatura'>Ines Marwood</p><p class='data'>04/03/2016 10h15</p>", lang="pt-BR"), "Ines Marwood", "2016-03-04")
# A live blog's entries, each a <time> that shows a time of day alone over its full date, the latest first: no entry's
# time is the article's date. The header's date, the metadata's or the address's is; with none of them, the first
# entry's (the earliest), as the blog opened then.
def live12(days=("2016-03-07T09:40", "2016-03-06T17:10", "2016-03-06T16:00")):
    texts = ("The board has voted, and the plan passes by seven votes to two; work starts in May.",
             "Members are still debating the cost, which the county says could rise by a fifth.",
             "Welcome to our coverage of the harbour board's vote on the dredging plan this evening.")
    return "<div class='live'>" + "".join(f"<div class='entry'><time datetime='{d}:00Z'>{d[11:]}</time><p>{t}</p></div>" for d, t in zip(days, texts)) + "</div>"
case("s15-live-entries-only-earliest-entry", page12(BY12, body=live12()), "Ines Marwood", "2016-03-06")
case("s15-live-entries-header-date", page12(BY12 + "<p class='date'>First published on <time datetime='2016-03-06T15:55:00Z'>Sun 6 Mar 2016 15.55 GMT</time></p>",
  body=live12(("2016-03-08T09:40", "2016-03-07T17:10", "2016-03-07T16:00"))), "Ines Marwood", "2016-03-06")
case("s15-live-entries-metadata-date", page12(BY12, head="<meta property='article:published_time' content='2016-03-05T15:55:00Z'>", body=live12()),
  "Ines Marwood", "2016-03-05")
case("s15-live-entries-url-date", page12(BY12, url="https://bayherald.example/2016/03/05/harbour-vote-live", body=live12()), "Ines Marwood", "2016-03-05")
# A role after the names in the languages of Europe ("Von Jane Roe, Korrespondentin in Brüssel", "di Jane Roe, inviata
# a Bruxelles"): the names alone; "Match report by" before them.
D12 = "<p class='date'>4 March 2016</p>"
case("s15-german-role-korrespondentin-in-place", page12("<p class='byline'>Von Ines Marwood, Korrespondentin in Br\u00fcssel</p>" + D12, lang="de"), "Ines Marwood", "2016-03-04")
case("s15-german-role-redakteur", page12("<p class='byline'>Von Tobiah Fenn, Redakteur</p>" + D12, lang="de"), "Tobiah Fenn", "2016-03-04")
case("s15-italian-role-inviata", page12("<p class='byline'>di Ines Marwood, inviata a Bruxelles</p>" + D12, lang="it"), "Ines Marwood", "2016-03-04")
case("s15-english-role-health-correspondent", page12("<p class='byline'>Ines Marwood, Health Correspondent</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-match-report-by", page12("<p class='byline'>Match report by Ines Marwood</p>" + D12), "Ines Marwood", "2016-03-04")
# The article's credit line under the headline in "credits" markup, as magazines set writer and photographer: the
# writer's byline; a picture's credit alone there is none.
case("s15-credits-class-words-by-photographs-by", page12("<p class='credits'>Words by Ines Marwood \u00b7 Photographs by Tobiah Fenn</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-credits-class-by-name", page12("<p class='credits'>By Ines Marwood</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-credits-class-photo-only-no-byline", page12("<p class='credits'>Photo: Tobiah Fenn</p>" + D12), None, "2016-03-04")
# A press release's meta line: the date, then a label and the company ("March 4, 2016 08:00 ET | Source: Bay Dredging
# Ltd"): no byline.
case("s15-press-release-date-bar-source-label", page12("<p class='date'>March 4, 2016 08:00 ET | Source: Bay Dredging Ltd</p>"), None, "2016-03-04")
case("s15-press-release-date-bar-contact-label", page12("<p>March 4, 2016 | Contact: Tobiah Fenn</p>"), None, "2016-03-04")
# A numeric date with its article word under the headline ("Le 04/03/2016 à 10:15"), read in the page's order; in a
# sentence of the text, none.
case("s15-french-le-numeric-date-time", page12(BY12 + "<p>Le 04/03/2016 \u00e0 10:15</p>", lang="fr"), "Ines Marwood", "2016-03-04")
case("s15-french-numeric-date-in-sentence-no-date", page12(BY12, lang="fr", body="<p>Le conseil a vot\u00e9 le 04/03/2016 pour le dragage.</p>" + B12), "Ines Marwood", None)
# The last change's longer labels before the publication's on one line ("Dernière mise à jour le 5 mars 2016 | Publié
# le 4 mars 2016", "Zuletzt geändert am", "Última actualización", "Ultima modifica", "Gewijzigd", "Revised"): the
# publication's date.
def up12(line, lang="en"): return page12(BY12 + f"<p class='date'>{line}</p>", lang=lang)
case("s15-french-derniere-mise-a-jour-then-publie", up12("Derni\u00e8re mise \u00e0 jour le 5 mars 2016 | Publi\u00e9 le 4 mars 2016", "fr"), "Ines Marwood", "2016-03-04")
case("s15-german-zuletzt-geaendert-then-veroeffentlicht", up12("Zuletzt ge\u00e4ndert am 05.03.2016 \u00b7 Ver\u00f6ffentlicht am 04.03.2016", "de"), "Ines Marwood", "2016-03-04")
case("s15-spanish-ultima-actualizacion-then-publicado", up12("\u00daltima actualizaci\u00f3n: 5 de marzo de 2016 | Publicado: 4 de marzo de 2016", "es"), "Ines Marwood", "2016-03-04")
case("s15-italian-ultima-modifica-then-pubblicato", up12("Ultima modifica 5 marzo 2016 | Pubblicato 4 marzo 2016", "it"), "Ines Marwood", "2016-03-04")
case("s15-portuguese-ultima-atualizacao-then-publicado", up12("\u00daltima atualiza\u00e7\u00e3o: 5 de mar\u00e7o de 2016 | Publicado: 4 de mar\u00e7o de 2016", "pt"), "Ines Marwood", "2016-03-04")
case("s15-dutch-gewijzigd-then-geplaatst", up12("Gewijzigd: 5 maart 2016 10:00 | Geplaatst: 4 maart 2016 08:00", "nl"), "Ines Marwood", "2016-03-04")
case("s15-english-revised-then-published", up12("Revised March 5, 2016 | Published March 4, 2016"), "Ines Marwood", "2016-03-04")
case("s15-english-revised-alone", up12("Revised March 5, 2016"), "Ines Marwood", "2016-03-05")
# A byline's element named for the article ("article-byline") with the paper after a bar ("Jane Roe | The Bay
# Herald"): its "article" word drew the body's choice to the byline line and the date under it was lost.
case("s15-article-byline-class-name-bar-paper", page12("<div class='article-byline'>Ines Marwood <span class='separator'>|</span> <span class='publication'>The Bay Herald</span></div>" + D12),
  "Ines Marwood", "2016-03-04")
case("s15-article-byline-class-name-bar-other-paper-unmarked-date", page12("<div class='article-byline'>Ines Marwood | Harbour Times</div><p>March 4, 2016</p>"),
  "Ines Marwood", "2016-03-04")
# A relative time in the languages of Europe or in short form ("vor 3 Stunden", "hace 3 horas", "il y a 3 heures", "3
# hrs") whose element's title holds the date, and a date in a data attribute under a relative time in any element
# ("<span data-time=...>3 hours ago</span>"): the date. A span of time in two units ("1 hr 4 mins ago") is no stamp
# of its own: none. The address's date in underscores ("/2016_03_04/").
case("s15-german-vor-stunden-span-title", page12("<p class='byline'>Von Ines Marwood</p><p><span title='2016-03-04T08:00:00Z'>vor 3 Stunden</span></p>", lang="de"), "Ines Marwood", "2016-03-04")
case("s15-spanish-hace-horas-span-title", page12("<p class='byline'>Por Ines Marwood</p><p><span title='2016-03-04T08:00:00Z'>hace 3 horas</span></p>", lang="es"), "Ines Marwood", "2016-03-04")
case("s15-french-il-y-a-heures-span-title", page12("<p class='byline'>Par Ines Marwood</p><p><span title='2016-03-04T08:00:00Z'>il y a 3 heures</span></p>", lang="fr"), "Ines Marwood", "2016-03-04")
case("s15-short-hours-abbr-title", page12(BY12 + "<p><abbr title='Friday, March 4, 2016 at 8:00 AM'>3 hrs</abbr></p>"), "Ines Marwood", "2016-03-04")
case("s15-data-time-span-relative-in-date-line", page12(BY12 + "<p class='date'><span data-time='2016-03-04T08:00:00Z'>3 hours ago</span></p>"), "Ines Marwood", "2016-03-04")
case("s15-data-date-div-relative", page12(BY12 + "<div data-date='2016-03-04T08:00:00Z'>3 hours ago</div>"), "Ines Marwood", "2016-03-04")
case("s15-two-unit-span-of-time-abbr-title-no-date", page12(BY12 + "<p><abbr title='2016-03-04T08:00:00Z'>1 hr 4 mins ago</abbr></p>"), "Ines Marwood", None)
case("s15-url-date-underscores", page12(BY12, url="https://bayherald.example/news/2016_03_04/harbour"), "Ines Marwood", "2016-03-04")
# University and blog news: an office after the names ("By Jane Roe, University Communications"); the writer's and the
# photographer's credits after the text as two short sentences ("Story by Jane Roe. Photo by John Doe."); a signature
# after the text with a dash before the names ("— Jane Roe"); AMP's <amp-timeago datetime=...>.
case("s15-by-name-comma-office", page12("<p class='meta'>By Ines Marwood, University Communications</p><p>March 4, 2016</p>"), "Ines Marwood", "2016-03-04")
case("s15-story-by-photo-by-after-text", page12("<p class='story-date'>04 March 2016</p>", after="<p>Story by Ines Marwood. Photo by Tobiah Fenn.</p>"), "Ines Marwood", "2016-03-04")
case("s15-dash-signature-after-text", page12("<p>Friday, March 4, 2016</p>", after="<p>\u2014 Ines Marwood</p>"), "Ines Marwood", "2016-03-04")
case("s15-dash-words-after-text-no-byline", page12("<p>Friday, March 4, 2016</p>", after="<p>\u2014 a reader in the town</p>"), None, "2016-03-04")
case("s15-amp-timeago", page12("<div class='byline'>By Ines Marwood</div><amp-timeago datetime='2016-03-04T08:00:00Z' layout='fixed' width='160' height='20'>3 hours ago</amp-timeago>")
  .replace("<html lang", "<html amp lang"), "Ines Marwood", "2016-03-04")
# Bylines of French, German, Italian, Dutch and Portuguese papers: longer openings ("Propos recueillis par", "Ein
# Artikel von", "dal nostro inviato", "Door onze correspondent"), an agency in the co-authors' brackets ("Par Jane Roe
# (avec AFP)"), a place after the names' comma ("Por Jane Roe, de Lisboa").
case("s15-french-propos-recueillis-par", page12("<p class='meta'>Propos recueillis par Ines Marwood</p><p class='date'>04/03/2016</p>", lang="fr"), "Ines Marwood", "2016-03-04")
case("s15-german-ein-artikel-von", page12("<p class='meta'>Ein Artikel von Ines Marwood</p><p class='date'>04.03.2016</p>", lang="de"), "Ines Marwood", "2016-03-04")
case("s15-italian-dal-nostro-inviato", page12("<p class='meta'>dal nostro inviato Tobiah Fenn</p><p class='date'>04 marzo 2016</p>", lang="it"), "Tobiah Fenn", "2016-03-04")
case("s15-dutch-door-onze-correspondent", page12("<p class='meta'>Door onze correspondent Ines Marwood</p><p class='date'>4 maart 2016</p>", lang="nl"), "Ines Marwood", "2016-03-04")
case("s15-french-par-name-avec-agency", page12("<p class='meta'>Par Ines Marwood (avec AFP)</p><p class='date'>Le 4 mars 2016 \u00e0 10h15</p>", lang="fr"), "Ines Marwood", "2016-03-04")
case("s15-french-par-name-avec-co-author-stays", page12("<p class='meta'>Par Ines Marwood (avec Tobiah Fenn)</p><p class='date'>4 mars 2016</p>", lang="fr"),
  "Ines Marwood (avec Tobiah Fenn)", "2016-03-04")
case("s15-portuguese-por-name-comma-de-place", page12("<p class='meta'>Por Ines Marwood, de Lisboa</p><p class='date'>04/03/2016 \u00e0s 10h15</p>", lang="pt"), "Ines Marwood", "2016-03-04")
# A name, a comma and a journalist's role with a place after it and no "By", under the headline ("Jane Roe, envoyée
# spéciale à Bruxelles", "Jane Roe, special correspondent in Brussels"): the byline; an expert's role with a place is
# none.
case("s15-french-name-comma-envoyee-speciale-a-place", page12("<p class='meta'>Ines Marwood, envoy\u00e9e sp\u00e9ciale \u00e0 Bruxelles</p><p class='date'>vendredi 4 mars 2016</p>", lang="fr"),
  "Ines Marwood", "2016-03-04")
case("s15-name-comma-correspondent-in-place", page12("<p class='meta'>Ines Marwood, special correspondent in Brussels</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-german-name-comma-korrespondentin-in-place", page12("<p>Ines Marwood, Korrespondentin in Br\u00fcssel</p><p class='date'>4. M\u00e4rz 2016</p>", lang="de"), "Ines Marwood", "2016-03-04")
case("s15-name-comma-analyst-in-place-no-byline", page12("<p class='meta'>Ines Marwood, senior analyst in Brussels</p>" + D12), None, "2016-03-04")
# A name, a comma and a news agency under the headline, no "By" ("Jane Roe, Reuters", "Jane Roe, dpa"): the byline, the
# name alone; the agency alone is none.
case("s15-name-comma-agency-plain-p", page12("<p>Ines Marwood, Reuters</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-german-name-comma-dpa-plain-p", page12("<p class='meta'>Ines Marwood, dpa</p><p class='date'>Freitag, 04.03.2016, 10:15</p>", lang="de"), "Ines Marwood", "2016-03-04")
case("s15-agency-alone-plain-p-no-byline", page12("<p>Reuters</p>" + D12), None, "2016-03-04")
# "By" and names set apart by bullets, then the date ("By Jane Roe • John Doe • Updated 4 March 2016"): both names; the
# site's name after the dot stays out.
case("s15-by-names-bullets-date", page12("<p class='byline'>By Ines Marwood \u2022 Tobiah Fenn \u2022 Updated 4 March 2016</p>"),
  "Ines Marwood \u2022 Tobiah Fenn", "2016-03-04")
case("s15-by-name-middle-dot-site-name", page12("<p class='byline'>By Ines Marwood \u00b7 The Bay Herald</p>" + D12), "Ines Marwood", "2016-03-04")
# Round ten: a journalist's role before the name with no "By" under the headline ("Health Correspondent Jane Roe"):
# the name alone; an official's title before a name in the same place is no byline.
case("s15-role-before-name-no-by", page12("<p class='meta'>Health Correspondent Ines Marwood</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-role-before-name-no-by-plain-p", page12("<p>Chief Political Correspondent Ines Marwood</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-official-title-before-name-no-byline", page12("<p class='meta'>Harbour Master Tobiah Fenn</p>" + D12), None, "2016-03-04")
# Update and publication labels with times alone, the update first ("Updated <time>10:00</time> · Published
# <time>08:00</time>"), the day given by the page's address: the publication's; labels after the dates ("Mar 5, 2016
# (Updated) · Mar 4, 2016 (Published)"): the publication's.
URL10 = "https://bayherald.example/2016/03/04/harbour-dredging"
case("s15-updated-time-then-published-time-url-day", page12(BY12 + "<p class='date'>Updated <time>10:00</time> \u00b7 Published <time>08:00</time></p>", url=URL10),
  "Ines Marwood", "2016-03-04", "08:00")
case("s15-updated-time-alone-url-day", page12(BY12 + "<p class='date'>Updated <time>10:00</time></p>", url=URL10), "Ines Marwood", "2016-03-04", "4 March 2016")
case("s15-updated-then-published-labels-after-dates", up12("Mar 5, 2016 (Updated) \u00b7 Mar 4, 2016 (Published)"), "Ines Marwood", "2016-03-04")
case("s15-updated-label-after-date-alone", up12("Mar 5, 2016 (Updated)"), "Ines Marwood", "2016-03-05")
case("s15-updated-then-published-labels-after-yearless-url-year", page12(BY12 + "<p class='date'>Mar 5 (Updated) \u00b7 Mar 4 (Published)</p>", url=URL12),
  "Ines Marwood", "2016-03-04")
# A relative time on a <p> whose title holds the date; an ambiguous numeric date in a title beside a relative time, read
# in the order of the page's language ("hace 3 horas" on a Spanish page: day first); on a plain "en" page, none.
case("s15-relative-time-p-title", page12(BY12 + "<p title='2016-03-04T08:00:00Z'>3 hours ago</p>"), "Ines Marwood", "2016-03-04")
case("s15-spanish-hace-horas-title-numeric-day-first", page12("<p class='byline'>Por Ines Marwood</p><p><span title='04/03/2016 10:15'>hace 3 horas</span></p>", lang="es"),
  "Ines Marwood", "2016-03-04")
case("s15-relative-time-title-numeric-en-us", page12(BY12 + "<p><span title='03/04/2016 10:15'>3 hours ago</span></p>", lang="en-US"), "Ines Marwood", "2016-03-04")
case("s15-relative-time-title-numeric-ambiguous-en-no-date", page12(BY12 + "<p><span title='04/03/2016 10:15'>3 hours ago</span></p>"), "Ines Marwood", None)
# Live blogs whose entries show their full dates ("7 March 2016, 09:40"), in <time> or in a plain line: no entry's
# date is the article's when the header or the metadata gives one; with none, the earliest entry's.
def live10(days=("7 March 2016, 09:40", "6 March 2016, 17:10", "6 March 2016, 16:00"), tag="time"):
    texts = ("The board has voted, and the plan passes by seven votes to two; work starts in May.",
             "Members are still debating the cost, which the county says could rise by a fifth.",
             "Welcome to our coverage of the harbour board's vote on the dredging plan this evening.")
    return "<div class='live'>" + "".join(f"<div class='entry'><{tag} class='entry-time'>{d}</{tag}><p>{t}</p></div>" for d, t in zip(days, texts)) + "</div>"
case("s15-live-full-dates-time-header-date", page12(BY12 + "<p class='date'>5 March 2016</p>", body=live10()), "Ines Marwood", "2016-03-05")
case("s15-live-full-dates-p-header-date", page12(BY12 + "<p class='date'>5 March 2016</p>", body=live10(tag="p")), "Ines Marwood", "2016-03-05")
case("s15-live-full-dates-metadata", page12(BY12, head="<meta property='article:published_time' content='2016-03-05T15:55:00Z'>", body=live10()),
  "Ines Marwood", "2016-03-05")
case("s15-live-full-dates-only-earliest", page12(BY12, body=live10()), "Ines Marwood", "2016-03-06")
case("s15-live-full-dates-p-only-earliest", page12(BY12, body=live10(tag="p")), "Ines Marwood", "2016-03-06")
# A journalist's role before the name after "By", or with the date after a bar ("Health Correspondent Jane Roe | 4
# March 2016"): the name alone.
case("s15-by-role-before-name", page12("<p class='byline'>By Health Correspondent Ines Marwood</p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-role-before-name-bar-date", page12("<p class='meta'>Health Correspondent Ines Marwood | 4 March 2016</p>"), "Ines Marwood", "2016-03-04")
case("s15-published-then-updated-relative", up12("Published 4 March 2016 \u00b7 Updated 2 hours ago"), "Ines Marwood", "2016-03-04")
case("s15-date-bar-updated-date", up12("4 March 2016 | Updated 5 March 2016"), "Ines Marwood", "2016-03-04")
case("s15-role-text-then-linked-name", page12("<p class='byline'>Health Correspondent <a href='/staff/ines'>Ines Marwood</a></p>" + D12), "Ines Marwood", "2016-03-04")
case("s15-author-name-role-span-no-space", page12("<div class='author'><a href='/staff/ines'>Ines Marwood</a><span class='role'>Health Correspondent</span></div>" + D12), "Ines Marwood", "2016-03-04")
case("s15-last-updated-line-first-published-line", page12(BY12 + "<p>Last updated 5 March 2016</p><p>First published 4 March 2016</p>"), "Ines Marwood", "2016-03-04")
case("s15-spanish-actualizado-hace-horas-title", page12("<p class='byline'>Por Ines Marwood</p><p class='fecha'>4 de marzo de 2016 \u00b7 <span title='2016-03-05T08:00:00Z'>Actualizado hace 3 horas</span></p>", lang="es"),
  "Ines Marwood", "2016-03-04")
case("s15-role-before-name-in-author-div", page12("<div class='author-info'><span>Health Correspondent</span> <span>Ines Marwood</span></div>" + D12), "Ines Marwood", "2016-03-04")
case("s15-name-newline-role-in-byline-p", page12("<p class='byline'>Ines Marwood<br>Health Correspondent</p>" + D12), "Ines Marwood", "2016-03-04")
# A day named relative to today, perhaps with a time, whose element's title holds the date ("<p title=...>Yesterday,
# 10:15</p>", "<span title=...>gestern</span>", "Friday"): the title's date; other words under such a title: none.
case("s15-p-title-yesterday-time", page12(BY12 + "<p title='2016-03-04T08:00:00Z'>Yesterday, 10:15</p>"), "Ines Marwood", "2016-03-04")
case("s15-german-span-title-gestern", page12("<p class='byline'>Von Ines Marwood</p><p><span title='2016-03-04T08:00:00Z'>gestern</span></p>", lang="de"), "Ines Marwood", "2016-03-04")
case("s15-date-p-title-weekday", page12(BY12 + "<p class='date' title='2016-03-04T08:00:00Z'>Friday</p>"), "Ines Marwood", "2016-03-04")
case("s15-p-title-other-words-no-date", page12(BY12 + "<p title='2016-03-04T08:00:00Z'>Harbour news</p>"), "Ines Marwood", None)
# Round eleven: a content system's node with no <article> and no article markup, the date after the text and a "more
# from" box, inside the node's content wrapper ("<div class=content><div class=field-body>...</div><div class=more>...
# </div><span class=field-published-date>...</span></div>"): that date; one outside the wrapper (a sidebar's) is none.
def node11(date_in, date_out=""):
    paras = "".join(f"<p>{t}</p>" for t in (
        "The harbour board voted on Tuesday to dredge the outer channel before the autumn storms, at a cost the county will share.",
        "Work will start in May and close the channel to leisure craft at night for three weeks, the board's chair said.",
        "Fishing crews, who had asked for the work for two years, said the vote came late but was welcome all the same.")
        + tuple(f"Crew {n}, which lands crab, lobster and whelks at the north quay, said the silt had cost it a tide, a catch and, once, a propeller, over the winter." for n in range(1, 13)))
    more = "<div class='more-box'><div class='more-title'>More from the Herald</div>" + "".join(
        f"<div class='row'><a href='/m{i}'>{t}</a></div>" for i, t in enumerate(("Ferry timetable changes for summer", "New caf\u00e9 opens on the promenade", "Pier lights switched on early")))
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour board backs channel dredging | The Bay Herald</title></head>"
            "<body><div class='page'><div class='header'><a href='/'>The Bay Herald</a></div><div id='main-region'>"
            "<div class='node node-story'><h1>Harbour board backs channel dredging</h1><div class='submitted'>By Ines Marwood</div>"
            f"<div class='content'><div class='field field-name-body'><div class='field-items'><div class='field-item even'>{paras}</div></div></div>"
            f"{more}{date_in}</div></div></div>{date_out}<div class='footer'>&copy; 2016 The Bay Herald</div></div></body></html>")
case("s15-node-date-after-more-box-in-content", node11("<div class='stamp'>March 4, 2016 - 10:15am</div>"),
  "Ines Marwood", "2016-03-04")
case("s15-node-date-outside-content-no-date", node11("", "<div class='sidebar-box'><span class='date-display-single'>March 1, 2016 - 09:00am</span></div>"),
  "Ines Marwood", None)
# Two body lines of a full date at a time of day, the later one first (an update log, the latest on top): entries,
# not the publication's date; the header's or the metadata's is, else the earlier line's. The earlier one first: the
# first line is the date as before. "Updated 10:00 \u00b7 Published 08:00" with only the metadata for the day: the
# metadata's day.
META11 = "<meta property='article:published_time' content='2016-03-04T07:55:00Z'>"
LOG11 = ("7 March 2016, 09:40", "6 March 2016, 17:10")
case("s15-two-dated-lines-desc-metadata", page12(BY12, head=META11, body=live10(days=LOG11, tag="p")), "Ines Marwood", "2016-03-04")
case("s15-two-dated-time-lines-desc-metadata", page12(BY12, head=META11, body=live10(days=LOG11)), "Ines Marwood", "2016-03-04")
case("s15-two-dated-lines-desc-header-date", page12(BY12 + "<p class='date'>5 March 2016</p>", body=live10(days=LOG11, tag="p")), "Ines Marwood", "2016-03-05")
case("s15-two-dated-lines-desc-only-earlier", page12(BY12, body=live10(days=LOG11, tag="p")), "Ines Marwood", "2016-03-06")
case("s15-two-dated-lines-asc-first-line", page12(BY12, body=live10(days=tuple(reversed(LOG11)), tag="p")), "Ines Marwood", "2016-03-06")
case("s15-updated-time-then-published-time-metadata-day", page12(BY12 + "<p class='date'>Updated <time>10:00</time> \u00b7 Published <time>08:00</time></p>", head=META11),
  "Ines Marwood", "2016-03-04")
case("s15-updated-then-published-plain-times-metadata-day", page12(BY12 + "<p>Updated 10:00 \u00b7 Published 08:00</p>", head=META11), "Ines Marwood", "2016-03-04")
# The metadata's author that is the site's own name (og:site_name, or the <title>'s last part after a separator: many
# publishing systems write the site's account there, as meta author or a JSON-LD Person) names no person: no byline
# from it, though the page shows the name in its logo and footer. A byline the page shows still wins, and a person's
# name in the metadata, shown in an author box, is still the byline.
OG16 = "<meta property='og:site_name' content='The Town Courier'>"
case("s16-meta-author-site-name-og", layout9(D9, head=OG16 + "<meta name='author' content='The Town Courier'>"), None, "2015-03-03")
case("s16-meta-author-site-name-og-without-the", layout9(D9, head=OG16 + "<meta name='author' content='Town Courier'>"), None, "2015-03-03")
case("s16-meta-author-site-name-title", layout9(D9, head="<meta name='author' content='The Town Courier'>"), None, "2015-03-03")
case("s16-jsonld-person-author-site-name", layout9(D9, head=ld({"@context": "https://schema.org", "@type": "NewsArticle",
  "datePublished": "2015-03-03T08:00:00Z", "author": {"@type": "Person", "name": "The Town Courier"}})), None, "2015-03-03")
case("s16-meta-author-site-name-byline-shown", layout9("<p class='byline'>By Tove Lindahl</p>" + D9,
  head=OG16 + "<meta name='author' content='The Town Courier'>"), "Tove Lindahl", "2015-03-03")
case("s16-meta-author-person-in-author-box", layout9(D9, head=OG16 + "<meta name='author' content='Tove Lindahl'>",
  after="<div class='author-box'><a href='/author/tove-lindahl'>Tove Lindahl</a></div>"), "Tove Lindahl", "2015-03-03")
# A site named as a person is ("Post title | Runa Falk", a personal blog's): its owner's name in meta author is the byline.
case("s16-meta-author-personal-site-title-stays", layout9(D9, head="<meta name='author' content='Runa Falk'>").replace(
  "- The Town Courier</title>", "| Runa Falk</title>").replace("<div id='top'><a href='/'>The Town Courier</a>", "<div id='top'><a href='/'>Runa Falk</a>"),
  "Runa Falk", "2015-03-03")
# An empty <time datetime> that a script fills in, right after the byline's block, its sibling: the article's date, as
# one inside the byline's block is. Not one after a list item's link (another story's).
case("s16-empty-time-after-byline-block", layout9("<p class='byline'>By Tove Lindahl</p><time datetime='2015-03-03T06:00:00-07:00'></time>"),
  "Tove Lindahl", "2015-03-03")
case("s16-empty-time-with-class-after-byline-block", layout9("<div class='byline'>By <a href='/a/tl'>Tove Lindahl</a></div>"
  "<time class='published' datetime='2015-03-03T06:00:00-07:00'></time>"), "Tove Lindahl", "2015-03-03")
case("s16-empty-time-in-side-list-no-date", layout9("<p class='byline'>By Tove Lindahl</p>").replace(
  "Bridge repairs begin on the river road</a>", "Bridge repairs begin on the river road</a><time datetime='2015-02-27T06:00:00Z'></time>"),
  "Tove Lindahl", None)
# An Arabic name's article joined to the name by a hyphen ("al-", "el-"): a word of the name, lower case as it is.
case("s16-by-name-al-hyphen", layout9("<p class='byline'>By Samir al-Haddad</p>" + D9), "Samir al-Haddad", "2015-03-03")
case("s16-by-names-el-hyphen-and", layout9("<p class='byline'>By Nour el-Sherif and Tove Lindahl</p>" + D9), "Nour el-Sherif and Tove Lindahl", "2015-03-03")
case("s16-name-al-hyphen-comma-role", layout9("<p class='author'>Samir al-Haddad, Middle East correspondent</p>" + D9), "Samir al-Haddad", "2015-03-03")
# The header's first date is an update's with no label the text shows (an icon, the stylesheet's), and the header shows
# the metadata's day of publication too, after it, in the same line or a line of its own: that day is the date. The
# first date stays when the header shows no other (what the reader sees wins), and an "Edited" label is an update's.
PUB16 = "<meta property='article:published_time' content='2015-03-03T08:00:00Z'>"
BY16 = "<p class='byline'>By Tove Lindahl</p>"
case("s16-two-times-update-first-metadata-day-second", layout9(BY16 + "<p class='dates'><time datetime='2015-03-05T10:00:00Z'>March 5, 2015</time> "
  "<time datetime='2015-03-03T08:00:00Z'>March 3, 2015</time></p>", head=PUB16), "Tove Lindahl", "2015-03-03")
case("s16-two-date-spans-update-first-metadata-day-second", layout9(BY16 + "<p><span class='date-modified'>March 5, 2015</span> "
  "<span class='date-published'>March 3, 2015</span></p>", head=PUB16), "Tove Lindahl", "2015-03-03")
case("s16-two-date-lines-update-first-jsonld-day-second", layout9(BY16 + "<p class='date'>March 5, 2015</p><p class='date'>March 3, 2015</p>",
  head=ld({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2015-03-03T08:00:00Z", "dateModified": "2015-03-05T10:00:00Z"})),
  "Tove Lindahl", "2015-03-03")
case("s16-one-date-other-than-metadata-stays", layout9(BY16 + "<p class='date'>March 5, 2015</p>", head=PUB16), "Tove Lindahl", "2015-03-05")
case("s16-edited-label-and-metadata", layout9(BY16 + "<p class='date'>Edited March 5, 2015</p>", head=PUB16), "Tove Lindahl", "2015-03-03")
# The site's own name shown as the byline ("By The Town Courier", "Posted by The Town Courier", a rel=author link to
# the home page), or its account ("By Town Courier Staff" with the name from the <title> after a dash): no person.
case("s16-by-site-name-alone", layout9("<p class='byline'>By The Town Courier</p>" + D9), None, "2015-03-03")
case("s16-posted-by-site-name", layout9("<p class='meta'>Posted by The Town Courier</p>" + D9), None, "2015-03-03")
case("s16-rel-author-site-name", layout9("<p><a rel='author' href='/'>The Town Courier</a></p>" + D9), None, "2015-03-03")
case("s16-by-site-staff-title-after-dash", layout9("<p class='byline'>By Town Courier Staff</p>" + D9), None, "2015-03-03")
# After the text, under a list's label ("More stories", "Related"), other stories' teasers with their own bylines and
# dates: not the article's.
def teasers16(label): return ("<div class='more'><h3>" + label + "</h3><div class='teaser'><a href='/x'>Bridge repairs begin on the river road</a>"
  "<p class='byline'>By Olu Baker</p><p class='date'>March 1, 2015</p></div></div>")
case("s16-teaser-byline-under-more-stories-after-body", layout9("", after=teasers16("More stories")), None, None)
case("s16-teaser-byline-under-related-after-body-own-byline", layout9("<p class='byline'>By Tove Lindahl</p>" + D9, after=teasers16("Related")),
  "Tove Lindahl", "2015-03-03")
# Bylines that name no person: a guest's account, the wires'.
case("s16-by-guest-contributor", layout9("<p class='byline'>By Guest Contributor</p>" + D9), None, "2015-03-03")
case("s16-from-wire-services", layout9("<p class='byline'>From wire services</p>" + D9), None, "2015-03-03")
case("s16-by-name-comma-guest-columnist", layout9("<p class='byline'>By Tove Lindahl, guest columnist</p>" + D9), "Tove Lindahl", "2015-03-03")
# JSON-LD whose writer left quotation marks inside a string unescaped ("headline": "The "big" vote"): read as the
# browser's search tools read it, the inner marks escaped.
case("s16-jsonld-unescaped-quotes-in-headline", layout9("<p class='byline'>By Tove Lindahl</p>", head="<script type='application/ld+json'>"
  "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Library on Mill Street to \"close\" next year\", "
  "\"datePublished\": \"2015-03-03T08:00:00Z\"}</script>"), "Tove Lindahl", "2015-03-03")
case("s16-jsonld-unescaped-quotes-in-description-author-kept", layout9("<p class='byline'>By Tove Lindahl</p>", head="<script type='application/ld+json'>"
  "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"description\": \"A \"final\" vote on the library\", "
  "\"author\": {\"@type\": \"Person\", \"name\": \"Tove Lindahl\"}, \"datePublished\": \"2015-03-03T08:00:00Z\"}</script>"), "Tove Lindahl", "2015-03-03")
# A standfirst that names a day in a sentence ("On March 20, 2015, the council will vote ...") tells of that day, not
# of the article's publication, as a paragraph's sentence does. A standfirst of a date alone is a date line.
case("s16-standfirst-sentence-with-date-no-date", layout9("<p class='byline'>By Tove Lindahl</p><p class='standfirst'>On March 20, 2015, "
  "the council will vote on the library's future.</p>"), "Tove Lindahl", None)
case("s16-standfirst-sentence-with-date-and-metadata", layout9("<p class='byline'>By Tove Lindahl</p><p class='standfirst'>On March 20, 2015, "
  "the council will vote on the library's future.</p>", head=PUB16), "Tove Lindahl", "2015-03-03")
# A <meta> whose value is in a value attribute, not content (<meta name="..." value="...">, as some publishing systems
# write it): read as its content.
BYV = "<p class='byline'>By Tove Lindahl</p>"
case("s16-meta-value-attribute-published-time", layout9(BYV, head="<meta value='2015-03-03 21:46:48' name='article:published_time'>"), "Tove Lindahl", "2015-03-03")
case("s16-meta-value-attribute-sailthru-date", layout9(BYV, head="<meta name='sailthru.date' value='2015-03-03 06:00:00'>"), "Tove Lindahl", "2015-03-03")
case("s16-meta-itemprop-value-attribute-in-body", layout9(BYV + "<div class='date'><meta itemprop='datePublished' value='2015-03-03T15:35:00-04:00'></div>"),
  "Tove Lindahl", "2015-03-03")
# A byline line whose date is an empty element a script fills in, in the story's own element with the headline and
# the text (no header of its own): the byline, and the date shown as a reader would see it, not the byline's words.
def story16(meta): return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Library on Mill Street to close | The Town Courier</title></head>"
  "<body><div class='story'><h1>Library on Mill Street to close</h1>" + meta + P + "</div></body></html>")
case("s16-story-byline-span-empty-script-date", story16("<p class='entry-meta'><span class='entry-meta__author'><span>by</span> "
  "<a href='/authors/wb'>Wilma Brandt</a></span> | <span class='entry-meta__time' data-date='2015-03-03T06:00:00-07:00'></span></p>"),
  "Wilma Brandt", "2015-03-03", "3 March 2015")
case("s16-story-by-linked-name-empty-time", story16("<p class='meta'>By <a href='/a/wb'>Wilma Brandt</a> | <time datetime='2015-03-03T06:00:00-07:00'></time></p>"),
  "Wilma Brandt", "2015-03-03", "3 March 2015")
case("s16-story-by-name-empty-time-plain-p", story16("<p>By Wilma Brandt | <time datetime='2015-03-03T06:00:00-07:00'></time></p>"),
  "Wilma Brandt", "2015-03-03", "3 March 2015")
# The headline inside the story's own element, the text right under it: the short lines between them are the
# header's, read as a header element's are (a relative time's title, the publication's line under an update's).
case("s16-story-by-name-relative-time-title", story16("<p>By Wilma Brandt <span title='March 3, 2015'>2 days ago</span></p>"),
  "Wilma Brandt", "2015-03-03")
case("s16-story-updated-then-published-lines", story16("<p>By Wilma Brandt</p><p>Updated March 5, 2015</p><p>Published March 3, 2015</p>"),
  "Wilma Brandt", "2015-03-03")
# Issue 15's fifteenth round (s17-). A British correspondent's line, "From Jane Roe in Place" (roles after a comma
# too): "From" is the byline's prefix only before a name and a place after "in" that ends the line; "From our
# correspondent in Place" names no one.
case("s17-from-name-in-place", layout9("<p class='byline'>From Tove Lindahl in Vienna</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s17-from-linked-name-in-place", layout9("<div class='byline'>From <a href='/profile/tl'>Tove Lindahl</a> in Vienna</div>" + D9),
  "Tove Lindahl", "2015-03-03")
case("s17-from-name-in-place-plain-line", layout9("<p>From Tove Lindahl in Vienna</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s17-from-name-comma-in-place", layout9("<p class='author'>From Tove Lindahl, in Vienna</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s17-from-name-role-in-place", layout9("<p class='byline'>From Tove Lindahl, Europe Editor, in Vienna</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s17-from-our-correspondent-in-place", layout9("<p class='byline'>From our correspondent in Vienna</p>" + D9), None, "2015-03-03")
case("s17-from-weekday-line-no-byline", layout9("<p>From Monday in Vienna</p>" + D9), None, "2015-03-03")
case("s17-from-two-names-in-place", layout9("<p class='byline'>From Tove Lindahl and Ines Marwood in Vienna</p>" + D9),
  "Tove Lindahl and Ines Marwood", "2015-03-03")
case("s17-from-names-each-in-place", layout9("<p class='byline'>From Tove Lindahl in Vienna and Ines Marwood in Berlin</p>" + D9),
  "Tove Lindahl and Ines Marwood", "2015-03-03")
case("s17-from-name-in-byline-markup", layout9("<p class='byline'>From Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
# Co-authors with their roles, set apart by a semicolon.
case("s17-names-roles-semicolon", layout9("<p class='byline'>Tove Lindahl, health reporter; Ines Marwood, political editor</p>" + D9),
  "Tove Lindahl and Ines Marwood", "2015-03-03")
case("s17-by-names-roles-semicolon", layout9("<p class='byline'>By Tove Lindahl, Health Reporter; Ines Marwood, Political Editor</p>" + D9),
  "Tove Lindahl and Ines Marwood", "2015-03-03")
# "Reviewed by Jane Roe", a review's byline (as "Review by"); a reviewer's line under another byline stays out.
case("s17-reviewed-by-name", layout9("<p class='byline'>Reviewed by Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s17-reviewed-by-name-plain-line", layout9("<p>Reviewed by Tove Lindahl</p>" + D9), "Tove Lindahl", "2015-03-03")
case("s17-by-name-then-reviewed-by-line", layout9("<p class='byline'>By Tove Lindahl</p><p>Reviewed by Ines Marwood</p>" + D9),
  "Tove Lindahl", "2015-03-03")
# An update's date and the publication's told apart by class words alone, the update's first, with no metadata:
# "updated" alone (hAtom's word, which themes also put on the publication's time) before "published" is the update.
case("s17-updated-span-then-published-span", layout9(BY16 + "<p class='dates'><span class='updated'>March 5, 2015</span> "
  "<span class='published'>March 3, 2015</span></p>"), "Tove Lindahl", "2015-03-03")
case("s17-date-updated-time-then-date-published-time", layout9(BY16 + "<div class='meta'><time class='date-updated'>March 5, 2015</time>"
  "<time class='date-published'>March 3, 2015</time></div>"), "Tove Lindahl", "2015-03-03")
case("s17-modified-time-then-published-time", layout9(BY16 + "<p><time class='modified' datetime='2015-03-05'>March 5, 2015</time> "
  "<time class='published' datetime='2015-03-03'>March 3, 2015</time></p>"), "Tove Lindahl", "2015-03-03")
case("s17-updated-line-then-published-line", layout9(BY16 + "<p class='updated'>March 5, 2015</p><p class='published'>March 3, 2015</p>"),
  "Tove Lindahl", "2015-03-03")
case("s17-updated-span-alone-is-the-date", layout9(BY16 + "<p class='dates'><span class='updated'>March 5, 2015</span></p>"),
  "Tove Lindahl", "2015-03-05")
json.dump(C, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(C), "cases")
