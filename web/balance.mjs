// Source balance, as newsrooms track it: who is quoted and who is only mentioned; quotes and quoted words per
// person, organisation and anonymous source; an estimate of each quoted person's gender.
//
// How gender is estimated (shown on the page as METHOD_NOTE): the person's first name in a list of given names
// that tell a gender (the table the core uses for "he"/"she", from the US Census 1990 lists plus names common in
// international news), a courtesy title before a mention (Mr, Mrs, Ms, Miss, Sir, Lord, Lady, Dame) and the
// pronouns (he/him/his, she/her/hers) in the sentences that mention the person and the sentence after each.
// Evidence that disagrees, or too little of it, gives "unknown". It is an estimate from the text, never a fact
// about the person.
import {MALE_NAMES, FEMALE_NAMES} from './name-gender.mjs';
import {countWords} from './aa-view.mjs';

export const METHOD_NOTE = 'Gender is estimated from the text only: the first name (a list of given names from the ' +
  'US Census 1990 lists and names common in international news), a courtesy title (Mr, Ms, Mrs, Sir, Lady…) and ' +
  'the pronouns he/she in the sentences that mention the person. Where the evidence disagrees or is thin it says ' +
  '“unknown”. Correct a speaker or a name in the article and the figures follow.';

let names = null;
function nameTable() {
  if (!names) {
    names = new Map();
    for (const n of MALE_NAMES.split(' ')) names.set(n, 'male');
    for (const n of FEMALE_NAMES.split(' ')) names.set(n, 'female');
  }
  return names;
}

const TITLE_GENDER = {mr: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female', lady: 'female',
                      dame: 'female'};
const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

// Sentence index -> the set of person clusters (or -1 for a person with none) named in it; once per result.
const sentenceCache = new WeakMap();
function personSentences(result) {
  let map = sentenceCache.get(result);
  if (map) return map;
  map = new Map();
  const sentences = result.sentences ?? [];
  let k = 0;
  const persons = (result.entities ?? []).filter((e) => e.label === 'PERSON').sort((a, b) => a.start - b.start);
  for (const e of persons) {
    while (k < sentences.length && sentences[k].end <= e.start) ++k;
    if (k >= sentences.length || sentences[k].start > e.start) continue;
    if (!map.has(k)) map.set(k, new Set());
    map.get(k).add(e.cluster ?? -1);
  }
  sentenceCache.set(result, map);
  return map;
}

/** {gender: 'male'|'female'|'unknown', basis: 'first name, pronouns', evidence} for one cluster of a result. */
export function estimateGender(result, clusterId) {
  const c = result.clusters?.[clusterId];
  if (!c || c.label !== 'PERSON') return {gender: 'unknown', basis: 'not a person'};
  const text = result.text ?? '';
  const votes = {male: 0, female: 0};
  const basis = [];
  // First name: the first word of the cluster's name or of its longest mention with two words or more.
  const mentions = (c.mentions ?? []).map((i) => result.entities[i]).filter(Boolean);
  const full = [c.name, ...mentions.map((e) => e.text)].find((n) => /\s/.test(n.trim())) ?? c.name;
  const first = full.trim().split(/\s+/)[0].toLowerCase().replace(/[^\p{L}'-]/gu, '');
  const byName = nameTable().get(first);
  if (byName) {
    votes[byName] += 2;
    basis.push(`first name “${first}”`);
  }
  // A courtesy title just before a mention, or among the cluster's titles.
  let titled = null;
  for (const t of c.titles ?? []) titled = TITLE_GENDER[t.toLowerCase().replace(/\.$/, '')] ?? titled;
  for (const e of mentions) {
    const m = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+$/.exec(text.slice(Math.max(0, e.start - 8), e.start));
    if (m) titled = TITLE_GENDER[m[1].toLowerCase()];
  }
  if (titled) {
    votes[titled] += 2;
    basis.push('title');
  }
  // Pronouns in the sentences that mention the person and the sentence after each, unless another person is
  // named there (the pronoun may be theirs).
  const sentences = result.sentences ?? [];
  const seen = new Set();
  const people = personSentences(result);
  const other = (j) => {
    const set = people.get(j);
    return !!set && (set.size > 1 || !set.has(clusterId));
  };
  const counts = {male: 0, female: 0};
  for (const e of mentions.slice(0, 30)) {  // enough to judge; a name repeated a thousand times costs no more
    let lo = 0, hi = sentences.length;  // the first sentence that ends after the mention starts
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= e.start) lo = mid + 1; else hi = mid;
    }
    const k = lo;
    for (const j of [k, k + 1]) {
      if (j >= sentences.length || seen.has(j) || other(j)) continue;
      seen.add(j);
      for (const m of text.slice(sentences[j].start, sentences[j].end).matchAll(PRONOUN)) {
        counts[FEMALE_PRONOUNS.has(m[1].toLowerCase()) ? 'female' : 'male']++;
      }
    }
  }
  if (counts.male + counts.female >= 1) {
    const lead = counts.male > counts.female ? 'male' : counts.female > counts.male ? 'female' : null;
    const [hi, lo] = [Math.max(counts.male, counts.female), Math.min(counts.male, counts.female)];
    if (lead && hi >= 3 * lo) {
      votes[lead] += hi >= 2 ? 1 : 0.5;
      basis.push(`pronouns (${counts.male} he, ${counts.female} she)`);
    }
  }
  let gender = 'unknown';
  if (votes.male > 0 && votes.female > 0) gender = 'unknown';
  else if (votes.male >= 1) gender = 'male';
  else if (votes.female >= 1) gender = 'female';
  if (votes.male > 0 && votes.female > 0) basis.push('evidence disagrees');
  return {gender, basis: basis.join(', ') || 'no evidence', evidence: {votes, pronouns: counts}};
}

/** The kind of source a quote's speaker is: person, organisation, anonymous, other, none. */
export function sourceType(result, q) {
  const sp = q.speaker ?? {};
  if (sp.anonymous) return 'anonymous';
  if (sp.cluster != null) {
    const label = result.clusters?.[sp.cluster]?.label;
    return label === 'PERSON' ? 'person' : label === 'ORG' ? 'organisation' : 'other';
  }
  return sp.name ? 'person' : 'none';
}

export const SOURCE_TYPES = ['person', 'organisation', 'anonymous', 'other', 'none'];
export const SOURCE_TYPE_NAMES = {person: 'People', organisation: 'Organisations', anonymous: 'Anonymous sources',
                                  other: 'Other', none: 'No speaker found'};
export const GENDERS = ['female', 'male', 'unknown'];

/**
 * The figures: {people: [{cluster, name, quoted, quotes, words, mentions, gender, basis}], byType: {type: {quotes,
 * words, sources}}, byGender: {gender: {people, quotes, words}}, quotedPeople, mentionedOnly, totalQuotes,
 * totalWords}.
 */
export function sourceBalance(result) {
  const clusters = result.clusters ?? [];
  const perCluster = new Map();
  const byType = Object.fromEntries(SOURCE_TYPES.map((t) => [t, {quotes: 0, words: 0, sources: new Set()}]));
  let totalQuotes = 0, totalWords = 0;
  for (const q of result.quotes ?? []) {
    if (q.kind === 'scare') continue;  // nobody is said to have spoken a scare quote
    const type = sourceType(result, q);
    const words = countWords(q.text ?? '');
    byType[type].quotes++;
    byType[type].words += words;
    byType[type].sources.add(q.speaker?.cluster ?? q.speaker?.name ?? type);
    totalQuotes++;
    totalWords += words;
    if (q.speaker?.cluster != null) {
      const s = perCluster.get(q.speaker.cluster) ?? {quotes: 0, words: 0};
      s.quotes++;
      s.words += words;
      perCluster.set(q.speaker.cluster, s);
    }
  }
  // The journalists of the byline and the photographers of the credits write and picture the story; they are not
  // people in it (an editor saw "3 only mentioned" where the story mentioned one).
  const furniture = [result.article?.byline, ...(result.article?.credits ?? [])].filter(Boolean);
  const inFurniture = (e) => furniture.some((s) => s.start <= e.start && e.end <= s.end);
  const inStory = (c) => (c.mentions ?? []).some((i) => result.entities[i] && !inFurniture(result.entities[i]));
  const people = clusters.filter((c) => c.label === 'PERSON' && (perCluster.has(c.id) || inStory(c))).map((c) => {
    const s = perCluster.get(c.id) ?? {quotes: 0, words: 0};
    const g = estimateGender(result, c.id);
    return {cluster: c.id, name: c.name, quoted: s.quotes > 0, quotes: s.quotes, words: s.words,
            mentions: c.mentions?.length ?? 0, gender: g.gender, basis: g.basis};
  });
  const byGender = Object.fromEntries(GENDERS.map((g) => [g, {people: 0, quotes: 0, words: 0}]));
  for (const p of people) {
    if (!p.quoted) continue;
    byGender[p.gender].people++;
    byGender[p.gender].quotes += p.quotes;
    byGender[p.gender].words += p.words;
  }
  for (const t of SOURCE_TYPES) byType[t].sources = byType[t].sources.size;
  return {
    people, byType, byGender, totalQuotes, totalWords,
    quotedPeople: people.filter((p) => p.quoted).length, mentionedOnly: people.filter((p) => !p.quoted).length,
  };
}

const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A small horizontal bar chart: rows [{key, label, value, note}] → <svg role=img> with a <title> and one bar a
 * row (the bars' colours come from the stylesheet: .aa-bar[data-key=...]).
 */
export function barChart(title, rows, {unit = ''} = {}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 22, labelW = 105, barW = 95, width = labelW + barW + 125;
  const svg = svgEl('svg', {viewBox: `0 0 ${width} ${rows.length * rowH + 4}`, role: 'img', class: 'aa-chart',
                            width, height: rows.length * rowH + 4});
  svg.appendChild(svgEl('title', {}, `${title}: ${rows.map((r) => `${r.label} ${r.value}${unit}`).join(', ')}`));
  rows.forEach((r, i) => {
    const y = i * rowH + 2;
    svg.appendChild(svgEl('text', {x: 0, y: y + 15, class: 'aa-chart-label'}, r.label));
    svg.appendChild(svgEl('rect', {x: labelW, y: y + 3, width: Math.max(r.value ? 2 : 0, Math.round(barW * r.value / max)),
                                   height: rowH - 8, class: 'aa-bar', 'data-key': r.key}));
    svg.appendChild(svgEl('text', {x: labelW + Math.round(barW * r.value / max) + 6, y: y + 15, class: 'aa-chart-value'},
                          `${r.value}${unit}${r.note ? ` ${r.note}` : ''}`));
  });
  return svg;
}
