// A hand-annotated result for the sample article: the real analysis of the text (structure, sentences) plus
// entities, clusters and quotes placed by hand, so that the view, the panel and the exports are tested with
// every kind of highlight whatever the core's entity and quote stages find.
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {webDir} from './helpers.mjs';

export const sampleText = fs.readFileSync(path.join(webDir, 'sample-article.txt'), 'utf8');

export async function nodeAnalyser() {
  const {createAnalyser} = await import(pathToFileURL(path.join(webDir, 'article-analyser.mjs')).href);
  return createAnalyser();
}

function span(text, needle, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in the sample`);
  return {start, end: start + needle.length, text: needle};
}

export function handMade(result) {
  const t = result.text;
  const r = structuredClone(result);
  const ents = [
    ['Grace Okonkwo', 'PERSON', 0], ['Okonkwo', 'PERSON', 0, t.indexOf('Okonkwo said')],
    ['Tomas Brennan', 'PERSON', 1], ['Brennan said', 'PERSON', 1, t.indexOf('Brennan said')],
    ['Daniel Achterberg', 'PERSON', 2], ['Achterberg said', 'PERSON', 2, t.indexOf('Achterberg said')],
    ['Halden Mutual', 'ORG', 3], ['Port Authority of Marlow Bay', 'ORG', 4],
    ['Kingsport', 'GPE', 5], ['Rotterdam', 'GPE', 6],
    ['$1.2bn', 'MONEY', null], ['38%', 'PERCENT', null], ['14 March 2024', 'DATE', null],
  ].map(([needle, label, cluster, from]) => {
    const s = span(t, needle.replace(/ said$/, ''), from ?? 0);
    return {...s, label, cluster, score: 0.9};
  }).sort((a, b) => a.start - b.start);
  // "Marlow Bay" inside the ORG name stays out: entities never overlap.
  r.entities = ents;
  const names = ['Grace Okonkwo', 'Tomas Brennan', 'Daniel Achterberg', 'Halden Mutual', 'Port Authority of Marlow Bay',
                 'Kingsport', 'Rotterdam'];
  const labels = ['PERSON', 'PERSON', 'PERSON', 'ORG', 'ORG', 'GPE', 'GPE'];
  r.clusters = names.map((name, id) => ({id, label: labels[id], name, mentions: [], titles: id === 0 ? ['Mayor'] : [],
                                         quoteCount: 0}));
  ents.forEach((e, i) => e.cluster !== null && r.clusters[e.cluster].mentions.push(i));
  const mention = (needle, from) => span(t, needle, from);
  const direct = span(t, '“We have run out of time to be cautious,”');
  const partial = span(t, '“a concrete answer to a question nobody asked the people who work the water.”');
  const indirectStart = t.indexOf('Achterberg said the authority');
  const indirect = span(t, 'the authority supported flood protection “in principle” but wanted the council to commission an independent study of sediment before any contract is signed', indirectStart);
  r.quotes = [
    {...direct, kind: 'direct', speaker: {name: 'Grace Okonkwo', cluster: 0, mention: mention('Grace Okonkwo'), anonymous: false},
     cue: mention('told', direct.end), score: 0.95},
    {...partial, kind: 'partial', speaker: {name: 'Tomas Brennan', cluster: 1, mention: mention('Tomas Brennan'), anonymous: false},
     cue: mention('called', t.indexOf('Tomas Brennan')), score: 0.8},
    {...indirect, kind: 'indirect', speaker: {name: 'Daniel Achterberg', cluster: 2, mention: mention('Achterberg', indirectStart), anonymous: false},
     cue: mention('said', indirectStart), score: 0.7},
    {...span(t, '“I don’t understand the engineering and I don’t need to,”'), kind: 'direct',
     speaker: {name: null, cluster: null, mention: null, anonymous: false}, cue: null, score: 0.5},
  ];
  for (const q of r.quotes) if (q.speaker.cluster !== null) r.clusters[q.speaker.cluster].quoteCount++;
  r.warnings = [...r.warnings, {code: 'quote-without-speaker', start: r.quotes[3].start, end: r.quotes[3].end,
                                message: 'a quote with no speaker found'}];
  return r;
}

/** The sample article's paragraphs repeated (each numbered) until the text is at least `size` characters. */
export function bigText(size) {
  const paras = sampleText.split(/\n\n/);
  const out = [];
  let n = 0, i = 0;
  while (n < size) {
    const p = `${paras[i % paras.length]} (${i})`;
    out.push(p);
    n += p.length + 2;
    ++i;
  }
  return out.join('\n\n');
}
