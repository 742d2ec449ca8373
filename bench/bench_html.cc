// HTML parse speed: MB/s of the tokenizer alone, of the HTML structure stage (tokenizer, tree, article finder)
// and of the whole analysis, on a page of about 2 MB (or on the files given).
//   usage: bench_html [--repeat N] [FILE.html ...]
// Prints one line per measure; the best of N runs (default 7) counts. Not a test, not built by default:
//   cmake --build --preset native --target bench_html && build/native/bench_html
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "analyser.h"
#include "structure/html_tokenizer.h"
#include "structure/structure.h"

namespace {

// A news page of about `bytes`: a head with scripts, styles and JSON-LD, navigation, then an article whose
// paragraphs carry links, entities and inline markup, with figures, ad slots and related lists between them,
// and a footer.
std::string make_page(size_t bytes) {
  std::string head =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Benchmark page | Site</title>"
      "<meta property=\"og:title\" content=\"Benchmark page\">"
      "<meta property=\"article:published_time\" content=\"2023-01-25T10:00:00Z\">"
      "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>"
      "<style>body{margin:0}.nav a{color:#333}.story p{line-height:1.5}</style>"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"headline\":\"Benchmark page\",\"datePublished\":\"2023-01-25T10:00:00Z\",\"author\":{\"name\":\"Jane "
      "Doe\"}}</script></head><body><nav class=\"main-nav\"><ul><li><a href=\"/\">Home</a></li><li><a "
      "href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li></ul></nav><main><article "
      "class=\"story\"><h1 class=\"headline\">Benchmark page</h1><div class=\"byline\">By <a rel=\"author\" "
      "href=\"/jane\">Jane Doe</a></div><time datetime=\"2023-01-25T10:00:00Z\">January 25, 2023</time><div "
      "class=\"article-body\">";
  std::string tail =
      "</div></article></main><aside class=\"sidebar\"><h2>Most read</h2><ol><li><a href=\"/1\">One</a></li></ol>"
      "</aside><footer><p>&copy; 2023 Site. All rights reserved.</p></footer></body></html>";
  const char* paras[] = {
      "<p>The US has confronted China regarding <a href=\"/e\">new evidence</a> suggesting that some Chinese "
      "state-owned companies have been involved in providing non-lethal assistance to Russia for its &ldquo;special "
      "military operation&rdquo; in Ukraine.</p>\n",
      "<p>In a report on Tuesday, <b>Bloomberg</b> cited anonymous sources saying that the aid comprised "
      "&#8220;non-lethal military and economic assistance,&#8221; such as flak jackets and helmets, which "
      "&ldquo;stops short of wholesale evasion of the sanctions&rdquo; imposed on Russia by the West.</p>\n",
      "<figure><img src=\"x.jpg\" alt=\"\"><figcaption>Leaders meet in Brasilia, Brazil, 13 November 2019. "
      "<span class=\"credit\">Photo: Reuters</span></figcaption></figure>\n",
      "<p>US State Department spokesperson Ned Price told reporters: <q>We would be concerned if we were to see "
      "not only the People&rsquo;s Republic of China itself engaging in this</q>.</p>\n",
      "<div class=\"ad-slot\"><span>Advertisement</span><script>googletag.cmd.push(function(){});</script></div>\n",
      "<h2>China-Russia Dynamic Post the Ukraine War</h2>\n",
      "<blockquote><p>Land for growing food is not a luxury. It is infrastructure.</p></blockquote>\n",
      "<div class=\"related\"><ul><li><a href=\"/r1\">Related story one</a></li><li><a href=\"/r2\">Related story "
      "two</a></li></ul></div>\n",
  };
  std::string page = head;
  for (size_t i = 0; page.size() + tail.size() < bytes; ++i) page += paras[i % (sizeof paras / sizeof *paras)];
  return page + tail;
}

double best_seconds(int repeat, const std::function<void()>& f) {
  double best = 1e30;
  for (int i = 0; i < repeat; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
  }
  return best;
}

void bench(const std::string& name, const std::string& page, int repeat) {
  double mb = static_cast<double>(page.size()) / 1e6;
  size_t tokens = 0, text_bytes = 0, blocks = 0;
  double tz = best_seconds(repeat, [&] {
    aa::html::Tokenizer t(page);
    aa::html::Token tok;
    tokens = 0;
    while (t.next(tok)) ++tokens;
  });
  double st = best_seconds(repeat, [&] {
    aa::Document d;
    d.text = page;
    aa::structure_html(d);
    text_bytes = d.text.size();
    blocks = d.article.blocks.size();
  });
  static const aa::Analyser analyser;
  aa::Options html;
  html.input = aa::InputKind::Html;
  double all = best_seconds(repeat, [&] { analyser.analyse(page, html); });
  std::printf("%s: %.2f MB, %zu tokens, %zu blocks, %.2f MB of article text\n", name.c_str(), mb, tokens, blocks,
              static_cast<double>(text_bytes) / 1e6);
  std::printf("  html tokenizer        %8.1f MB/s  (%.1f ms)\n", mb / tz, tz * 1e3);
  std::printf("  structure_html        %8.1f MB/s  (%.1f ms)\n", mb / st, st * 1e3);
  std::printf("  analyse (html input)  %8.1f MB/s  (%.1f ms)\n", mb / all, all * 1e3);
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 7;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
      repeat = std::max(1, std::atoi(argv[++i]));
    else
      files.push_back(argv[i]);
  }
  if (files.empty()) {
    bench("generated page", make_page(2u << 20), repeat);
    return 0;
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "bench_html: cannot read %s\n", f.c_str());
      return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    bench(f, ss.str(), repeat);
  }
  return 0;
}
