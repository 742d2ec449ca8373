// Speakers, second half: resolving a speaker phrase to an entity cluster (names and surnames, pronouns, roles,
// organisation nouns, anonymous sources), remembering who spoke last. The phrases come from speaker_phrases.cc.
#include "quotes/speaker_resolver.h"

#include <algorithm>
#include <unordered_map>

#include "once_per_document.h"
#include "text/unicode.h"

namespace aa::quotes {
namespace {

// How far back the resolver looks among the persons mentioned before a quotation.
constexpr size_t kMaxCandidates = 40;

std::string last_word(const std::string& s) {
  size_t sp = s.find_last_of(' ');
  return sp == std::string::npos ? s : s.substr(sp + 1);
}

// "spokesperson", "spokesman", "spokeswoman" (lowercase).
bool spokes_word(std::string_view w) {
  return w == "spokesperson" || w == "spokesman" || w == "spokeswoman";
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Resolver

Resolver::Resolver(const TextIndex& ix) : ix_(ix) {
  cluster_gender_.resize(ix.doc.clusters.size());
  for (size_t c = 0; c < ix.doc.clusters.size(); ++c) {
    const Cluster& cl = ix.doc.clusters[c];
    if (cl.label != Label::Person) continue;
    std::string name = unicode::lowercase(cl.name);
    size_t sp = name.find(' ');
    cluster_gender_[c] = find_name_gender(name.substr(0, sp));
    for (const auto& title : cl.titles) {
      auto w = find_speaker_word(unicode::lowercase(title));
      if (w == SpeakerWord::MaleTitle) cluster_gender_[c] = Gender::Male;
      if (w == SpeakerWord::FemaleTitle) cluster_gender_[c] = Gender::Female;
    }
  }
  // "His wife, Zelphine,", "her brother Tamsk Ori": a word for a relative right before a person's mention (a comma
  // between them or not) tells the gender the name did not.
  for (uint32_t t = 1; t < ix.size(); ++t) {
    int32_t e = ix.info[t].entity;
    if (e < 0 || ix.info[t - 1].entity == e) continue;
    const Entity& ent = ix.doc.entities[static_cast<size_t>(e)];
    if (ent.label != Label::Person || ent.cluster < 0 || static_cast<size_t>(ent.cluster) >= cluster_gender_.size() ||
        cluster_gender_[ent.cluster])
      continue;
    uint32_t k = ix.is_punct(t - 1, ",") && t >= 2 ? t - 2 : t - 1;
    if (ix.info[k].lower) cluster_gender_[ent.cluster] = find_relative_gender(ix.lower(k));
  }
  for (size_t c = 0; c < ix.doc.clusters.size(); ++c) {
    std::string name = unicode::lowercase(ix.doc.clusters[c].name);
    if (name.empty()) continue;
    cluster_by_name_.emplace(name, static_cast<int32_t>(c));
    if (ix.doc.clusters[c].label != Label::Person || name.find(' ') == std::string::npos) continue;
    auto [it, inserted] = cluster_by_surname_.emplace(last_word(name), static_cast<int32_t>(c));
    if (!inserted && it->second != static_cast<int32_t>(c)) it->second = -1;
  }
  collect();
  for (size_t h = 0; h < holders_.size(); ++h) holders_by_role_[holders_[h].role].push_back(h);
}

std::string Resolver::phrase_text(uint32_t a, uint32_t b) const {
  return std::string(ix_.doc.view(ix_.span(a, b)));
}

std::string Resolver::name_of_entity(int32_t e) const {
  const Entity& ent = ix_.doc.entities[e];
  if (ent.cluster >= 0 && static_cast<size_t>(ent.cluster) < ix_.doc.clusters.size() &&
      !ix_.doc.clusters[ent.cluster].name.empty())
    return ix_.doc.clusters[ent.cluster].name;
  return std::string(ix_.doc.view(ent.span));
}

void Resolver::collect() {
  const Document& doc = ix_.doc;
  std::unordered_map<std::string, std::string> full_names;  // last word -> fullest person name so far
  uint32_t current_sentence = UINT32_MAX;
  bool seen_person = false;
  auto add_person = [&](uint32_t t, uint32_t last, int32_t cluster, std::string name, std::optional<Gender> g) {
    uint32_t s = ix_.info[t].sentence;
    if (s != current_sentence) {
      current_sentence = s;
      seen_person = false;
    }
    persons_.push_back({t, s, cluster, std::move(name), g, !seen_person});
    seen_person = true;
    size_t index = persons_.size() - 1;
    // Roles held: "spokesperson Ned Price", "Foreign Minister Sergey Lavrov", "Secretary of State Antony
    // Blinken"; "Ned Price, the State Department spokesperson,".
    for (uint32_t k = t, steps = 0; k > 0 && steps < 4; ++steps) {
      --k;
      const TokenInfo& x = ix_.info[k];
      if (x.speaker == SpeakerWord::Role) {
        holders_.push_back({t, ix_.lower(k), index});
        break;
      }
      if (!(x.upper || ix_.lower(k) == "of")) break;
    }
    // "The board's chair, Rita Moss, opened ...": the role before the name's comma, the name set beside it.
    if (t > 1 && ix_.is_punct(t - 1, ",") && ix_.info[t - 2].speaker == SpeakerWord::Role && ix_.info[t - 2].lower &&
        last < ix_.size() && ix_.is_punct(last, ","))
      holders_.push_back({t, ix_.lower(t - 2), index});
    if (last < ix_.size() && ix_.is_punct(last, ",")) {
      for (uint32_t k = last + 1; k < ix_.size() && k < last + 10; ++k) {
        if (ix_.kind(k) == TokenKind::Punct || ix_.kind(k) == TokenKind::Quote) break;
        if (ix_.info[k].speaker == SpeakerWord::Role) holders_.push_back({t, ix_.lower(k), index});
      }
    }
    if (cluster >= 0) {
      for (const auto& title : doc.clusters[cluster].titles) {
        std::string l = unicode::lowercase(title);
        holders_.push_back({t, last_word(l), index});
      }
    }
  };
  for (uint32_t t = 0; t < ix_.size(); ++t) {
    const TokenInfo& x = ix_.info[t];
    if (x.quote >= 0) continue;
    if (x.entity >= 0) {
      if (t > 0 && ix_.info[t - 1].entity == x.entity) continue;
      // A photo credit's names ("(Dara Vell/The Harbour Press)") and the byline's ("By Ilse Varga, Harbour News")
      // are nobody the article refers back to.
      BlockKind kind = doc.article.blocks[ix_.block(t)].kind;
      if (kind == BlockKind::Credit || kind == BlockKind::Byline) continue;
      const Entity& e = doc.entities[x.entity];
      uint32_t last = t;
      while (last < ix_.size() && ix_.info[last].entity == x.entity) ++last;
      if (e.label == Label::Person) {
        std::optional<Gender> g;
        if (e.cluster >= 0 && static_cast<size_t>(e.cluster) < cluster_gender_.size()) g = cluster_gender_[e.cluster];
        if (!g && t > 0 && ix_.info[t - 1].speaker == SpeakerWord::MaleTitle) g = Gender::Male;
        if (!g && t > 0 && ix_.info[t - 1].speaker == SpeakerWord::FemaleTitle) g = Gender::Female;
        add_person(t, last, e.cluster, name_of_entity(x.entity), g);
      } else if (e.label == Label::Org || e.label == Label::Gpe) {
        groups_.push_back({t, x.sentence, e.cluster, name_of_entity(x.entity), true, e.label == Label::Gpe});
      }
      continue;
    }
    if (x.run >= 0) {
      const NameRun& r = ix_.runs[x.run];
      if (t != r.first) continue;
      // "Ms [Quinn]": a title before a person the entity stage tagged is that person, added with its cluster
      // next (not a second person "Ms Quinn" with none).
      bool tagged = false;
      for (uint32_t k = r.first; k < r.last && !tagged; ++k) {
        int32_t e = ix_.info[k].entity;
        tagged = e >= 0 && doc.entities[static_cast<size_t>(e)].label == Label::Person;
      }
      if (tagged) continue;
      // "told The Harbour Gazette": the one told, a capitalised article before an organisation or place the entity
      // stage tagged, is that entity (added as a group next), no person.
      bool other_entity = false;
      for (uint32_t k = r.first; k < r.last && !other_entity; ++k) other_entity = ix_.info[k].entity >= 0;
      bool told = r.first > 0 && (ix_.word_is(r.first - 1, "told") || ix_.word_is(r.first - 1, "tell") ||
                                  ix_.word_is(r.first - 1, "tells") || ix_.word_is(r.first - 1, "telling"));
      if (other_entity && told && ix_.word_is(r.first, "the")) continue;
      std::string name = phrase_text(r.first, r.last);
      std::string lower = unicode::lowercase(name);
      // A name right before a speech verb, or right after one ("Biden said", "asked Schumer"), speaks: with no
      // entity stage to say more, it may stand for "he" or "she" later.
      bool person = r.person || speaks(r.first, r.last);
      if (r.last - r.first == 1) {
        auto it = full_names.find(lower);
        if (it != full_names.end()) {
          name = it->second;
          person = true;
        }
      } else if (person) {
        // "Price" and "Xi" later stand for "Ned Price" and "Xi Jinping".
        full_names[last_word(lower)] = name;
        full_names.emplace(lower.substr(0, lower.find(' ')), name);
      }
      // A headline's title-case words ("Harbour Authority Warns of Delays") and a lone source noun opening a
      // sentence ("Councillors voted") are no organisation the body refers back to.
      BlockKind block = doc.article.blocks[ix_.block(t)].kind;
      bool heading = block == BlockKind::Title || block == BlockKind::Subtitle || block == BlockKind::Heading;
      bool source_word = r.last - r.first == 1 && x.speaker && *x.speaker != SpeakerWord::OrgNoun;
      if (person)
        add_person(t, r.last, -1, name, r.gender);
      else if (!r.initial && !heading && !source_word)
        groups_.push_back({t, x.sentence, -1, name, true});
      continue;
    }
    // "The chancellor has finished speaking.": a role with no name beside it ("the chancellor, Ada Lin," and
    // "the chancellor Ada Lin" name one, who is then a person mentioned).
    if (x.speaker == SpeakerWord::Role && t > 0 && ix_.lower(t - 1) == "the" && ix_.info[t - 1].quote < 0 &&
        !(t + 1 < ix_.size() && (ix_.info[t + 1].upper || ix_.info[t + 1].entity >= 0))) {
      roles_.push_back({t - 1, t, x.sentence});
      continue;
    }
    if (x.speaker == SpeakerWord::Anonymous) {
      std::string w = ix_.lower(t);
      if (w == "people" || (w.size() > 1 && w.back() == 's'))
        groups_.push_back({t, x.sentence, -1, "anonymous " + w, false});
    }
  }
}

bool Resolver::speaks(uint32_t first, uint32_t last) const {
  auto speech = [&](uint32_t t) {
    const auto& c = ix_.info[t].cue;
    return c && (*c == CueWord::Say || *c == CueWord::Report || *c == CueWord::Utter);
  };
  uint32_t k = last;
  while (k < ix_.size() && (ix_.is(k, QuoteWord::Adverb) || ix_.info[k].ly || ix_.is(k, QuoteWord::Aux))) ++k;
  if (k < ix_.size() && speech(k)) return true;
  return first > 0 && speech(first - 1);
}

std::optional<Gender> Resolver::gender_of(const PersonMention& p) const {
  if (p.cluster >= 0 && static_cast<size_t>(p.cluster) < cluster_gender_.size() && cluster_gender_[p.cluster])
    return cluster_gender_[p.cluster];
  return p.gender;
}

Resolved Resolver::from_person(const PersonMention& p) const {
  Resolved r;
  r.person = true;
  if (p.cluster >= 0) {
    r.speaker.cluster = p.cluster;
    r.speaker.name = ix_.doc.clusters[p.cluster].name.empty() ? p.name : ix_.doc.clusters[p.cluster].name;
    r.clusters.push_back(p.cluster);
  } else {
    r.speaker.name = p.name;
  }
  return r;
}

Resolved Resolver::resolve_name(const Mention& m) {
  Resolved r;
  const Document& doc = ix_.doc;
  const NameRun& run = ix_.runs[m.run];
  std::string text = phrase_text(run.first, run.last);
  std::string lower = unicode::lowercase(text);
  r.person = run.person;
  // An entity cluster with this name or (for one word) this surname, if the tagger missed this mention.
  int32_t found = -1;
  auto full = cluster_by_name_.find(lower);
  if (full != cluster_by_name_.end()) {
    found = full->second;
  } else if (run.last - run.first == 1) {
    auto sur = cluster_by_surname_.find(lower);
    if (sur != cluster_by_surname_.end()) found = sur->second;  // -1 when two people share it
  }
  if (found >= 0) {
    r.speaker.cluster = found;
    r.speaker.name = doc.clusters[found].name;
    r.clusters.push_back(found);
    r.person = doc.clusters[found].label == Label::Person;
    r.group = !r.person;
    return r;
  }
  // The fullest earlier name of a person with this surname ("Price" -> "Ned Price").
  if (run.last - run.first == 1) {
    auto it = std::lower_bound(persons_.begin(), persons_.end(), m.first,
                               [](const PersonMention& p, uint32_t tok) { return p.token < tok; });
    for (size_t seen = 0; it != persons_.begin() && seen < 4 * kMaxCandidates; ++seen) {
      --it;
      std::string n = unicode::lowercase(it->name);
      if (n != lower && (last_word(n) == lower || n.compare(0, lower.size() + 1, lower + " ") == 0)) {
        r.speaker.name = it->name;
        r.person = true;
        return r;
      }
    }
  }
  r.speaker.name = text;
  r.group = !r.person;
  return r;
}

int32_t Resolver::main_person(Gender want) {
  int32_t& cached = main_person_[static_cast<size_t>(want)];
  if (cached != kUnknown) return cached;
  cached = -1;
  size_t most = 0;
  const auto& clusters = ix_.doc.clusters;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].label != Label::Person || clusters[c].name.empty()) continue;
    if (c < cluster_gender_.size() && cluster_gender_[c] && *cluster_gender_[c] != want) continue;
    if (clusters[c].mentions.size() > most) {
      most = clusters[c].mentions.size();
      cached = static_cast<int32_t>(c);
    }
  }
  if (most < 2) cached = -1;  // a subject is named more than once
  return cached;
}

Resolved Resolver::resolve_pronoun(const Mention& m, uint32_t at) {
  Resolved r;
  SpeakerWord w = *ix_.info[m.head].speaker;
  uint32_t sentence = ix_.info[m.head].sentence;
  if (w == SpeakerWord::He || w == SpeakerWord::She) {
    r.person = true;
    Gender want = w == SpeakerWord::He ? Gender::Male : Gender::Female;
    // The person of that gender (or of none known) named nearest before token `tok` of sentence `from`, a subject
    // (the first person named in its sentence) and the person who spoke last weighing more.
    auto nearest = [&](uint32_t tok, uint32_t from) {
      auto it = std::lower_bound(persons_.begin(), persons_.end(), tok,
                                 [](const PersonMention& p, uint32_t t) { return p.token < t; });
      const PersonMention* best = nullptr;
      float best_score = -1e9f;
      size_t seen = 0;
      while (it != persons_.begin() && seen < kMaxCandidates) {
        --it;
        ++seen;
        const PersonMention& p = *it;
        uint32_t dist = from - p.sentence;
        if (dist > 8) break;
        auto g = gender_of(p);
        if (g && *g != want) continue;
        float score = -2.0f * static_cast<float>(dist) + (p.subject ? 1.0f : 0.0f);
        if (last_person_.set && from - last_person_.sentence <= 3 &&
            ((p.cluster >= 0 && p.cluster == last_person_.r.speaker.cluster) ||
             (p.cluster < 0 && p.name == last_person_.r.speaker.name)))
          score += 1.5f;
        if (score > best_score) {
          best_score = score;
          best = &p;
        }
      }
      return best;
    };
    const PersonMention* best = nearest(m.head, sentence);
    // "She was met by her parents, Marc and Odile. She said ...": the sentence before opens with the same pronoun
    // (its subject), and the nearest candidate is named after it: the pronoun is that one's, resolved once more
    // from there (one step back only).
    if (best && best->sentence + 1 == sentence && sentence > 0) {
      uint32_t t0 = ix_.doc.sentences[sentence - 1].first_token;
      if (best->token > t0 && ix_.info[t0].speaker == w && ix_.info[t0].quote < 0 &&
          (ix_.word_is(t0, "he") || ix_.word_is(t0, "she"))) {
        const PersonMention* before = nearest(t0, sentence - 1);
        if (before) best = before;
      }
    }
    // "The ship's second officer told the court that ... He admitted that ...": a pronoun that opens its sentence,
    // right after a sentence in which an unnamed person spoke, is that person, not a man or woman named further back
    // (not in the sentence before).
    if (best && best->sentence + 1 < sentence && last_person_.set && last_person_.sentence + 1 == sentence &&
        last_person_.r.speaker.anonymous && last_person_.r.speaker.cluster < 0 &&
        m.head == ix_.sentence_of(m.head).first_token) {
      const std::string& n = last_person_.r.speaker.name;
      auto ends = [&](std::string_view tail) {
        return n.size() > tail.size() && n.compare(n.size() - tail.size(), tail.size(), tail) == 0;
      };
      bool other_gender = want == Gender::Male ? ends("woman") : ends("man") && !ends("woman");
      if (!other_gender) {
        r = last_person_.r;
        r.confidence = 0.7f;
        return r;
      }
    }
    // "A spokeswoman for Oakridge Homes said ... She added that ...": a pronoun that opens its sentence, right after
    // a sentence in which an organisation spoke through a spokesperson of that gender (and no person spoke since),
    // is that spokesperson, not a woman or man named further back.
    if ((!best || best->sentence + 1 < sentence) && last_group_.set && last_group_.sentence + 1 == sentence &&
        !(last_person_.set && last_person_.sentence >= last_group_.sentence) &&
        m.head == ix_.sentence_of(m.head).first_token) {
      const Sentence& before = ix_.doc.sentences[sentence - 1];
      bool spokes = false;
      for (uint32_t t = before.first_token; t < before.last_token && !spokes; ++t)
        spokes = ix_.word_is(t, "spokesperson") || ix_.word_is(t, want == Gender::Female ? "spokeswoman" : "spokesman");
      if (spokes) {
        r = last_group_.r;
        r.confidence = 0.7f;
        return r;
      }
    }
    // "The singer was met by her parents, Marc and Odile. She said ...", "The prime minister spoke beside Premier
    // Noor Aldane. “...,” he said.": a pronoun whose nearest candidate stands after a role noun opening the sentence
    // before ("The [adjective] <role> <verb>", its subject) is that role's holder, not the person named after it.
    if (best && best->sentence + 1 == sentence && sentence > 0) {
      const Sentence& before = ix_.doc.sentences[sentence - 1];
      uint32_t t0 = before.first_token;
      uint32_t head = t0 + 1;
      while (head < before.last_token && head < t0 + 3 && ix_.info[head].lower &&
             ix_.info[head].speaker != SpeakerWord::Role && ix_.kind(head) == TokenKind::Word)
        ++head;
      bool opens = ix_.word_is(t0, "the") && head < before.last_token && head + 1 < before.last_token &&
                   ix_.info[head].speaker == SpeakerWord::Role && ix_.info[head].lower && ix_.info[head].entity < 0 &&
                   ix_.info[head + 1].lower && ix_.kind(head + 1) == TokenKind::Word && !ix_.word_is(head + 1, "of") &&
                   best->token > head;
      if (opens) {
        std::string word = ix_.lower(head);
        auto ends = [&](const char* tail) {
          size_t n = std::char_traits<char>::length(tail);
          return word.size() > n && word.compare(word.size() - n, n, tail) == 0;
        };
        bool other_gender = want == Gender::Male ? ends("woman") : ends("man") && !ends("woman");
        if (!other_gender) {
          Mention rm;
          rm.kind = MentionKind::Role;
          rm.first = t0;
          rm.last = head + 1;
          rm.head = head;
          rm.definite = true;
          Resolved holder = resolve_role(rm, head);
          int32_t hc = holder.speaker.cluster;
          bool holder_other = hc >= 0 && static_cast<size_t>(hc) < cluster_gender_.size() && cluster_gender_[hc] &&
                              *cluster_gender_[hc] != want;
          if (!holder_other && holder.person) {
            holder.confidence = 0.75f;
            return holder;
          }
        }
      }
    }
    if (best) {
      r = from_person(*best);
      r.confidence = 0.85f;
      if (best->cluster >= 0 && !cluster_gender_[best->cluster]) cluster_gender_[best->cluster] = want;
      return r;
    }
    // "The chancellor has finished speaking. She told MPs ...": no one of that gender named in the last sentences,
    // but a role with no name beside it in the last two, after the person who spoke last: the role's holder named
    // before it, else the role as written.
    auto role = std::lower_bound(roles_.begin(), roles_.end(), m.head,
                                 [](const RoleMention& x, uint32_t tok) { return x.head < tok; });
    if (role != roles_.begin()) {
      --role;
      std::string word = ix_.lower(role->head);
      auto ends = [&](const char* tail) {
        size_t n = std::char_traits<char>::length(tail);
        return word.size() > n && word.compare(word.size() - n, n, tail) == 0;
      };
      bool other_gender = want == Gender::Male ? ends("woman") : ends("man") && !ends("woman");
      if (sentence - role->sentence <= 2 && !other_gender &&
          (!last_person_.set || last_person_.sentence < role->sentence)) {
        Mention rm;
        rm.kind = MentionKind::Role;
        rm.first = role->first;
        rm.last = role->head + 1;
        rm.head = role->head;
        rm.definite = true;
        r = resolve_role(rm, role->head);
        r.person = true;
        r.confidence = 0.7f;
        return r;
      }
    }
    // No one of that gender named in the last sentences: the person who spoke last, when recent ("said a senior
    // officer. ... he added"), else the article's most mentioned person of that gender (its subject).
    int32_t lc = last_person_.r.speaker.cluster;
    bool other_gender = lc >= 0 && static_cast<size_t>(lc) < cluster_gender_.size() && cluster_gender_[lc] &&
                        *cluster_gender_[lc] != want;
    if (last_person_.set && sentence - last_person_.sentence <= 6 && !other_gender) {
      r = last_person_.r;
      r.confidence = 0.75f;
      return r;
    }
    int32_t main = main_person(want);
    if (main >= 0) {
      r.person = true;
      r.speaker.cluster = main;
      r.speaker.name = ix_.doc.clusters[main].name;
      r.clusters.push_back(main);
      r.confidence = 0.7f;
    }
    return r;
  }
  // "The inspector's report, published last month, found that ... It said ...": "It" opening the sentence after
  // one whose subject is a document is that document.
  if (w == SpeakerWord::It && m.head == ix_.sentence_of(m.head).first_token && sentence > 0) {
    const Sentence& before = ix_.doc.sentences[sentence - 1];
    for (uint32_t k = before.first_token; k < before.last_token && k < before.first_token + 6; ++k) {
      if (ix_.info[k].speaker == SpeakerWord::Document && ix_.info[k].lower) {
        bool subject = k + 1 < before.last_token &&
                       (ix_.is_punct(k + 1, ",") || (ix_.info[k + 1].cue && *ix_.info[k + 1].cue != CueWord::Medium));
        if (!subject) break;
        Mention doc_mention;
        doc_mention.kind = MentionKind::Document;
        doc_mention.first = before.first_token;
        doc_mention.last = k + 1;
        doc_mention.head = k;
        doc_mention.definite = ix_.word_is(before.first_token, "the");
        Resolved d = resolve_document(doc_mention, at);
        if (!d.speaker.name.empty()) return d;
        break;
      }
      if (ix_.kind(k) == TokenKind::Punct || ix_.info[k].cue) break;
    }
  }
  if (w == SpeakerWord::They || w == SpeakerWord::It) {
    bool org_only = w == SpeakerWord::It;
    // (Not a group whose cue comes after the pronoun: "One of them told the judge <clause>, the wire service said":
    // "them" is not the wire service that reports it.)
    if (last_group_.set && sentence - last_group_.sentence <= 4 && (!org_only || !last_group_.r.speaker.anonymous) &&
        !(last_group_.sentence == sentence && last_group_.token > at)) {
      r = last_group_.r;
      r.confidence = 0.8f;
      return r;
    }
    auto end = std::lower_bound(groups_.begin(), groups_.end(), m.head,
                                [](const GroupMention& g, uint32_t tok) { return g.token < tok; });
    // "they": people named in the last two sentences ("officials ... they claimed") before organisations.
    auto it = end;
    const GroupMention* people = nullptr;
    for (size_t seen = 0; !org_only && it != groups_.begin() && seen < kMaxCandidates; ++seen) {
      --it;
      if (sentence - it->sentence > 2) break;
      if (!it->org) {
        people = &*it;
        break;
      }
    }
    it = people ? std::next(groups_.begin(), people - groups_.data() + 1) : end;
    size_t seen = 0;
    while (it != groups_.begin() && seen < kMaxCandidates) {
      --it;
      ++seen;
      if (sentence - it->sentence > 4) break;
      if (org_only && !it->org) continue;
      r.group = true;
      r.speaker.name = it->name;
      r.speaker.anonymous = !it->org;
      if (it->cluster >= 0) {
        r.speaker.cluster = it->cluster;
        r.clusters.push_back(it->cluster);
      }
      r.confidence = 0.7f;
      return r;
    }
    r.group = true;
    return r;
  }
  (void)at;
  return r;  // I, we: the writer or a group the text does not name
}

// "Jan Verbeek won the stage. The Dutchman told reporters ...": one person's nationality noun with "the" (an
// epithet, not "the Dutch" or "the French", who are a people) stands for the person who is the subject of that
// sentence or the one before (the first person named there), of the noun's gender where it tells one.
std::optional<Resolved> Resolver::epithet_person(const Mention& m) const {
  uint32_t first = m.first;
  while (first > 0 && ix_.info[first - 1].entity == ix_.info[m.first].entity) --first;
  uint32_t last = m.first;
  while (last < ix_.size() && ix_.info[last].entity == ix_.info[m.first].entity) ++last;
  if (last != first + 1 || first == 0 || !ix_.word_is(first - 1, "the")) return std::nullopt;
  std::string word = ix_.lower(first);
  auto ends = [&](const char* tail) {
    size_t n = std::char_traits<char>::length(tail);
    return word.size() > n && word.compare(word.size() - n, n, tail) == 0;
  };
  bool woman = ends("woman"), man = ends("man") && !woman;
  if (!man && !woman && (ends("s") || ends("ch") || ends("sh") || ends("ese"))) return std::nullopt;
  uint32_t sentence = ix_.info[first].sentence;
  auto it = std::lower_bound(persons_.begin(), persons_.end(), first,
                             [](const PersonMention& p, uint32_t tok) { return p.token < tok; });
  for (size_t seen = 0; it != persons_.begin() && seen < kMaxCandidates; ++seen) {
    --it;
    if (sentence - it->sentence > 1) break;
    if (!it->subject) continue;
    auto g = gender_of(*it);
    if (g && ((man && *g != Gender::Male) || (woman && *g != Gender::Female))) continue;
    Resolved r = from_person(*it);
    r.confidence = 0.75f;
    return r;
  }
  return std::nullopt;
}

Resolved Resolver::resolve_role(const Mention& m, uint32_t at) {
  std::string role = ix_.lower(m.head);
  const Holder* best = nullptr;
  auto found = holders_by_role_.find(role);
  if (found != holders_by_role_.end()) {
    const auto& list = found->second;  // indices into holders_, in text order
    auto it =
        std::lower_bound(list.begin(), list.end(), at, [&](size_t h, uint32_t tok) { return holders_[h].token < tok; });
    if (it != list.begin()) best = &holders_[*(it - 1)];  // only a holder named before: no guessing ahead
  }
  if (best) {
    Resolved r = from_person(persons_[best->person]);
    r.confidence = 0.85f;
    return r;
  }
  // "A Harbour Police spokesperson said ... The spokesperson added": no one named holds the role, so the
  // spokesperson is the organisation's that spoke just before.
  bool spokes = spokes_word(role);
  if (spokes && m.definite && last_group_.set && ix_.info[m.head].sentence - last_group_.sentence <= 3) {
    Resolved r = last_group_.r;
    r.confidence = 0.8f;
    return r;
  }
  Resolved r;
  r.person = true;
  r.speaker.name = phrase_text(m.first, m.last);
  return r;
}

// "A spokesman for the agency said": the agency named before speaks (one whose name holds the noun, or the nearest
// that fits it); "a spokesman for the ministry" with none named stays an unnamed spokesman.
std::optional<Resolved> Resolver::spokesperson_for(const Mention& m, uint32_t at) {
  std::string role = ix_.lower(m.head);
  if (!spokes_word(role)) return std::nullopt;
  // "Highland Council's education spokesman said": the organisation before the possessive (and a word or two that
  // describe the role) speaks through its spokesperson.
  uint32_t k = m.head;
  while (k > 0 && m.head - k < 3 && ix_.info[k - 1].lower && ix_.kind(k - 1) == TokenKind::Word) --k;
  if (k >= 2 && ix_.kind(k - 1) == TokenKind::Clitic && ix_.info[k - 2].entity >= 0 &&
      ix_.doc.entities[static_cast<size_t>(ix_.info[k - 2].entity)].label == Label::Org)
    return place_of(ix_.info[k - 2].entity);
  // "Elmwood Care said ... A spokesman said ...": a spokesperson who names no organisation, right after one spoke (in
  // the sentence before or the same one), is its spokesperson; "a company spokeswoman" too, after a company (not "a
  // federal spokesman": another body's).
  if (m.last >= ix_.size() || !ix_.word_is(m.last, "for")) {
    int32_t c = last_group_.set ? last_group_.r.speaker.cluster : -1;
    bool plain = m.first + 1 == m.head;
    if (m.first + 2 == m.head && find_org_kind(ix_.lower(m.first + 1)) == OrgKind::BusinessNoun && c >= 0) {
      plain = true;
      std::string name = unicode::lowercase(ix_.doc.clusters[c].name);
      for (size_t b = 0; b < name.size() && plain;) {
        size_t e = std::min(name.find(' ', b), name.size());
        std::optional<OrgKind> w = find_org_kind(std::string_view(name).substr(b, e - b));
        plain = w != OrgKind::PublicName && w != OrgKind::PublicNoun;
        b = e + 1;
      }
    }
    if (plain && c >= 0 && static_cast<size_t>(c) < ix_.doc.clusters.size() &&
        ix_.doc.clusters[c].label == Label::Org && ix_.info[m.head].sentence <= last_group_.sentence + 1) {
      Resolved r = last_group_.r;
      r.confidence = 0.75f;
      return r;
    }
    return std::nullopt;
  }
  if (m.last + 2 >= ix_.size() || !ix_.word_is(m.last + 1, "the")) return std::nullopt;
  Mention org;
  org.kind = MentionKind::OrgNoun;
  org.first = m.last + 1;
  org.definite = true;
  uint32_t n = m.last + 2;
  while (n < ix_.size() && n < m.last + 4 && ix_.info[n].lower && !ix_.info[n].speaker && !ix_.info[n].word &&
         !ix_.info[n].cue && ix_.kind(n) == TokenKind::Word)
    ++n;
  if (n >= ix_.size() || ix_.info[n].entity >= 0 || ix_.info[n].speaker != SpeakerWord::OrgNoun ||
      ix_.info[n].sentence != ix_.info[m.head].sentence)
    return std::nullopt;
  org.head = n;
  org.last = n + 1;
  Resolved r = resolve_org_noun(org, at);
  if (r.speaker.cluster < 0) return std::nullopt;
  return r;
}

bool Resolver::acronym(uint32_t a, uint32_t b) const {
  if (b != a + 1) return false;
  std::string_view w = ix_.text(a);
  if (w.size() < 2) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// Can the organisation noun of this kind stand for the group named earlier? "The agency said" is not the stock
// exchange named last, "the utility said" not the city (core/data/speaker_org_kinds.tsv).
bool Resolver::fits(std::optional<OrgKind> noun, const GroupMention& g) {
  if (g.place) return noun == OrgKind::PlaceNoun || noun == OrgKind::AuthorityNoun;
  if (noun == OrgKind::PlaceNoun) return false;  // "the government" is no charity or company named before
  bool public_body = false, labour = false, institution = false, club = false, court = false;
  for (size_t b = 0; b < g.name.size();) {
    size_t e = g.name.find(' ', b);
    if (e == std::string::npos) e = g.name.size();
    std::optional<OrgKind> w = find_org_kind(unicode::lowercase(std::string_view(g.name).substr(b, e - b)));
    public_body = public_body || w == OrgKind::PublicNoun || w == OrgKind::PublicName;
    labour = labour || w == OrgKind::LabourNoun || w == OrgKind::LabourName;
    institution = institution || w == OrgKind::InstitutionName;
    club = club || w == OrgKind::ClubName;
    court = court || w == OrgKind::CourtNoun;
    b = e + 1;
  }
  if (noun == OrgKind::LabourNoun) return labour;
  if (noun == OrgKind::CourtNoun) return court;
  if (noun == OrgKind::ClubNoun) return club;
  // "The company said" is no university named before it, nor is "the agency".
  if (institution && (noun == OrgKind::BusinessNoun || noun == OrgKind::PublicNoun)) return false;
  if (noun == OrgKind::PublicNoun || noun == OrgKind::AuthorityNoun) return public_body;
  if (noun == OrgKind::BusinessNoun) return !public_body;
  return true;
}

namespace {

// "council" in "Ashvale District Council", not in "Councillors".
bool has_word(const std::string& name, const std::string& word) {
  for (size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
    bool open = at == 0 || name[at - 1] == ' ' || name[at - 1] == '-';
    size_t e = at + word.size();
    bool close = e == name.size() || name[e] == ' ' || name[e] == '-' || name[e] == '\'';
    if (open && close) return true;
  }
  return false;
}

}  // namespace

Resolved Resolver::place_of(int32_t entity) const {
  Resolved r;
  r.group = true;
  int32_t cluster = ix_.doc.entities[static_cast<size_t>(entity)].cluster;
  r.speaker.name = name_of_entity(entity);
  if (cluster >= 0) {
    r.speaker.cluster = cluster;
    r.clusters.push_back(cluster);
  }
  r.confidence = 0.8f;
  return r;
}

bool Resolver::called(uint32_t t, const std::string& noun) const {
  // "the regulator Ofgem": the noun right before the name.
  if (t > 0 && ix_.info[t - 1].lower && ix_.lower(t - 1) == noun) return true;
  // "Ofgem, the energy regulator,": the noun after the name's comma, "the" and at most two describing words.
  int32_t e = ix_.info[t].entity;
  uint32_t k = t;
  while (e >= 0 && k < ix_.size() && ix_.info[k].entity == e) ++k;
  if (k == t || k + 2 >= ix_.size() || !ix_.is_punct(k, ",") || !ix_.word_is(k + 1, "the")) return false;
  // An appositive ends in punctuation ("In Marlow, the utility said" is no appositive).
  for (uint32_t n = k + 2; n + 1 < ix_.size() && n < k + 5 && ix_.info[n].lower; ++n)
    if (ix_.lower(n) == noun) return ix_.kind(n + 1) == TokenKind::Punct;
  return false;
}

Resolved Resolver::resolve_org_noun(const Mention& m, uint32_t at) {
  Resolved r;
  r.group = true;
  std::string noun = ix_.lower(m.head);
  uint32_t sentence = ix_.info[m.head].sentence;
  std::optional<OrgKind> kind = find_org_kind(noun);
  bool place_noun = kind == OrgKind::PlaceNoun || kind == OrgKind::AuthorityNoun;
  // The organisation the words [first, end) name, entity `e`'s (its cluster's name) or none (-1: the words).
  auto named_by = [&](uint32_t first, uint32_t end, int32_t e) {
    r.speaker.name = phrase_text(first, end);
    int32_t cluster = e >= 0 ? ix_.doc.entities[static_cast<size_t>(e)].cluster : -1;
    if (cluster >= 0) {
      r.speaker.cluster = cluster;
      r.clusters.push_back(cluster);
      r.speaker.name = ix_.doc.clusters[static_cast<size_t>(cluster)].name;
    }
    r.confidence = 0.8f;
    return r;
  };
  // "CNN's management confirmed": an organisation's possessive right before the noun names it.
  if (m.first == m.head && m.head > 1 && ix_.kind(m.head - 1) == TokenKind::Clitic) {
    int32_t e = ix_.info[m.head - 2].entity;
    if (e >= 0 && ix_.doc.entities[static_cast<size_t>(e)].label == Label::Org) {
      if (auto owner = possessor(m.head - 1)) {
        Resolved o = resolve_one(*owner, false, at);
        if (!o.speaker.name.empty()) {
          o.confidence = std::min(o.confidence, 0.85f);
          return o;
        }
      }
    }
  }
  // "The Government of Canada said": the country named right after the noun.
  if (place_noun && m.head + 2 < ix_.size() && ix_.word_is(m.head + 1, "of")) {
    int32_t e = ix_.info[m.head + 2].entity;
    if (e >= 0 && ix_.doc.entities[e].label == Label::Gpe) return place_of(e);
  }
  // "the Bulgarian BTA news agency", "the Halden Trust foundation": a name (not a place or nationality) a word
  // or two before the noun, inside the phrase, is the organisation's.
  for (uint32_t k = m.head; k > m.first && m.head - k < 3;) {
    --k;
    const TokenInfo& x = ix_.info[k];
    if (x.lower) continue;
    bool org = x.entity >= 0 && ix_.doc.entities[x.entity].label == Label::Org;
    // "Sennen Cove lifeboat station said": a place's own body, named by the place and the noun (no cluster).
    Label l = x.entity >= 0 ? ix_.doc.entities[x.entity].label : Label::Person;
    // "The US government said": the country in the phrase, not the place named last.
    if (x.entity >= 0 && l == Label::Gpe && place_noun) return place_of(x.entity);
    // "The Scottish government", "the French authorities": that nation's, named by the phrase (no cluster).
    if (x.entity >= 0 && l == Label::Norp && place_noun) {
      r.speaker.name = phrase_text(m.first, m.last);
      r.confidence = 0.7f;
      return r;
    }
    if (x.entity >= 0 && (l == Label::Gpe || l == Label::Loc) && !place_noun) {
      uint32_t first = k;
      while (first > 0 && ix_.info[first - 1].entity == x.entity) --first;
      r.speaker.name = phrase_text(first, m.head + 1);
      r.confidence = 0.7f;
      return r;
    }
    if (!org && (x.entity >= 0 || x.run < 0)) break;
    uint32_t first = k;
    while (first > m.first && (org ? ix_.info[first - 1].entity == x.entity
                                   : ix_.info[first - 1].run == x.run && ix_.info[first - 1].entity < 0))
      --first;
    // "State police say": one capitalised word that opens the sentence is no name; and a word that is not an
    // acronym names a campaign or a body with its noun ("the Victory campaign"), not alone.
    if (!org && first == k && k == ix_.sentence_of(k).first_token) break;
    if (!org && !acronym(first, k + 1)) break;
    return named_by(first, k + 1, org ? x.entity : -1);
  }
  // "The [ORG Resolution Foundation] think tank said", "the Harwick Trust research group": an organisation's name
  // right before the noun and one or two lowercase words that describe it (no function word, no cue) is its name.
  {
    uint32_t k = m.head;
    while (k > 0 && m.head - k < 2 && ix_.kind(k - 1) == TokenKind::Word && ix_.info[k - 1].lower &&
           ix_.info[k - 1].entity < 0 && !ix_.info[k - 1].word && !ix_.info[k - 1].cue && !ix_.info[k - 1].speaker)
      --k;
    int32_t e = k < m.head && k > 0 ? ix_.info[k - 1].entity : -1;
    if (e >= 0 && ix_.doc.entities[static_cast<size_t>(e)].label == Label::Org) {
      uint32_t first = k - 1;
      while (first > 0 && ix_.info[first - 1].entity == e) --first;
      return named_by(first, k, e);
    }
  }
  const GroupMention* named = nullptr;
  const GroupMention* recent = nullptr;
  // Named before the noun, not between it and the cue ("The studio wants X in cinemas, but has said").
  at = std::min(at, m.first);
  const auto start = std::lower_bound(groups_.begin(), groups_.end(), at,
                                      [](const GroupMention& g, uint32_t tok) { return g.token < tok; });
  // The organisation the article is about: "Analysts at Brightwater Capital said ... The company said" is the
  // company named three times before, not the analysts' firm named once (a fitting one in the window with at least
  // two more mentions in the text, and twice as many, wins over the most recent).
  const GroupMention* salient = nullptr;
  auto mentions = [&](const GroupMention* g) {
    return ix_.doc.clusters[static_cast<size_t>(g->cluster)].mentions.size();
  };
  // The headline's organisation, mentioned more often than the most recent one, is the article's too ("Brixford
  // Foods profits slide ... Analysts at Cotter Brothers said ... The company also confirmed").
  auto in_headline = [&](const GroupMention* g) {
    for (uint32_t e : ix_.doc.clusters[static_cast<size_t>(g->cluster)].mentions) {
      uint32_t at = ix_.doc.entities[e].span.begin;
      for (const Block& b : ix_.doc.article.blocks) {
        if (b.span.begin > at) break;
        if (at < b.span.end) {
          if (b.kind == BlockKind::Title) return true;
          break;
        }
      }
      break;  // only the cluster's first mention: a headline comes first
    }
    return false;
  };
  const GroupMention* headline = nullptr;
  auto scan = [&](std::optional<OrgKind> kind) {
    auto it = start;
    for (size_t seen = 0; it != groups_.begin() && seen < 4 * kMaxCandidates && !named; ++seen) {
      --it;
      if (!it->org) continue;
      if (!headline && it->cluster >= 0 && fits(kind, *it) && in_headline(&*it)) headline = &*it;
      // A public body's noun the text gave a name with no public body's word ("the regulator Ofgem").
      if (has_word(unicode::lowercase(it->name), noun) || (!it->place && !fits(kind, *it) && called(it->token, noun)))
        named = &*it;
      if (sentence - it->sentence > 6 || it->cluster < 0 || !fits(kind, *it)) continue;
      if (!recent) recent = &*it;
      if (!salient || mentions(&*it) > mentions(salient)) salient = &*it;
    }
  };
  scan(kind);
  // "Sunderland said ... The club added": with no club named by a club's word, the nearest organisation.
  if (kind == OrgKind::ClubNoun && !named && !recent) scan(std::nullopt);
  // "The trade group said": a trade body or a lobby, the one named last, not the company the article is about.
  bool trade_body = m.head > m.first && find_org_kind(ix_.lower(m.head - 1)) == OrgKind::GroupModifier;
  if (!trade_body && recent && salient && mentions(salient) >= 2 * mentions(recent) &&
      mentions(salient) >= mentions(recent) + 2)
    recent = salient;
  else if (!trade_body && recent && headline && headline->cluster != recent->cluster &&
           mentions(headline) > mentions(recent) && !in_headline(recent))
    recent = headline;
  const GroupMention* g = named ? named : (m.definite ? recent : nullptr);
  if (g) {
    r.speaker.name = g->name;
    if (g->cluster >= 0) {
      r.speaker.cluster = g->cluster;
      r.clusters.push_back(g->cluster);
    }
    r.confidence = 0.8f;
    return r;
  }
  r.speaker.name = phrase_text(m.first, m.last);
  return r;
}

std::optional<Mention> Resolver::possessor(uint32_t clitic) const {
  if (clitic == 0) return std::nullopt;
  uint32_t k = clitic - 1;
  const TokenInfo& x = ix_.info[k];
  Mention m;
  m.last = clitic;
  m.head = k;
  if (x.entity >= 0) {
    m.kind = MentionKind::Entity;
    m.entity = x.entity;
    m.first = k;
    while (m.first > 0 && ix_.info[m.first - 1].entity == x.entity) --m.first;
    return m;
  }
  if (x.run >= 0) {
    m.kind = MentionKind::Name;
    m.run = x.run;
    m.first = std::min(k, ix_.runs[x.run].first);
    return m;
  }
  if (!x.speaker || (*x.speaker != SpeakerWord::OrgNoun && *x.speaker != SpeakerWord::Role)) return std::nullopt;
  m.kind = *x.speaker == SpeakerWord::OrgNoun ? MentionKind::OrgNoun : MentionKind::Role;
  m.first = k;
  if (k > 0 && ix_.is(k - 1, QuoteWord::Determiner)) {
    m.first = k - 1;
    std::string d = ix_.lower(k - 1);
    m.definite = d == "the" || d == "this";
    m.possessed = !m.definite && d != "a" && d != "an";
  }
  return m;
}

// A document as the source ("the statement said", "according to the report"): whoever the text says is behind
// it ("Apple's statement", "her biography" right after a quote of hers), else the document itself as written,
// with no cluster (CONTRACT.md's speaker has no field for a source's kind: the name says "the statement").
Resolved Resolver::resolve_document(const Mention& m, uint32_t at) {
  // "a statement from Harrowgate Partners", "a report by the Audit Office": the organisation or person named
  // right after the document is behind it.
  if (m.last + 1 < ix_.size() && (ix_.word_is(m.last, "from") || ix_.word_is(m.last, "by"))) {
    uint32_t k = m.last + 1;
    if (ix_.word_is(k, "the") && k + 1 < ix_.size()) ++k;
    // "a brief statement by the carrier": an organisation noun, the organisation it refers to.
    if (ix_.info[k].entity < 0 && ix_.info[k].speaker == SpeakerWord::OrgNoun && ix_.word_is(k - 1, "the")) {
      Mention noun;
      noun.kind = MentionKind::OrgNoun;
      noun.first = k - 1;
      noun.last = k + 1;
      noun.head = k;
      noun.definite = true;
      Resolved r = resolve_org_noun(noun, at);
      if (!r.speaker.name.empty() && r.speaker.cluster >= 0) {
        r.confidence = std::min(r.confidence, 0.8f);
        return r;
      }
    }
    int32_t e = ix_.info[k].entity;
    if (e >= 0 && (k == 0 || ix_.info[k - 1].entity != e)) {
      Label l = ix_.doc.entities[static_cast<size_t>(e)].label;
      if (l == Label::Org || l == Label::Person) {
        uint32_t last = k;
        while (last < ix_.size() && ix_.info[last].entity == e) ++last;
        Resolved r = resolve_one(entity_mention(e, k, last), false, at);
        r.confidence = std::min(r.confidence, 0.85f);
        return r;
      }
    }
  }
  if (m.possessed && m.first > 0 && ix_.kind(m.first - 1) == TokenKind::Clitic) {
    if (auto owner = possessor(m.first - 1)) {
      Resolved r = resolve_one(*owner, false, at);
      if (!r.speaker.name.empty()) {
        r.confidence = std::min(r.confidence, 0.9f);
        return r;
      }
    }
  }
  if (m.possessed && m.first < m.head) {
    // "his statement", "its report": the person or organisation spoken of just before.
    std::string d = ix_.lower(m.first);
    uint32_t s = ix_.info[m.head].sentence;
    const Recent& recent = (d == "its" || d == "their") ? last_group_ : last_person_;
    if ((d == "his" || d == "her" || d == "its" || d == "their") && recent.set && s - recent.sentence <= 3) {
      Resolved r = recent.r;
      r.confidence = 0.8f;
      return r;
    }
  }
  // "Riverside Hospice said in a statement that ... “...,” the statement said": the document named with an indefinite
  // article in the sentence of the last speaker (one the document names), that sentence or the one before, is that
  // speaker's.
  if (m.definite && !m.possessed) {
    uint32_t s = ix_.info[m.head].sentence;
    const Recent& recent = last_group_.set && (!last_person_.set || last_group_.sentence >= last_person_.sentence)
                               ? last_group_
                               : last_person_;
    if (recent.set && recent.r.speaker.cluster >= 0 && !recent.r.speaker.anonymous && recent.sentence <= s &&
        s - recent.sentence <= 1) {
      const Sentence& said = ix_.doc.sentences[recent.sentence];
      std::string noun = ix_.lower(m.head);
      for (uint32_t t = said.first_token + 1; t < said.last_token && t < m.first; ++t) {
        bool indefinite = ix_.word_is(t - 1, "a") || ix_.word_is(t - 1, "an") ||
                          (t >= said.first_token + 2 && ix_.info[t - 1].lower &&
                           (ix_.word_is(t - 2, "a") || ix_.word_is(t - 2, "an")));
        if (indefinite && ix_.lower(t) == noun) {
          Resolved r = recent.r;
          r.confidence = 0.8f;
          return r;
        }
      }
    }
  }
  // "Jobs wrote a personal letter to staff, saying ...": a document with an indefinite article, in a sentence that
  // opens with the name of a person or organisation, is that one's.
  uint32_t article = m.first;  // "an open letter": the article before a describing word or two
  while (article > 0 && m.first - article < 2 && ix_.info[article - 1].lower && !ix_.word_is(article, "a") &&
         !ix_.word_is(article, "an") && ix_.kind(article - 1) == TokenKind::Word)
    --article;
  if (!m.possessed && (ix_.word_is(article, "a") || ix_.word_is(article, "an"))) {
    uint32_t f = ix_.sentence_of(m.head).first_token;
    // "On Monday Jobs ended the talk with an open letter saying": after an opening time phrase.
    auto time_word = [&](uint32_t t) {
      int32_t x = ix_.info[t].entity;
      bool dated = x < 0 || ix_.doc.entities[static_cast<size_t>(x)].label == Label::Date ||
                   ix_.doc.entities[static_cast<size_t>(x)].label == Label::Time;
      return dated && (ix_.is(t, QuoteWord::Preposition) || ix_.is(t, QuoteWord::Time) || ix_.is_punct(t, ","));
    };
    for (uint32_t n = 0; n < 3 && f < article && time_word(f); ++n) ++f;
    int32_t e = ix_.info[f].entity;
    if (e >= 0 && f < article) {
      Label l = ix_.doc.entities[static_cast<size_t>(e)].label;
      uint32_t last = f;
      while (last < article && ix_.info[last].entity == e) ++last;
      // "Jobs wrote", "Jobs, who ..., wrote": the name is the sentence's subject.
      if ((l == Label::Org || l == Label::Person) && last < article &&
          (ix_.info[last].lower ||
           (ix_.is_punct(last, ",") && (ix_.word_is(last + 1, "who") || ix_.word_is(last + 1, "which"))))) {
        Resolved r = resolve_one(entity_mention(e, f, last), false, at);
        r.confidence = std::min(r.confidence, 0.75f);
        return r;
      }
    }
  }
  Resolved r;
  r.group = true;
  r.speaker.name = phrase_text(m.first, m.last);
  return r;
}

AA_ONCE_PER_DOCUMENT Resolved Resolver::resolve_one(const Mention& m, bool anonymity, uint32_t at) {
  Resolved r;
  switch (m.kind) {
    case MentionKind::Entity: {
      const Entity& e = ix_.doc.entities[m.entity];
      r.speaker.name = name_of_entity(m.entity);
      if (e.cluster >= 0 && static_cast<size_t>(e.cluster) < ix_.doc.clusters.size()) {
        r.speaker.cluster = e.cluster;
        r.clusters.push_back(e.cluster);
      }
      r.person = e.label == Label::Person;
      r.group = !r.person;
      if (e.label == Label::Norp || e.label == Label::Date) {  // "the Dutchman", "the 34-year-old"
        if (std::optional<Resolved> p = epithet_person(m)) r = *p;
      }
      break;
    }
    case MentionKind::Name: r = resolve_name(m); break;
    case MentionKind::Pronoun: r = resolve_pronoun(m, at); break;
    case MentionKind::Role:
      if (std::optional<Resolved> org = anonymity ? std::nullopt : spokesperson_for(m, at)) {
        r = *org;
      } else if (anonymity || (!m.definite && !m.possessed)) {
        r.speaker.name = "anonymous " + ix_.lower(m.head);
        r.speaker.anonymous = true;
        r.person = true;
      } else {
        r = resolve_role(m, at);
      }
      break;
    case MentionKind::Anonymous: {
      std::string w = ix_.lower(m.head);
      r.speaker.name = "anonymous " + w;
      r.speaker.anonymous = true;
      r.group = w == "people" || (w.size() > 1 && w.back() == 's');
      r.person = !r.group;
      break;
    }
    case MentionKind::OrgNoun: r = resolve_org_noun(m, at); break;
    case MentionKind::Document: r = resolve_document(m, at); break;
  }
  r.speaker.mention = ix_.span(m.first, m.last);
  return r;
}

Resolved Resolver::resolve(const SpeakerPhrase& phrase, uint32_t at) {
  if (phrase.mentions.size() == 1) return resolve_one(phrase.mentions[0], phrase.anonymity, at);
  // Several speakers: the first is the speaker's cluster, the name lists them all ("Sergey Lavrov; Qin Gang"),
  // the mention spans them all, and every one of them is credited with the quotation.
  Resolved all;
  all.group = true;
  all.speaker.anonymous = true;
  for (const Mention& m : phrase.mentions) {
    Resolved one = resolve_one(m, phrase.anonymity, at);
    if (one.speaker.name.empty()) continue;
    if (!all.speaker.name.empty()) all.speaker.name += "; ";
    all.speaker.name += one.speaker.name;
    if (all.speaker.cluster < 0) all.speaker.cluster = one.speaker.cluster;
    for (int32_t c : one.clusters)
      if (std::find(all.clusters.begin(), all.clusters.end(), c) == all.clusters.end()) all.clusters.push_back(c);
    all.speaker.anonymous = all.speaker.anonymous && one.speaker.anonymous;
    all.confidence = std::min(all.confidence, one.confidence);
  }
  if (all.speaker.name.empty()) all.speaker.anonymous = false;
  all.speaker.mention = ix_.span(phrase.mentions.front().first, phrase.mentions.back().last);
  return all;
}

void Resolver::note(const Resolved& r, uint32_t at) {
  if (r.speaker.name.empty()) return;
  uint32_t s = at < ix_.size() ? ix_.info[at].sentence : 0;
  if (r.person && !r.group) last_person_ = {r, s, true, at};
  if (r.group) last_group_ = {r, s, true, at};
}

}  // namespace aa::quotes
