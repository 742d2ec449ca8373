// Named character references of HTML: the HTML 4 set and the common HTML5 additions (&apos; &hellip; ...).
// Values are those of the WHATWG table (https://html.spec.whatwg.org/entities.json). `legacy` names are also
// recognised without their final semicolon ("&amp", "&nbsp"), as browsers do. Sorted bytewise by name.
// Made once with Python's html.entities (name2codepoint plus a list of HTML5 names); edit by hand.
#include <algorithm>

#include "structure/html_tokenizer.h"

namespace aa::html {
namespace {

struct NamedRef {
  const char* name;
  char32_t cp1, cp2;
  bool legacy;
};

const NamedRef kNamedRefs[] = {
    {"AElig", 0x00C6, 0x0000, true},     {"AMP", 0x0026, 0x0000, true},
    {"Aacute", 0x00C1, 0x0000, true},    {"Acirc", 0x00C2, 0x0000, true},
    {"Agrave", 0x00C0, 0x0000, true},    {"Alpha", 0x0391, 0x0000, false},
    {"Aring", 0x00C5, 0x0000, true},     {"Atilde", 0x00C3, 0x0000, true},
    {"Auml", 0x00C4, 0x0000, true},      {"Beta", 0x0392, 0x0000, false},
    {"COPY", 0x00A9, 0x0000, true},      {"Ccedil", 0x00C7, 0x0000, true},
    {"Chi", 0x03A7, 0x0000, false},      {"Dagger", 0x2021, 0x0000, false},
    {"Delta", 0x0394, 0x0000, false},    {"ETH", 0x00D0, 0x0000, true},
    {"Eacute", 0x00C9, 0x0000, true},    {"Ecirc", 0x00CA, 0x0000, true},
    {"Egrave", 0x00C8, 0x0000, true},    {"Epsilon", 0x0395, 0x0000, false},
    {"Eta", 0x0397, 0x0000, false},      {"Euml", 0x00CB, 0x0000, true},
    {"GT", 0x003E, 0x0000, true},        {"Gamma", 0x0393, 0x0000, false},
    {"Hat", 0x005E, 0x0000, false},      {"Iacute", 0x00CD, 0x0000, true},
    {"Icirc", 0x00CE, 0x0000, true},     {"Igrave", 0x00CC, 0x0000, true},
    {"Iota", 0x0399, 0x0000, false},     {"Iuml", 0x00CF, 0x0000, true},
    {"Kappa", 0x039A, 0x0000, false},    {"LT", 0x003C, 0x0000, true},
    {"Lambda", 0x039B, 0x0000, false},   {"Mu", 0x039C, 0x0000, false},
    {"NewLine", 0x000A, 0x0000, false},  {"NoBreak", 0x2060, 0x0000, false},
    {"Ntilde", 0x00D1, 0x0000, true},    {"Nu", 0x039D, 0x0000, false},
    {"OElig", 0x0152, 0x0000, false},    {"Oacute", 0x00D3, 0x0000, true},
    {"Ocirc", 0x00D4, 0x0000, true},     {"Ograve", 0x00D2, 0x0000, true},
    {"Omega", 0x03A9, 0x0000, false},    {"Omicron", 0x039F, 0x0000, false},
    {"Oslash", 0x00D8, 0x0000, true},    {"Otilde", 0x00D5, 0x0000, true},
    {"Ouml", 0x00D6, 0x0000, true},      {"Phi", 0x03A6, 0x0000, false},
    {"Pi", 0x03A0, 0x0000, false},       {"Prime", 0x2033, 0x0000, false},
    {"Psi", 0x03A8, 0x0000, false},      {"QUOT", 0x0022, 0x0000, true},
    {"REG", 0x00AE, 0x0000, true},       {"Rho", 0x03A1, 0x0000, false},
    {"Scaron", 0x0160, 0x0000, false},   {"Sigma", 0x03A3, 0x0000, false},
    {"THORN", 0x00DE, 0x0000, true},     {"TRADE", 0x2122, 0x0000, false},
    {"Tab", 0x0009, 0x0000, false},      {"Tau", 0x03A4, 0x0000, false},
    {"Theta", 0x0398, 0x0000, false},    {"Uacute", 0x00DA, 0x0000, true},
    {"Ucirc", 0x00DB, 0x0000, true},     {"Ugrave", 0x00D9, 0x0000, true},
    {"Upsilon", 0x03A5, 0x0000, false},  {"Uuml", 0x00DC, 0x0000, true},
    {"Xi", 0x039E, 0x0000, false},       {"Yacute", 0x00DD, 0x0000, true},
    {"Yuml", 0x0178, 0x0000, false},     {"ZeroWidthSpace", 0x200B, 0x0000, false},
    {"Zeta", 0x0396, 0x0000, false},     {"aacute", 0x00E1, 0x0000, true},
    {"acirc", 0x00E2, 0x0000, true},     {"acute", 0x00B4, 0x0000, true},
    {"aelig", 0x00E6, 0x0000, true},     {"agrave", 0x00E0, 0x0000, true},
    {"alefsym", 0x2135, 0x0000, false},  {"alpha", 0x03B1, 0x0000, false},
    {"amp", 0x0026, 0x0000, true},       {"and", 0x2227, 0x0000, false},
    {"ang", 0x2220, 0x0000, false},      {"apos", 0x0027, 0x0000, false},
    {"aring", 0x00E5, 0x0000, true},     {"ast", 0x002A, 0x0000, false},
    {"asymp", 0x2248, 0x0000, false},    {"atilde", 0x00E3, 0x0000, true},
    {"auml", 0x00E4, 0x0000, true},      {"bdquo", 0x201E, 0x0000, false},
    {"beta", 0x03B2, 0x0000, false},     {"bigstar", 0x2605, 0x0000, false},
    {"brvbar", 0x00A6, 0x0000, true},    {"bsol", 0x005C, 0x0000, false},
    {"bull", 0x2022, 0x0000, false},     {"bullet", 0x2022, 0x0000, false},
    {"cap", 0x2229, 0x0000, false},      {"caret", 0x2041, 0x0000, false},
    {"ccedil", 0x00E7, 0x0000, true},    {"cedil", 0x00B8, 0x0000, true},
    {"cent", 0x00A2, 0x0000, true},      {"centerdot", 0x00B7, 0x0000, false},
    {"check", 0x2713, 0x0000, false},    {"chi", 0x03C7, 0x0000, false},
    {"circ", 0x02C6, 0x0000, false},     {"clubs", 0x2663, 0x0000, false},
    {"colon", 0x003A, 0x0000, false},    {"comma", 0x002C, 0x0000, false},
    {"commat", 0x0040, 0x0000, false},   {"cong", 0x2245, 0x0000, false},
    {"copy", 0x00A9, 0x0000, true},      {"copysr", 0x2117, 0x0000, false},
    {"crarr", 0x21B5, 0x0000, false},    {"cross", 0x2717, 0x0000, false},
    {"cup", 0x222A, 0x0000, false},      {"curren", 0x00A4, 0x0000, true},
    {"dArr", 0x21D3, 0x0000, false},     {"dagger", 0x2020, 0x0000, false},
    {"darr", 0x2193, 0x0000, false},     {"dash", 0x2010, 0x0000, false},
    {"deg", 0x00B0, 0x0000, true},       {"delta", 0x03B4, 0x0000, false},
    {"diams", 0x2666, 0x0000, false},    {"divide", 0x00F7, 0x0000, true},
    {"dollar", 0x0024, 0x0000, false},   {"eacute", 0x00E9, 0x0000, true},
    {"ecirc", 0x00EA, 0x0000, true},     {"egrave", 0x00E8, 0x0000, true},
    {"empty", 0x2205, 0x0000, false},    {"emsp", 0x2003, 0x0000, false},
    {"emsp13", 0x2004, 0x0000, false},   {"emsp14", 0x2005, 0x0000, false},
    {"ensp", 0x2002, 0x0000, false},     {"epsilon", 0x03B5, 0x0000, false},
    {"equals", 0x003D, 0x0000, false},   {"equiv", 0x2261, 0x0000, false},
    {"eta", 0x03B7, 0x0000, false},      {"eth", 0x00F0, 0x0000, true},
    {"euml", 0x00EB, 0x0000, true},      {"euro", 0x20AC, 0x0000, false},
    {"excl", 0x0021, 0x0000, false},     {"exist", 0x2203, 0x0000, false},
    {"female", 0x2640, 0x0000, false},   {"fnof", 0x0192, 0x0000, false},
    {"forall", 0x2200, 0x0000, false},   {"frac12", 0x00BD, 0x0000, true},
    {"frac13", 0x2153, 0x0000, false},   {"frac14", 0x00BC, 0x0000, true},
    {"frac15", 0x2155, 0x0000, false},   {"frac16", 0x2159, 0x0000, false},
    {"frac18", 0x215B, 0x0000, false},   {"frac23", 0x2154, 0x0000, false},
    {"frac25", 0x2156, 0x0000, false},   {"frac34", 0x00BE, 0x0000, true},
    {"frac35", 0x2157, 0x0000, false},   {"frac38", 0x215C, 0x0000, false},
    {"frac45", 0x2158, 0x0000, false},   {"frac56", 0x215A, 0x0000, false},
    {"frac58", 0x215D, 0x0000, false},   {"frac78", 0x215E, 0x0000, false},
    {"frasl", 0x2044, 0x0000, false},    {"gamma", 0x03B3, 0x0000, false},
    {"ge", 0x2265, 0x0000, false},       {"grave", 0x0060, 0x0000, false},
    {"gt", 0x003E, 0x0000, true},        {"hArr", 0x21D4, 0x0000, false},
    {"hairsp", 0x200A, 0x0000, false},   {"half", 0x00BD, 0x0000, false},
    {"harr", 0x2194, 0x0000, false},     {"hearts", 0x2665, 0x0000, false},
    {"hellip", 0x2026, 0x0000, false},   {"horbar", 0x2015, 0x0000, false},
    {"hyphen", 0x2010, 0x0000, false},   {"iacute", 0x00ED, 0x0000, true},
    {"icirc", 0x00EE, 0x0000, true},     {"iexcl", 0x00A1, 0x0000, true},
    {"igrave", 0x00EC, 0x0000, true},    {"image", 0x2111, 0x0000, false},
    {"infin", 0x221E, 0x0000, false},    {"int", 0x222B, 0x0000, false},
    {"iota", 0x03B9, 0x0000, false},     {"iquest", 0x00BF, 0x0000, true},
    {"isin", 0x2208, 0x0000, false},     {"iuml", 0x00EF, 0x0000, true},
    {"kappa", 0x03BA, 0x0000, false},    {"lArr", 0x21D0, 0x0000, false},
    {"lambda", 0x03BB, 0x0000, false},   {"lang", 0x2329, 0x0000, false},
    {"laquo", 0x00AB, 0x0000, true},     {"larr", 0x2190, 0x0000, false},
    {"lceil", 0x2308, 0x0000, false},    {"lcub", 0x007B, 0x0000, false},
    {"ldquo", 0x201C, 0x0000, false},    {"ldquor", 0x201E, 0x0000, false},
    {"le", 0x2264, 0x0000, false},       {"lfloor", 0x230A, 0x0000, false},
    {"lowast", 0x2217, 0x0000, false},   {"lowbar", 0x005F, 0x0000, false},
    {"loz", 0x25CA, 0x0000, false},      {"lpar", 0x0028, 0x0000, false},
    {"lrm", 0x200E, 0x0000, false},      {"lsaquo", 0x2039, 0x0000, false},
    {"lsqb", 0x005B, 0x0000, false},     {"lsquo", 0x2018, 0x0000, false},
    {"lsquor", 0x201A, 0x0000, false},   {"lt", 0x003C, 0x0000, true},
    {"macr", 0x00AF, 0x0000, true},      {"male", 0x2642, 0x0000, false},
    {"mdash", 0x2014, 0x0000, false},    {"micro", 0x00B5, 0x0000, true},
    {"middot", 0x00B7, 0x0000, true},    {"minus", 0x2212, 0x0000, false},
    {"mldr", 0x2026, 0x0000, false},     {"mu", 0x03BC, 0x0000, false},
    {"nabla", 0x2207, 0x0000, false},    {"nbsp", 0x00A0, 0x0000, true},
    {"ndash", 0x2013, 0x0000, false},    {"ne", 0x2260, 0x0000, false},
    {"ni", 0x220B, 0x0000, false},       {"nldr", 0x2025, 0x0000, false},
    {"not", 0x00AC, 0x0000, true},       {"notin", 0x2209, 0x0000, false},
    {"nsub", 0x2284, 0x0000, false},     {"ntilde", 0x00F1, 0x0000, true},
    {"nu", 0x03BD, 0x0000, false},       {"num", 0x0023, 0x0000, false},
    {"numsp", 0x2007, 0x0000, false},    {"oacute", 0x00F3, 0x0000, true},
    {"ocirc", 0x00F4, 0x0000, true},     {"oelig", 0x0153, 0x0000, false},
    {"ograve", 0x00F2, 0x0000, true},    {"oline", 0x203E, 0x0000, false},
    {"omega", 0x03C9, 0x0000, false},    {"omicron", 0x03BF, 0x0000, false},
    {"oplus", 0x2295, 0x0000, false},    {"or", 0x2228, 0x0000, false},
    {"ordf", 0x00AA, 0x0000, true},      {"ordm", 0x00BA, 0x0000, true},
    {"oslash", 0x00F8, 0x0000, true},    {"otilde", 0x00F5, 0x0000, true},
    {"otimes", 0x2297, 0x0000, false},   {"ouml", 0x00F6, 0x0000, true},
    {"para", 0x00B6, 0x0000, true},      {"part", 0x2202, 0x0000, false},
    {"percnt", 0x0025, 0x0000, false},   {"period", 0x002E, 0x0000, false},
    {"permil", 0x2030, 0x0000, false},   {"perp", 0x22A5, 0x0000, false},
    {"phi", 0x03C6, 0x0000, false},      {"phone", 0x260E, 0x0000, false},
    {"pi", 0x03C0, 0x0000, false},       {"piv", 0x03D6, 0x0000, false},
    {"plus", 0x002B, 0x0000, false},     {"plusmn", 0x00B1, 0x0000, true},
    {"pound", 0x00A3, 0x0000, true},     {"prime", 0x2032, 0x0000, false},
    {"prod", 0x220F, 0x0000, false},     {"prop", 0x221D, 0x0000, false},
    {"psi", 0x03C8, 0x0000, false},      {"puncsp", 0x2008, 0x0000, false},
    {"quest", 0x003F, 0x0000, false},    {"quot", 0x0022, 0x0000, true},
    {"rArr", 0x21D2, 0x0000, false},     {"radic", 0x221A, 0x0000, false},
    {"rang", 0x232A, 0x0000, false},     {"raquo", 0x00BB, 0x0000, true},
    {"rarr", 0x2192, 0x0000, false},     {"rceil", 0x2309, 0x0000, false},
    {"rcub", 0x007D, 0x0000, false},     {"rdquo", 0x201D, 0x0000, false},
    {"rdquor", 0x201D, 0x0000, false},   {"real", 0x211C, 0x0000, false},
    {"reg", 0x00AE, 0x0000, true},       {"rfloor", 0x230B, 0x0000, false},
    {"rho", 0x03C1, 0x0000, false},      {"rlm", 0x200F, 0x0000, false},
    {"rpar", 0x0029, 0x0000, false},     {"rsaquo", 0x203A, 0x0000, false},
    {"rsqb", 0x005D, 0x0000, false},     {"rsquo", 0x2019, 0x0000, false},
    {"rsquor", 0x2019, 0x0000, false},   {"sbquo", 0x201A, 0x0000, false},
    {"scaron", 0x0161, 0x0000, false},   {"sdot", 0x22C5, 0x0000, false},
    {"sect", 0x00A7, 0x0000, true},      {"semi", 0x003B, 0x0000, false},
    {"shy", 0x00AD, 0x0000, true},       {"sigma", 0x03C3, 0x0000, false},
    {"sigmaf", 0x03C2, 0x0000, false},   {"sim", 0x223C, 0x0000, false},
    {"sol", 0x002F, 0x0000, false},      {"spades", 0x2660, 0x0000, false},
    {"star", 0x2606, 0x0000, false},     {"starf", 0x2605, 0x0000, false},
    {"sub", 0x2282, 0x0000, false},      {"sube", 0x2286, 0x0000, false},
    {"sum", 0x2211, 0x0000, false},      {"sup", 0x2283, 0x0000, false},
    {"sup1", 0x00B9, 0x0000, true},      {"sup2", 0x00B2, 0x0000, true},
    {"sup3", 0x00B3, 0x0000, true},      {"supe", 0x2287, 0x0000, false},
    {"szlig", 0x00DF, 0x0000, true},     {"tau", 0x03C4, 0x0000, false},
    {"there4", 0x2234, 0x0000, false},   {"theta", 0x03B8, 0x0000, false},
    {"thetasym", 0x03D1, 0x0000, false}, {"thinsp", 0x2009, 0x0000, false},
    {"thorn", 0x00FE, 0x0000, true},     {"tilde", 0x02DC, 0x0000, false},
    {"times", 0x00D7, 0x0000, true},     {"trade", 0x2122, 0x0000, false},
    {"uArr", 0x21D1, 0x0000, false},     {"uacute", 0x00FA, 0x0000, true},
    {"uarr", 0x2191, 0x0000, false},     {"ucirc", 0x00FB, 0x0000, true},
    {"ugrave", 0x00F9, 0x0000, true},    {"uml", 0x00A8, 0x0000, true},
    {"upsih", 0x03D2, 0x0000, false},    {"upsilon", 0x03C5, 0x0000, false},
    {"uuml", 0x00FC, 0x0000, true},      {"verbar", 0x007C, 0x0000, false},
    {"vert", 0x007C, 0x0000, false},     {"weierp", 0x2118, 0x0000, false},
    {"xi", 0x03BE, 0x0000, false},       {"yacute", 0x00FD, 0x0000, true},
    {"yen", 0x00A5, 0x0000, true},       {"yuml", 0x00FF, 0x0000, true},
    {"zeta", 0x03B6, 0x0000, false},     {"zwj", 0x200D, 0x0000, false},
    {"zwnj", 0x200C, 0x0000, false},
};

}  // namespace

std::optional<std::pair<char32_t, char32_t>> find_named_reference(std::string_view name) {
  const NamedRef* end = kNamedRefs + sizeof kNamedRefs / sizeof kNamedRefs[0];
  const NamedRef* it =
      std::lower_bound(kNamedRefs, end, name, [](const NamedRef& r, std::string_view n) { return r.name < n; });
  if (it != end && it->name == name) return std::make_pair(it->cp1, it->cp2);
  return std::nullopt;
}

size_t longest_legacy_reference(std::string_view text, char32_t& cp1, char32_t& cp2) {
  // Legacy names are 2 to 6 characters long: try the longest prefix first.
  const NamedRef* end = kNamedRefs + sizeof kNamedRefs / sizeof kNamedRefs[0];
  for (size_t n = std::min<size_t>(text.size(), 6); n >= 2; --n) {
    std::string_view name = text.substr(0, n);
    const NamedRef* it =
        std::lower_bound(kNamedRefs, end, name, [](const NamedRef& r, std::string_view k) { return r.name < k; });
    if (it != end && it->name == name && it->legacy) {
      cp1 = it->cp1;
      cp2 = it->cp2;
      return n;
    }
  }
  return 0;
}

}  // namespace aa::html
