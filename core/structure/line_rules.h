// What a single line (or HTML block) of an article page is, read from its words alone: page debris, a byline,
// a date line, an image credit, a headline or a section heading. Shared by the plain-text and the HTML readers
// (text_reader.cc, html_page.cc and html_finder.cc). Word lists come from core/data/structure_phrases.tsv.
//
// Every function takes one line of valid UTF-8 (no line breaks needed; they count as spaces) and looks at it
// alone; the readers add what the neighbouring lines say.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "structure/dates.h"

namespace aa::rules {

/// Does `s` hold an ASCII digit? (Eight bytes at a time; tests/cpp/test_line_rules.cpp checks it against a plain
/// loop over the bytes.)
bool has_digit(std::string_view s);

/// `line` without the white space (and BOMs, zero-width spaces) at its ends. A line that starts and ends with a
/// printable ASCII character (most) is returned at once; trim_plain, the reference that
/// tests/cpp/test_line_rules.cpp compares it with, reads the ends code point by code point.
std::string_view trim(std::string_view line);
std::string_view trim_plain(std::string_view line);

/// The line lowercased (Unicode simple mapping), runs of white space made one space, trimmed.
std::string normalize(std::string_view line);
/// normalize's reference, code point by code point: normalize itself lowercases a line of ASCII with single spaces
/// (most lines) at once. tests/cpp/test_line_rules.cpp checks that both agree.
std::string normalize_plain(std::string_view line);

/// normalize(line) == normalized, without making the string (and returning at the first difference).
bool normalizes_to(std::string_view line, std::string_view normalized);

/// Number of words (runs of letters or digits).
int word_count(std::string_view line);

/// std::min(word_count(line), cap) for cap >= 1, reading no further than the cap-th word: a long line of prose asked
/// whether it has at most a few words is answered at its first words. (tests/cpp/test_line_rules.cpp checks it
/// against word_count.)
int word_count_at_most(std::string_view line, int cap);

/// Page debris: a fragment of markup or script ("!-- Google tag (gtag.js) -->"), a stock phrase
/// ("Advertisement", "Share this article", "Read more: ...", "We use cookies ..."), a run of navigation links
/// in one line ("Home | World | Politics"), a reading time ("5 min read"), a gallery counter ("1 of 12").
bool is_boilerplate(std::string_view line);
/// is_boilerplate without its early rejection of long lines of prose: the reference a test compares it with.
bool is_boilerplate_plain(std::string_view line);

/// A time of day alone ("18:40", "at 6.40 pm", "10h15"): a live blog's entry time, no date.
bool is_time_of_day_line(std::string_view line);

/// A relative time stamp alone ("3 hours ago", "Updated 12 mins ago"): it gives no date of its own.
bool is_relative_time_line(std::string_view line);

/// A day named relative to today alone, perhaps with a time ("Today", "Yesterday, 10:15", "gestern", "Friday at 8:00
/// am"): like a relative time, no date of its own.
bool is_relative_day_line(std::string_view line);

/// A short line of navigation words ("World", "Sport", "Middle East"): such lines in a run are navigation.
bool is_nav_line(std::string_view line);

/// Looks like a name or a name and a role: short, capitalised, no digits, no sentence end ("Ian Sample Science
/// editor", "BBC News, Yorkshire").
bool is_name_like(std::string_view line);

/// A label that stands on its own line above a date: "Published", "Updated:".
bool is_date_label(std::string_view line);

/// A byline: "By Jane Doe and John Roe, Reuters", "Written by Jane Doe", "BY JANE DOE".
bool is_byline(std::string_view line);

/// A line that opens with a wire dateline in capitals and a dash before a byline ("OSLO — By Jane Roe",
/// "NEW YORK - By Jane Roe"): the byline after it; empty otherwise.
std::string_view after_dateline(std::string_view line);

/// The names in a byline line, without "By", a date, a handle, a role or a degree ("By Jane Doe, Reuters
/// staff | Jan 25, 2023" -> "Jane Doe"; "Par Alexandre Hervaud et Jérémy Piette" -> both names): byte offsets of
/// the line, or nothing when no name is left.
std::optional<std::pair<size_t, size_t>> byline_names(std::string_view line);
/// A byline that names a news agency alone ("By AFP", "Associated Press"): no person is the author.
bool agency_only(std::string_view line);
/// A byline that names a desk, not a person: after "By", only roles and "Our" ("By Staff", "Staff Reporter", "Our
/// Foreign Staff").
bool desk_only(std::string_view line);

/// A line that says when the article was updated, not published ("Updated Jul 24, 2018", "Mis à jour le ...").
bool is_update_line(std::string_view line);

/// An image credit: "IMAGE SOURCE: KREMLIN VIA REUTERS", "Photo: AP", "(AP Photo/Evan Vucci)",
/// "REUTERS/Kevin Lamarque", "Getty Images".
bool is_credit(std::string_view line);

/// A caption with a credit at its end ("Putin in Brasilia. Photo: AP", "... (AP Photo/Evan Vucci)"): the byte
/// offset where the credit starts (after the caption's white space), if there is one and text before it.
std::optional<size_t> trailing_credit(std::string_view line);

/// A caption announced as such: "Image caption, ...", "Caption: ...", "Pictured: ...".
bool has_caption_prefix(std::string_view line);

/// A date line: a date (with or without a time) and nothing else but a prefix like "Updated" or "Published on"
/// and separators: "January 25, 2023", "Updated 3:04 PM EST, Wed March 1, 2023". Returns the date found. A numeric
/// date that find_date leaves (day and month both 12 or less with a four-digit year: "Posted on 04/03/2016") is read
/// in `order`, the page's language's, when it is known.
std::optional<DateMatch> date_line(std::string_view line, DateOrder order = DateOrder::Unknown);

/// A line of metadata in parts: "By Jane Doe | January 25, 2023 | 5 min read", "By Jane Doe, Reuters  Jan 25, 2023".
/// Each part is a byline, a date line or debris, and at least one is a byline or a date.
struct MetaPart {
  size_t begin, end;                                    // bytes of the line, trimmed
  enum Kind { Byline, Date, Boilerplate, Other } kind;  // Other never comes out
};
std::vector<MetaPart> split_meta_line(std::string_view line,
                                      DateOrder order = DateOrder::Unknown);  // order: date_line's

/// Could be a headline: 2 to 30 words, at most 250 bytes, no final period, comma or semicolon, starting with an
/// upper-case letter, a digit or a quotation mark.
bool is_headline_like(std::string_view line);

/// Could be a section heading: 1 to 12 words, at most 100 bytes, starting with an upper-case letter or a digit,
/// no final . , ; : and no opening quotation mark.
bool is_heading_like(std::string_view line);

/// Ends like a sentence (. ! ? …, perhaps followed by a closing quotation mark or bracket).
bool ends_like_sentence(std::string_view line);

/// A line of roles only, as under a byline: "Staff writer", "Senior Political Correspondent" (NotName words of
/// structure_phrases.tsv).
bool is_role_line(std::string_view line);

/// A plain-text byline without "By": two to four capitalised names, a comma or " | ", and a journalist's role
/// ("Morwenna Tillett, Environment Reporter", "Dev Amin | Political Editor"): the role line's words only, the last
/// a journalist's job.
bool is_named_role_byline(std::string_view line);

/// A journalist's role alone ("Health Editor", "Chief Political Correspondent", "envoyée spéciale"): role and desk
/// words only (structure_phrases.tsv), one of them a journalist's job; not an expert's ("Senior Analyst").
bool is_journalist_role(std::string_view role);

/// A full name alone: two or three capitalised words that no table knows, the last ending in a letter ("Jane Roe").
bool is_name_alone(std::string_view line);

/// A journalist's role before the names with no "By", as a label ("Health Correspondent Jane Roe", "Chief Political
/// Correspondent Jane Roe"): one to three capitalised role or desk words, the last a journalist's job, then two or
/// three capitalised words that no table knows. Not an official's title ("Harbour Master Jane Roe").
bool is_role_name_byline(std::string_view line);

/// A label over a list of links to other stories ("Related", "Most read", "You may also like"): page debris, and
/// so are the headlines listed under it.
bool is_link_list_label(std::string_view line);

/// A closing line that credits others with the reporting: "Jane Roe in Leeds contributed to this report." (names,
/// then a CreditSuffix phrase of structure_phrases.tsv). Not the article's body, nor its byline.
bool is_reporting_credit(std::string_view line);

/// The reporters of a wire service's credit line ("Reporting by Jane Roe in Lisbon and John Doe; Additional reporting
/// by Ann Lee; Editing by Max Poe", in brackets or not): their names joined by ", " and " and " ("Jane Roe, John Doe
/// and Ann Lee"), without places, writers or editors; empty when the line is no such credit.
std::string reporting_names(std::string_view line);

/// A byline whose names each may have a place after them, at least one has ("By Jane Roe in Oslo and John Doe in
/// Lagos", "Jane Roe in Oslo, John Doe and Ann Lee"): the names alone, joined as reporting_names joins them ("Jane Roe
/// and John Doe"); empty when the line is no such byline or names one person.
std::string byline_with_places(std::string_view line);

/// The text right before a name ends with an editor's label ("Edited by", "Editor:", "[责任编辑:"): the name is
/// an editor's. Reads at most the last 60 bytes.
bool after_editor_label(std::string_view before);

/// Starts with a wire dateline ("WASHINGTON (Reuters) -", "LONDON, Jan 25 (AP) —"): the lead paragraph.
bool starts_with_dateline(std::string_view line);

}  // namespace aa::rules
