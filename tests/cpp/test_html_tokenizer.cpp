// The HTML tokenizer (core/structure/html_tokenizer.h): character references, tags and attributes, comments, CDATA, raw
// text.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "structure/html_tokenizer.h"

using aa::html::decode_references;
using aa::html::Token;
using aa::html::Tokenizer;
using aa::html::TokenType;

namespace {

// A compact picture of the token stream: "<p class=x>", "</p>", "'text'", "raw:'...'", "!comment", "cdata:'...'".
std::vector<std::string> tokens(std::string_view html) {
  std::vector<std::string> out;
  Tokenizer tz(html);
  Token t;
  while (tz.next(t)) {
    switch (t.type) {
      case TokenType::StartTag: {
        std::string s = "<" + t.name;
        for (const auto& a : t.attributes) s += " " + a.name + "=" + a.value;
        if (t.self_closing) s += "/";
        out.push_back(s + ">");
        break;
      }
      case TokenType::EndTag: out.push_back("</" + t.name + ">"); break;
      case TokenType::Text: out.push_back("'" + t.text + "'"); break;
      case TokenType::RawText: out.push_back("raw:'" + t.text + "'"); break;
      case TokenType::Comment: out.push_back("!" + t.text); break;
      case TokenType::Doctype: out.push_back("doctype:" + t.text); break;
      case TokenType::Cdata: out.push_back("cdata:'" + t.text + "'"); break;
    }
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("character references are decoded as browsers do", "[html]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"a &amp; b", "a & b"},
      {"&lt;p&gt;", "<p>"},
      {"&quot;&apos;", "\"'"},
      {"x&nbsp;y", "x\xC2\xA0y"},
      {"&mdash;&ndash;&hellip;", "\xE2\x80\x94\xE2\x80\x93\xE2\x80\xA6"},
      {"&ldquo;q&rdquo; &lsquo;s&rsquo;", "\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x80\x98s\xE2\x80\x99"},
      {"&#8220;&#x201D;&#X201c;", "\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x9C"},
      {"&#150; &#151; &#128;", "\xE2\x80\x93 \xE2\x80\x94 \xE2\x82\xAC"},  // Windows-1252 reading
      {"&#0;&#xD800;&#x110000;", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"&#99999999999999999999;", "\xEF\xBF\xBD"},
      {"&#38", "&"},                           // no semicolon
      {"&amp &copy 2023", "& \xC2\xA9 2023"},  // legacy names without ';'
      {"&notit;", "\xC2\xACit;"},              // longest legacy prefix
      {"&bogus; & &# &#x; &", "&bogus; & &# &#x; &"},
      {"&Eacute;t&eacute;", "\xC3\x89t\xC3\xA9"},
      {"&euro;5 &pound;3",
       "\xE2\x82\xAC"
       "5 \xC2\xA3"
       "3"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(decode_references(c.in) == c.out);
  }
  SECTION("in attribute values a legacy name before a letter, digit or '=' is left alone") {
    std::string out;
    decode_references("?a=1&copy=2&amp;b&notx", out, true);
    CHECK(out == "?a=1&copy=2&b&notx");
  }
  SECTION("NUL is dropped from text, and becomes U+FFFD in attributes") {
    std::string text, attr;
    decode_references(std::string("a\0b", 3), text);
    decode_references(std::string("a\0b", 3), attr, true, false);
    CHECK(text == "ab");
    CHECK(attr ==
          "a\xEF\xBF\xBD"
          "b");
  }
}

TEST_CASE("tags, attributes with any quoting, self-closing, end tags", "[html]") {
  CHECK(tokens("<P CLASS=\"a b\" id='x' data-v=raw checked>t</P>") ==
        V{"<p class=a b id=x data-v=raw checked=>", "'t'", "</p>"});
  CHECK(tokens("<img src=a.jpg alt=\"&quot;hi&quot;\"/>") == V{"<img src=a.jpg alt=\"hi\"/>"});
  CHECK(tokens("<a href=x?a=1&amp;b=2 title=T>") == V{"<a href=x?a=1&b=2 title=T>"});
  CHECK(tokens("<div a=1 a=2>") == V{"<div a=1>"});  // the first of a repeated name wins
  CHECK(tokens("<div =x y = \"z\">") == V{"<div =x= y=z>"});
  CHECK(tokens("<br/><hr />") == V{"<br/>", "<hr/>"});
  CHECK(tokens("a < b and c<d>") == V{"'a '", "'<'", "' b and c'", "<d>"});
  CHECK(tokens("x </> y") == V{"'x '", "' y'"});
  CHECK(tokens("</ p>") == V{"! p"});  // bogus comment
  CHECK(tokens("<p") == V{});          // EOF in a tag: dropped
  CHECK(tokens("t<") == V{"'t'", "'<'"});
}

TEST_CASE("comments, doctype, CDATA, processing instructions", "[html]") {
  CHECK(tokens("<!DOCTYPE html><!-- a -- b -->x") == V{"doctype: html", "! a -- b ", "'x'"});
  CHECK(tokens("<!-->a<!--->b") == V{"!", "'a'", "!", "'b'"});
  CHECK(tokens("<!-- x --!>y") == V{"! x ", "'y'"});
  CHECK(tokens("<!-- unterminated") == V{"! unterminated"});
  CHECK(tokens("<![CDATA[a < b]]>c") == V{"cdata:'a < b'", "'c'"});
  CHECK(tokens("<?xml version=\"1.0\"?><p>") == V{"!?xml version=\"1.0\"?", "<p>"});
  CHECK(tokens("<!x>") == V{"!x"});
}

TEST_CASE("raw text of script, style, noscript, template; RCDATA of title and textarea", "[html]") {
  CHECK(tokens("<script>if (a<b && c>d) x(\"</scr\"+\"ipt>\")</script>p") ==
        V{"<script>", "raw:'if (a<b && c>d) x(\"</scr\"+\"ipt>\")'", "</script>", "'p'"});
  CHECK(tokens("<style>p>a{}</STYLE >") == V{"<style>", "raw:'p>a{}'", "</style>"});
  CHECK(tokens("<noscript><p>x</p></noscript>") == V{"<noscript>", "raw:'<p>x</p>'", "</noscript>"});
  CHECK(tokens("<template><p>x</template>") == V{"<template>", "raw:'<p>x'", "</template>"});
  CHECK(tokens("<title>A &amp; <b>B</title>") == V{"<title>", "'A & <b>B'", "</title>"});
  CHECK(tokens("<textarea><p>&lt;</textarea>") == V{"<textarea>", "'<p><'", "</textarea>"});
  CHECK(tokens("<script>never closed") == V{"<script>", "raw:'never closed'"});
  CHECK(tokens("<script></script>") == V{"<script>", "raw:''", "</script>"});
  CHECK(tokens("<plaintext></plaintext>x") == V{"<plaintext>", "raw:'</plaintext>x'"});
}

TEST_CASE("the tokenizer ends on any input, in linear time", "[html]") {
  std::vector<std::string> inputs = {std::string(200000, '<'),
                                     std::string(200000, '&'),
                                     std::string(100000, '<') + std::string(100000, '!'),
                                     "<a " + std::string(200000, 'x'),
                                     "<a b='" + std::string(200000, 'x'),
                                     "<!--" + std::string(200000, '-'),
                                     "<![CDATA[" + std::string(200000, ']'),
                                     "<script>" + std::string(200000, '<'),
                                     std::string("\0<\0p\0>\0", 8)};
  std::string many_attrs = "<p";
  for (int i = 0; i < 20000; ++i) many_attrs += " a" + std::to_string(i % 500) + "=1";
  inputs.push_back(many_attrs + ">");
  for (const auto& in : inputs) {
    Tokenizer tz(in);
    Token t;
    size_t n = 0;
    while (tz.next(t)) {
      ++n;
      REQUIRE(t.attributes.size() <= 256);
    }
    CHECK(n <= in.size() + 1);
    CHECK(tz.position() == in.size());
  }
}

TEST_CASE("named references: the common set is there", "[html]") {
  for (const char* name :
       {"amp",   "lt",    "gt",     "quot",  "apos",  "nbsp",  "mdash",  "ndash", "rsquo",  "lsquo",
        "ldquo", "rdquo", "hellip", "copy",  "reg",   "trade", "euro",   "pound", "eacute", "uuml",
        "shy",   "bull",  "middot", "laquo", "raquo", "deg",   "frac12", "times", "zwj",    "thinsp"}) {
    CAPTURE(name);
    CHECK(aa::html::find_named_reference(name));
  }
  CHECK_FALSE(aa::html::find_named_reference("notaname"));
}

TEST_CASE("html tokenizer: find_amp_or_nul agrees with the byte scan", "[html]") {
  // Every position of '&' and NUL in runs around the eight-byte steps, from every start, and bytes that differ
  // from '&' or 0 in one bit (' ', '\x01', '\xA6', '\x80') or are high.
  std::string base = "The council met on Tuesday; the vote was 7 to 2 \xC3\xA9t\xC3\xA9 \xE2\x80\x94 \x01 \xA6\x80";
  for (size_t len = 0; len <= base.size(); ++len) {
    std::string s = base.substr(0, len);
    for (size_t at = 0; at <= len; ++at)
      for (char c : {'&', '\0', 'x'}) {
        std::string t = s;
        if (at < len) t[at] = c;
        const std::string_view v(t);
        for (size_t from = 0; from <= len; ++from) {
          CAPTURE(len, at, int(c), from);
          REQUIRE(aa::html::find_amp_or_nul(v, from) == aa::html::find_amp_or_nul_plain(v, from));
        }
      }
  }
}
