#include "quotes/transcripts.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "data/tables.h"
#include "once_per_document.h"
#include "text/unicode.h"

namespace aa::quotes {
namespace {

enum class TranscriptWord : uint8_t { Question, Answer, Role, Title, ToVerb, SubjectVerb };

#include "quote_transcript_words.inc"  // kTranscriptWords

constexpr uint32_t kMaxVoxPopWords = 8;  // after the name's comma: "54, retired teacher, Leeds"
constexpr uint32_t kMaxLabelWords = 4;   // "THE PRESIDING JUDGE", "Tamsin Reade", "DR AMIRA OSEI"

// Scores of a turn's speaker: a name in the label that the text's entities know, a name or role as written, the
// interviewer or interviewee of "Q:"/"A:" read from the intro, and the one mentioned most.
constexpr float kNamedScore = 0.9f;
constexpr float kWrittenScore = 0.8f;
constexpr float kIntroScore = 0.75f;
constexpr float kGuessScore = 0.6f;
constexpr float kNoSpeakerScore = 0.2f;

enum class LabelKind : uint8_t { Question, Answer, Name, Role };

// A person named in the intro: an entity's tokens, or a run of capitalised words that looks like a person's name.
struct PersonRef {
  uint32_t first = 0, last = 0;
  int32_t cluster = -1;
  std::string name;
  BlockKind block = BlockKind::Paragraph;
};

class Reader {
 public:
  explicit Reader(const TextIndex& ix) : ix_(ix), doc_(ix.doc) {
    for (size_t c = 0; c < doc_.clusters.size(); ++c) {
      const Cluster& cl = doc_.clusters[c];
      if (cl.label != Label::Person || cl.name.empty()) continue;
      std::string lower = unicode::lowercase(cl.name);
      by_name_.emplace(lower, static_cast<int32_t>(c));
      std::string last = last_word(lower);
      auto [it, added] = by_surname_.emplace(last, static_cast<int32_t>(c));
      if (!added && it->second != static_cast<int32_t>(c)) it->second = -1;  // two people share it
    }
  }

  AA_ONCE_PER_DOCUMENT std::vector<TranscriptTurn> run() {
    std::vector<TranscriptTurn> turns;
    std::vector<LabelKind> kinds;
    std::unordered_set<std::string> speakers;  // one key per speaker: "Q", "A", a cluster, a name, a role
    // Labels open paragraphs, or lines inside a paragraph that the reader joined ("Q: ...\nA: ..."); a turn runs to
    // the next label that opens a line of its paragraph, else to the paragraph's end.
    std::optional<TranscriptTurn> open;
    std::optional<LabelKind> open_kind;
    bool open_weak = false;
    std::vector<bool> weak;  // per turn: a name label the intro must name
    auto close = [&](uint32_t end) {
      if (!open) return;
      open->last = end;
      if (statement(*open, *open_kind)) {
        turns.push_back(std::move(*open));
        kinds.push_back(*open_kind);
        weak.push_back(open_weak);
      }
      open.reset();
    };
    for (uint32_t t = 0; t < ix_.size(); ++t) {
      bool block_start = t == 0 || ix_.block(t - 1) != ix_.block(t);
      if (block_start) close(t);
      if (!block_start && !line_start(t)) continue;
      if (doc_.article.blocks[ix_.block(t)].kind != BlockKind::Paragraph) continue;
      TranscriptTurn turn;
      turn_weak_ = false;
      std::optional<LabelKind> kind = label(t, turn);
      if (!kind) continue;
      close(t);
      open = std::move(turn);
      open_kind = kind;
      open_weak = turn_weak_;
      t = open->label_end - 1;
    }
    close(static_cast<uint32_t>(ix_.size()));
    if (turns.empty()) return {};
    read_intro(turns.front().label_first);
    size_t kept = 0;
    for (size_t i = 0; i < turns.size(); ++i) {
      if (weak[i] && !intro_names_.count(unicode::lowercase(turns[i].speaker.name))) continue;
      // Questions and answers with no one to answer them (no person in the headline or the intro, none named
      // twice) are the writer's own explainer ("Q&A: what the new rules mean"), not an interview.
      bool qa = kinds[i] == LabelKind::Question || kinds[i] == LabelKind::Answer;
      if (qa && !interviewee_) continue;
      if (kept != i) {
        turns[kept] = std::move(turns[i]);
        kinds[kept] = kinds[i];
      }
      ++kept;
    }
    turns.resize(kept);
    kinds.resize(kept);
    fuller_names(turns, kinds);
    for (size_t i = 0; i < turns.size(); ++i) speakers.insert(key(turns[i], kinds[i]));
    if (turns.size() < 2 || speakers.size() < 2) return {};
    for (size_t i = 0; i < turns.size(); ++i) {
      if (kinds[i] == LabelKind::Question) ask(turns[i]);
      if (kinds[i] == LabelKind::Answer) answer(turns[i]);
    }
    for (size_t i = 0; i < turns.size(); ++i)
      continue_turn(turns[i], i + 1 < turns.size() ? turns[i + 1].label_first : static_cast<uint32_t>(ix_.size()),
                    i + 1 == turns.size());
    return turns;
  }

 private:
  const TextIndex& ix_;
  const Document& doc_;
  std::unordered_map<std::string, int32_t> by_name_;     // a person's canonical name, lowercase -> cluster
  std::unordered_map<std::string, int32_t> by_surname_;  // its last word -> cluster, -1 when shared
  struct Holder {
    int32_t cluster = -1;
    std::string name;
    bool shared = false;  // two people hold it
  };
  std::unordered_map<std::string, Holder> holders_;  // a role, lowercase -> the person who holds it
  bool holders_read_ = false;
  std::optional<PersonRef> interviewer_, interviewee_;
  std::unordered_set<std::string> intro_names_;  // the people the intro names, lowercase
  bool turn_weak_ = false;                       // label(): the name is a run the intro must name
  float interviewee_score_ = kIntroScore;

  // A turn that ends its paragraph goes on over the paragraphs after it that have no label of their own, up to the
  // next turn's label (`next`), a heading or a paragraph that is plainly the writer's: one that opens with a
  // quotation mark or reports someone's words ("Ostrow said ...", "..., the council said."). After the last turn
  // only paragraphs in the first person go on with it (the writer's closing lines are in the third).
  void continue_turn(TranscriptTurn& turn, uint32_t next, bool last_turn) const {
    if (turn.marked || turn.last >= next || turn.last == 0 || ix_.block(turn.last - 1) == ix_.block(turn.last)) return;
    uint32_t t = turn.last;
    while (t < next) {
      uint32_t b = ix_.block(t);
      if (doc_.article.blocks[b].kind != BlockKind::Paragraph) return;
      uint32_t end = t;
      while (end < next && ix_.block(end) == b) ++end;
      if (end == next && end < ix_.size() && ix_.block(end) == b) return;  // the next label opens a line in it
      if (!continues(t, end, last_turn)) return;
      turn.last = end;
      t = end;
    }
  }
  bool continues(uint32_t first, uint32_t end, bool last_turn) const {
    if (ix_.kind(first) == TokenKind::Quote) return false;
    bool first_person = false;
    for (uint32_t t = first; t < end; ++t) {
      std::string w = ix_.lower(t);
      first_person = first_person || w == "i" || w == "we" || w == "my" || w == "our" || w == "me" || w == "us";
      const auto& cue = ix_.info[t].cue;
      if (!cue || !(*cue == CueWord::Say || *cue == CueWord::Report || *cue == CueWord::According)) continue;
      // A verb of saying next to a third person (a name, "he", "she", "they", "the council") is the writer's report.
      for (uint32_t k = t > first + 3 ? t - 3 : first; k <= t + 1 && k < end; ++k) {
        if (k == t) continue;
        std::string x = ix_.lower(k);
        if (ix_.info[k].entity >= 0 || x == "he" || x == "she" || x == "they" || x == "the") return false;
      }
    }
    return !last_turn || first_person;
  }

  static std::string last_word(const std::string& s) {
    size_t sp = s.rfind(' ');
    return sp == std::string::npos ? s : s.substr(sp + 1);
  }
  // Does token t open a line (a line break in the text before it)?
  bool line_start(uint32_t t) const {
    if (t == 0) return true;
    uint32_t a = doc_.tokens[t - 1].span.end, b = doc_.tokens[t].span.begin;
    return std::string_view(doc_.text).substr(a, b - a).find('\n') != std::string_view::npos;
  }
  bool in_block(uint32_t t, uint32_t b) const { return t < ix_.size() && ix_.block(t) == b; }
  bool wordlike(uint32_t t) const {
    TokenKind k = ix_.kind(t);
    return k == TokenKind::Word || k == TokenKind::Abbrev;
  }
  std::optional<TranscriptWord> word(uint32_t t) const {
    if (!wordlike(t)) return std::nullopt;
    std::string w = ix_.lower(t);
    if (!w.empty() && w.back() == '.') w.pop_back();  // "Q.", "Dr."
    return table_find(kTranscriptWords, w);
  }
  std::string text(uint32_t a, uint32_t b) const {
    Span s = ix_.span(a, b);
    return std::string(doc_.view(s));
  }

  // The label that opens the paragraph at token t: "Q:", "Q.", "A:", "INTERVIEWER:", a person's name, a title and
  // a surname, or a role, before a colon. Fills the turn's tokens and, for names and roles, its speaker.
  std::optional<LabelKind> label(uint32_t t, TranscriptTurn& turn) {
    uint32_t b = ix_.block(t);
    turn.label_first = t;
    std::optional<TranscriptWord> w = word(t);
    if (w == TranscriptWord::Question || w == TranscriptWord::Answer) {
      std::string_view x = ix_.text(t);
      bool letter = x.size() <= 2;  // "Q", "A", "Q."
      uint32_t end = 0;
      if (letter && x.size() == 2 && x.back() == '.') {
        end = t + 1;
      } else if (in_block(t + 1, b) && (ix_.is_punct(t + 1, ":") || (letter && ix_.is_punct(t + 1, ".")))) {
        end = t + 2;
      }
      if (end && in_block(end, b)) {
        turn.label_end = end;
        return w == TranscriptWord::Question ? LabelKind::Question : LabelKind::Answer;
      }
    }
    if (vox_pop_label(t, turn)) return LabelKind::Name;
    // Capitalised words (or "the" before a role) up to a colon.
    uint32_t e = t;
    while (in_block(e, b) && e - t < kMaxLabelWords && wordlike(e) && (ix_.info[e].upper || ix_.word_is(e, "the")) &&
           (e == t || !line_start(e)))
      ++e;
    if (e == t || !in_block(e + 1, b) || !ix_.is_punct(e, ":") || line_start(e)) return std::nullopt;
    turn.label_end = e + 1;
    uint32_t a = ix_.word_is(t, "the") ? t + 1 : t;
    if (a == e) return std::nullopt;
    turn.speaker.mention = ix_.span(t, e);
    // A role: "PRESENTER:", "THE JUDGE:".
    if (e - a <= 2 && word(e - 1) == TranscriptWord::Role) {
      role(turn, a, e);
      return LabelKind::Role;
    }
    if (a != t) return std::nullopt;
    // A person: the entity the label is, or a person's name or surname the entities know.
    int32_t ent = ix_.info[t].entity;
    if (ent >= 0) {
      const Entity& en = doc_.entities[ent];
      if (en.label == Label::Person && en.first_token == t && en.last_token == e && en.cluster >= 0) {
        named(turn, en.cluster, kNamedScore);
        return LabelKind::Name;
      }
    }
    if (int32_t c = known(unicode::lowercase(text(t, e))); c >= 0) {
      named(turn, c, kNamedScore);
      return LabelKind::Name;
    }
    // A title and a surname: "MR HALE:", "Dr Osei:", "JUDGE PARRY:".
    std::optional<TranscriptWord> first = word(t);
    if ((first == TranscriptWord::Title || first == TranscriptWord::Role) && e - t >= 2) {
      int32_t c = known(unicode::lowercase(text(e - 1, e)));
      if (c >= 0) {
        named(turn, c, kNamedScore);
      } else {
        turn.speaker.name = text(t, e);
        turn.score = kWrittenScore;
      }
      return LabelKind::Name;
    }
    // A run of capitalised words that looks like a person's name ("NICK ROBINSON" the tagger missed).
    // Any other run of two or three capitalised words is a name only if the intro names that person ("She talked
    // to Priya Nair"; a glossary's "Spring Tide:" is not): run() checks it once the intro is read.
    int32_t run = ix_.info[t].run;
    if (run >= 0 && ix_.runs[run].first == t && ix_.runs[run].last == e && e - t >= 2) {
      turn.speaker.name = text(t, e);
      turn.score = kWrittenScore;
      turn_weak_ = !ix_.runs[run].person;
      return LabelKind::Name;
    }
    return std::nullopt;
  }

  // A vox pop's label: a person's name, then after a comma an age and a description, up to a colon ("Ellen Marsh,
  // 54, nurse:", "Sam Tulley, retired teacher, Leeds:"); no verb of saying or auxiliary in it ("X, the mayor, said:"
  // is a cue's colon).
  bool vox_pop_label(uint32_t t, TranscriptTurn& turn) {
    uint32_t b = ix_.block(t);
    int32_t ent = ix_.info[t].entity;
    if (ent < 0) return false;
    const Entity& en = doc_.entities[static_cast<size_t>(ent)];
    if (en.label != Label::Person || en.first_token != t || en.cluster < 0) return false;
    uint32_t e = en.last_token;
    if (!in_block(e, b) || !ix_.is_punct(e, ",")) return false;
    uint32_t k = e + 1;
    for (; in_block(k, b) && k - e <= kMaxVoxPopWords && !ix_.is_punct(k, ":"); ++k) {
      TokenKind kind = ix_.kind(k);
      if (line_start(k) || ix_.info[k].cue || ix_.is(k, QuoteWord::Aux) || ix_.word_is(k, "who") ||
          ix_.word_is(k, "which") || (kind == TokenKind::Punct && !ix_.is_punct(k, ",")) || kind == TokenKind::Quote ||
          kind == TokenKind::Dash)
        return false;
    }
    if (k == e + 1 || !in_block(k + 1, b) || !ix_.is_punct(k, ":") || line_start(k + 1)) return false;
    // The words open a sentence of their own; a court list's "John Doe, 34, of Mill Road: fined £200" or "Jailed
    // for six months" is the writer's record, no one's words.
    uint32_t w = k + 1;
    if (ix_.kind(w) != TokenKind::Quote && (!ix_.info[w].upper || ix_.ed_form(w))) return false;
    turn.label_end = k + 1;
    turn.speaker.mention = ix_.span(t, e);
    named(turn, en.cluster, kNamedScore);
    return true;
  }

  // "Reade:" after "TAMSIN READE:" is the same speaker, whatever the tagger made of the surname alone: the one
  // name label of two words or more that ends with it.
  static void fuller_names(std::vector<TranscriptTurn>& turns, const std::vector<LabelKind>& kinds) {
    struct Full {
      const Speaker* speaker;
      bool shared;
    };
    std::unordered_map<std::string, Full> by_last;
    for (size_t i = 0; i < turns.size(); ++i) {
      const Speaker& sp = turns[i].speaker;
      std::string lower = unicode::lowercase(sp.name);
      if (kinds[i] != LabelKind::Name || lower.find(' ') == std::string::npos) continue;
      auto [it, added] = by_last.emplace(last_word(lower), Full{&sp, false});
      if (!added && unicode::lowercase(it->second.speaker->name) != lower) it->second.shared = true;
    }
    for (size_t i = 0; i < turns.size(); ++i) {
      Speaker& sp = turns[i].speaker;
      if (kinds[i] != LabelKind::Name || sp.name.find(' ') != std::string::npos) continue;
      auto it = by_last.find(unicode::lowercase(sp.name));
      if (it == by_last.end() || it->second.shared) continue;
      sp.name = it->second.speaker->name;
      sp.cluster = it->second.speaker->cluster;
    }
  }

  // The person cluster with this lowercase name or surname, or -1.
  int32_t known(const std::string& lower) const {
    auto full = by_name_.find(lower);
    if (full != by_name_.end()) return full->second;
    if (lower.find(' ') != std::string::npos) return -1;
    auto sur = by_surname_.find(lower);
    return sur == by_surname_.end() ? -1 : sur->second;
  }

  void named(TranscriptTurn& turn, int32_t cluster, float score) const {
    turn.speaker.cluster = cluster;
    turn.speaker.name = doc_.clusters[cluster].name;
    turn.score = score;
  }

  // A role's speaker: the one person the text gives that title (a cluster's title, or the name right after the
  // role word in the text: "the presenter Ruth Amis"), else the role as written ("the judge").
  void role(TranscriptTurn& turn, uint32_t a, uint32_t e) {
    if (!holders_read_) read_holders();
    std::string r = unicode::lowercase(text(a, e));
    auto found = holders_.find(r);
    if (found == holders_.end()) found = holders_.find(unicode::lowercase(text(e - 1, e)));
    if (found != holders_.end() && !found->second.shared) {
      turn.speaker.name = found->second.name;
      turn.speaker.cluster = found->second.cluster;
    } else {
      turn.speaker.name = "the " + r;
    }
    turn.score = kWrittenScore;
  }

  void hold(const std::string& role, int32_t cluster, const std::string& name) {
    auto [it, added] = holders_.emplace(role, Holder{cluster, name, false});
    if (!added && unicode::lowercase(it->second.name) != unicode::lowercase(name)) it->second.shared = true;
  }

  // Every person's titles and every role word in lowercase followed by a name, read once; a title two people hold
  // names neither.
  void read_holders() {
    holders_read_ = true;
    for (size_t c = 0; c < doc_.clusters.size(); ++c) {
      const Cluster& cl = doc_.clusters[c];
      if (cl.label != Label::Person || cl.name.empty()) continue;
      for (const std::string& title : cl.titles) hold(unicode::lowercase(title), static_cast<int32_t>(c), cl.name);
    }
    for (uint32_t t = 0; t + 1 < ix_.size(); ++t) {
      if (!ix_.info[t].lower || word(t) != TranscriptWord::Role) continue;
      uint32_t n = t + 1;
      int32_t ent = ix_.info[n].entity;
      int32_t run = ix_.info[n].run;
      if (ent >= 0) {
        const Entity& en = doc_.entities[ent];
        // The tagger may read an unknown name as a place or a body: after a role word it is a person.
        bool name =
            en.label == Label::Person || en.label == Label::Org || en.label == Label::Gpe || en.label == Label::Loc;
        if (!name || en.first_token != n || (en.label != Label::Person && en.last_token - n < 2)) continue;
        bool person = en.label == Label::Person && en.cluster >= 0;
        hold(ix_.lower(t), person ? en.cluster : -1, person ? doc_.clusters[en.cluster].name : text(n, en.last_token));
      } else if (run >= 0 && ix_.runs[run].first == n && ix_.runs[run].last - n >= 2) {
        hold(ix_.lower(t), -1, text(n, ix_.runs[run].last));
      }
    }
  }

  // Is the turn's text a statement: words after the label, ending as a sentence ends (or breaks off), not a
  // description ("Tamsin Reade: narrator", "Dr Osei: Professor of economics")?
  bool statement(TranscriptTurn& turn, LabelKind kind) const {
    uint32_t first = turn.label_end, last = turn.last;
    turn.first = first;
    if (first >= last || ix_.info[first].lower) return false;
    bool words = false;
    for (uint32_t t = first; t < last && !words; ++t)
      words = wordlike(t) || ix_.kind(t) == TokenKind::Number || ix_.kind(t) == TokenKind::Clitic;
    if (!words) return false;
    if (kind == LabelKind::Name || kind == LabelKind::Role) {
      // "Dr Osei: Professor of economics." describes; "NICK ROBINSON: Minister, who is to blame?" speaks to one.
      uint32_t h = first;
      if (ix_.is(h, QuoteWord::Determiner) && h + 1 < last) ++h;
      if (ix_.info[h].speaker == SpeakerWord::Role && !(h + 1 < last && ix_.is_punct(h + 1, ","))) return false;
    }
    // "Host: Ruth Amis.": a credit, the words after the label only a name.
    uint32_t n = first;
    while (n < last && (ix_.info[n].entity >= 0 || ix_.info[n].run >= 0)) ++n;
    if (n > first && (n == last || (n + 1 == last && ix_.kind(n) == TokenKind::Punct))) return false;
    // "Forstall: “Who is taller?”": the words in marks are a direct quotation (the turn still counts).
    uint32_t tail = last - 1;
    if (tail > first && ix_.kind(tail) == TokenKind::Punct && ix_.info[tail].quote < 0) --tail;
    turn.marked = ix_.info[first].quote >= 0 && ix_.is_mark(first) && ix_.info[tail].quote == ix_.info[first].quote;
    uint32_t end = last - 1;
    while (end > first && (ix_.is_mark(end) || ix_.is_punct(end, ")"))) --end;
    TokenKind k = ix_.kind(end);
    std::string_view x = ix_.text(end);
    return k == TokenKind::Ellipsis || k == TokenKind::Dash ||
           (k == TokenKind::Punct && (x == "." || x == "?" || x == "!"));
  }

  std::string key(const TranscriptTurn& turn, LabelKind kind) const {
    switch (kind) {
      case LabelKind::Question: return "Q";
      case LabelKind::Answer: return "A";
      default:
        return turn.speaker.cluster >= 0 ? "#" + std::to_string(turn.speaker.cluster)
                                         : unicode::lowercase(turn.speaker.name);
    }
  }

  // ---- the intro: who asks, who answers ----

  static bool same(const PersonRef& a, const PersonRef& b) {
    if (a.cluster >= 0 && b.cluster >= 0) return a.cluster == b.cluster;
    std::string x = unicode::lowercase(a.name), y = unicode::lowercase(b.name);
    return x == y || last_word(x) == last_word(y);
  }

  // The people named in tokens [0, end): entities and person-like runs, in text order.
  std::vector<PersonRef> people(uint32_t end) const {
    std::vector<PersonRef> out;
    for (uint32_t t = 0; t < end; ++t) {
      PersonRef p;
      int32_t ent = ix_.info[t].entity;
      int32_t run = ix_.info[t].run;
      if (ent >= 0 && doc_.entities[ent].label == Label::Person && doc_.entities[ent].first_token == t) {
        const Entity& en = doc_.entities[ent];
        p.first = t;
        p.last = std::min(en.last_token, end);
        p.cluster = en.cluster;
        p.name = en.cluster >= 0 ? doc_.clusters[en.cluster].name : text(t, p.last);
      } else if (ent < 0 && run >= 0 && ix_.runs[run].first == t && ix_.runs[run].person) {
        p.first = t;
        p.last = std::min(ix_.runs[run].last, end);
        p.cluster = known(unicode::lowercase(text(t, p.last)));
        p.name = p.cluster >= 0 ? doc_.clusters[p.cluster].name : text(t, p.last);
      } else {
        continue;
      }
      p.block = doc_.article.blocks[ix_.block(t)].kind;
      t = p.last - 1;
      out.push_back(std::move(p));
    }
    return out;
  }

  // The interviewer: "She spoke to X", "interviewed by X", "as told to X", "X asked", "X meets the novelist", else
  // the byline's person. The interviewee: the person the headline names, else the intro's first other person, else
  // the person mentioned most.
  void read_intro(uint32_t end) {
    std::vector<PersonRef> found = people(end);
    std::optional<PersonRef> headline;
    for (const PersonRef& p : found)
      if (p.block == BlockKind::Title || p.block == BlockKind::Subtitle) {
        headline = p;
        break;
      }
    // The people in text order never overlap: both their first and their last tokens are sorted.
    auto starting_at = [&](uint32_t t) -> const PersonRef* {
      auto it =
          std::lower_bound(found.begin(), found.end(), t, [](const PersonRef& p, uint32_t x) { return p.first < x; });
      return it != found.end() && it->first == t ? &*it : nullptr;
    };
    auto ending_at = [&](uint32_t t) -> const PersonRef* {
      auto it =
          std::lower_bound(found.begin(), found.end(), t, [](const PersonRef& p, uint32_t x) { return p.last < x; });
      return it != found.end() && it->last == t ? &*it : nullptr;
    };
    for (uint32_t t = 0; t + 1 < end && !interviewer_; ++t) {
      std::optional<TranscriptWord> w = word(t);
      if (w != TranscriptWord::ToVerb && w != TranscriptWord::SubjectVerb) continue;
      const PersonRef* subject = ending_at(t);
      bool prep = ix_.word_is(t + 1, "to") || ix_.word_is(t + 1, "with") || ix_.word_is(t + 1, "by");
      const PersonRef* object = prep && t + 2 < end ? starting_at(t + 2) : nullptr;
      PersonRef unknown;  // "She talked to Priya Nair": two capitalised words no entity covers
      if (!object && prep && t + 2 < end) {
        int32_t run = ix_.info[t + 2].run;
        if (run >= 0 && ix_.info[t + 2].entity < 0 && ix_.runs[run].first == t + 2 &&
            ix_.runs[run].last - ix_.runs[run].first >= 2 && ix_.runs[run].last <= end) {
          unknown.first = t + 2;
          unknown.last = ix_.runs[run].last;
          unknown.name = text(unknown.first, unknown.last);
          object = &unknown;
        }
      }
      if (object && (w == TranscriptWord::ToVerb || ix_.word_is(t + 1, "by"))) {
        // "Hannah Okafor spoke to Tamsin Reade", the headline's novelist: the subject asks.
        if (headline && same(*object, *headline)) {
          if (subject) interviewer_ = *subject;
        } else {
          interviewer_ = *object;
        }
      } else if (subject && !prep && !(headline && same(*subject, *headline))) {
        interviewer_ = *subject;
      }
    }
    for (const PersonRef& p : found) {
      intro_names_.insert(unicode::lowercase(p.name));
      // The tagger may stop at a given name it knows ("[Wenna] Tregarth reports."): the run of capitalised words the
      // person opens names them too, so a label with the whole name ("WENNA TREGARTH:") is a person the intro names.
      int32_t run = ix_.info[p.first].run;
      if (run >= 0 && ix_.runs[run].first == p.first && ix_.runs[run].last > p.last && ix_.runs[run].last <= end)
        intro_names_.insert(unicode::lowercase(text(p.first, ix_.runs[run].last)));
    }
    if (interviewer_) intro_names_.insert(unicode::lowercase(interviewer_->name));
    if (!interviewer_)
      for (const PersonRef& p : found)
        if (p.block == BlockKind::Byline) {
          interviewer_ = p;
          break;
        }
    auto other = [&](const PersonRef& p) { return !interviewer_ || !same(p, *interviewer_); };
    if (headline && other(*headline)) interviewee_ = headline;
    if (!interviewee_)
      for (const PersonRef& p : found)
        if (p.block != BlockKind::Byline && p.block != BlockKind::Credit && p.block != BlockKind::Caption && other(p)) {
          interviewee_ = p;
          break;
        }
    if (!interviewee_) {
      // The person mentioned most (twice or more), who is not the interviewer.
      size_t most = 1;
      for (size_t c = 0; c < doc_.clusters.size(); ++c) {
        const Cluster& cl = doc_.clusters[c];
        if (cl.label != Label::Person || cl.name.empty() || cl.mentions.size() <= most) continue;
        PersonRef p;
        p.cluster = static_cast<int32_t>(c);
        p.name = cl.name;
        if (!other(p)) continue;
        most = cl.mentions.size();
        interviewee_ = p;
        interviewee_score_ = kGuessScore;
      }
    }
  }

  void as(TranscriptTurn& turn, const PersonRef& p, float score) const {
    turn.speaker.name = p.name;
    turn.speaker.cluster = p.cluster;
    turn.score = score;
  }

  // "Q:": the interviewer, or the publication's interviewer, unnamed.
  void ask(TranscriptTurn& turn) const {
    turn.cue = ix_.span(turn.label_first, turn.label_end);
    if (interviewer_) {
      as(turn, *interviewer_, kIntroScore);
    } else {
      turn.speaker.name = "anonymous interviewer";
      turn.speaker.anonymous = true;
      turn.score = kGuessScore;
    }
  }

  // "A:": the interviewee.
  void answer(TranscriptTurn& turn) const {
    turn.cue = ix_.span(turn.label_first, turn.label_end);
    if (interviewee_) {
      as(turn, *interviewee_, interviewee_score_);
    } else {
      turn.score = kNoSpeakerScore;
    }
  }
};

}  // namespace

namespace {

// Can a token of the document end a turn's label (Reader::label)? A label ends at a colon ("Q:", "TAMSIN READE:"),
// or is a question or answer letter with its period ("Q.", "A ."). Most news has neither: then there is no turn to
// read, and the reader (its name tables, its walk of every line) is skipped.
bool may_have_labels(const TextIndex& ix) {
  auto letter = [&](uint32_t t) {
    std::string_view x = ix.text(t);
    return (ix.kind(t) == TokenKind::Word || ix.kind(t) == TokenKind::Abbrev) && !x.empty() && x.size() <= 2 &&
           (x[0] == 'Q' || x[0] == 'q' || x[0] == 'A' || x[0] == 'a');
  };
  for (uint32_t t = 0; t < ix.size(); ++t) {
    if (ix.is_punct(t, ":")) return true;
    if (!letter(t)) continue;
    if (ix.text(t).size() == 2 ? ix.text(t)[1] == '.' : t + 1 < ix.size() && ix.is_punct(t + 1, ".")) return true;
  }
  return false;
}

}  // namespace

std::vector<TranscriptTurn> find_transcript_turns(const TextIndex& ix) {
  if (ix.gated() && !may_have_labels(ix)) return {};
  return Reader(ix).run();
}

}  // namespace aa::quotes
