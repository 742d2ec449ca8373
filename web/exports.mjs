// Exports that drop into a spreadsheet: people, quotes and the source balance as CSV (RFC 4180: a header row,
// CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled). A cell that starts with
// = + - @ (or a tab or carriage return) gets a leading apostrophe so that no spreadsheet runs it as a formula.
// Files are named after the article's headline.
import {summarise, speakerText, countWords} from './aa-view.mjs';
import {sourceBalance, sourceType, SOURCE_TYPES, SOURCE_TYPE_NAMES, GENDERS} from './balance.mjs';

export function csvCell(v) {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function toCsv(rows) {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function sentenceAt(result, offset) {
  const s = (result.sentences ?? []).find((x) => x.end > offset && x.start <= offset);
  return s ? (result.text ?? '').slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '';
}

/** People and other named things: one row per cluster (or unclustered name), people first. */
export function peopleCsv(result) {
  const {groups} = summarise(result);
  const balance = sourceBalance(result);
  const byCluster = new Map(balance.people.map((p) => [p.cluster, p]));
  const quoted = new Map();
  for (const q of result.quotes ?? []) {
    if (q.speaker?.cluster == null) continue;
    const s = quoted.get(q.speaker.cluster) ?? {quotes: 0, words: 0};
    s.quotes++;
    s.words += countWords(q.text ?? '');
    quoted.set(q.speaker.cluster, s);
  }
  const rows = [['name', 'label', 'titles', 'mentions', 'quotes', 'quoted_words', 'first_mention_offset',
                 'first_mention_sentence', 'gender_estimate', 'gender_basis', 'edited']];
  const order = (g) => (g.label === 'PERSON' ? 0 : g.label === 'ORG' ? 1 : 2);
  for (const g of [...groups].sort((a, b) => order(a) - order(b))) {
    const first = result.entities[g.entities[0]];
    const q = g.cluster != null ? quoted.get(g.cluster) : null;
    const p = g.cluster != null ? byCluster.get(g.cluster) : null;
    const edited = g.entities.some((i) => result.entities[i].edited);
    rows.push([g.name, g.label, g.titles.join('; '), g.count, q?.quotes ?? 0, q?.words ?? 0, first.start,
               sentenceAt(result, first.start), p ? p.gender : '', p ? p.basis : '', edited ? 'yes' : '']);
  }
  return toCsv(rows);
}

/**
 * One row per quote: speaker, source type, kind, cue, the quoted words, the content, the sentence; for a quote with
 * no speaker, no_speaker_reason is the JSON's speaker.reason ("passive-cue") and speaker says it in words.
 */
export function quotesCsv(result) {
  const rows = [['speaker', 'source_type', 'kind', 'cue', 'quote', 'content', 'sentence', 'quoted_words', 'start', 'end',
                 'edited', 'no_speaker_reason']];
  for (const q of result.quotes ?? []) {
    // The content's words from its offsets (a lean result may leave span texts empty); absent in older results.
    const content = q.content && q.content.end > q.content.start ? (result.text ?? '').slice(q.content.start, q.content.end) : '';
    rows.push([speakerText(q), sourceType(result, q), q.kind, q.cue?.text ?? '', q.text, content,
               sentenceAt(result, q.start), countWords(q.text ?? ''), q.start, q.end, q.edited ? 'yes' : '',
               q.speaker?.name ? '' : q.speaker?.reason ?? '']);
  }
  return toCsv(rows);
}

/** The source-balance figures: by source type, then by estimated gender of quoted people. */
export function balanceCsv(result) {
  const b = sourceBalance(result);
  const rows = [['group', 'value', 'sources', 'quotes', 'quoted_words', 'share_of_quoted_words']];
  const share = (w) => (b.totalWords ? (w / b.totalWords).toFixed(3) : '0');
  for (const t of SOURCE_TYPES) {
    const x = b.byType[t];
    rows.push(['source_type', SOURCE_TYPE_NAMES[t], x.sources, x.quotes, x.words, share(x.words)]);
  }
  for (const g of GENDERS) {
    const x = b.byGender[g];
    rows.push(['gender_of_quoted_people', g, x.people, x.quotes, x.words, share(x.words)]);
  }
  rows.push(['people', 'quoted', b.quotedPeople, '', '', '']);
  rows.push(['people', 'mentioned_only', b.mentionedOnly, '', '', '']);
  return toCsv(rows);
}

/** A file name from the headline: "harbour-city-bets-1-2bn-on-tidal-barrier-people.csv". */
export function fileName(result, what, ext) {
  const title = result.article?.title?.text ?? (result.sentences?.[0] ? result.text.slice(result.sentences[0].start, result.sentences[0].end) : '');
  let slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')
                  .replace(/^-+|-+$/g, '');
  if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '');
  return `${slug || 'article'}-${what}.${ext}`;
}
