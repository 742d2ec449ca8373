// The page's workbench modules on their own (Node, no browser): corrections, source balance, CSV exports,
// the language guess, and the generated name table being up to date.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {root} from './helpers.mjs';
import {sampleText, nodeAnalyser, handMade} from './fixtures.mjs';
import {applyCorrections, textHash, history, correctionStore, stepsFromExport, KEPT_TEXTS} from '../../web/corrections.mjs';
import {sourceBalance, estimateGender} from '../../web/balance.mjs';
import {csvCell, toCsv, peopleCsv, quotesCsv, balanceCsv, fileName} from '../../web/exports.mjs';
import {guessLanguage} from '../../web/language.mjs';
import {speakerText} from '../../web/aa-view.mjs';
import {generate} from '../../tools/web/gen-name-gender.mjs';

const base = handMade((await nodeAnalyser()).analyse(sampleText));
const at = (text, from = 0) => base.text.indexOf(text, from);

test('the generated name table matches core/data/name_gender.tsv', () => {
  const expected = generate(fs.readFileSync(path.join(root, 'core/data/name_gender.tsv'), 'utf8'));
  assert.equal(fs.readFileSync(path.join(root, 'web/name-gender.mjs'), 'utf8'), expected,
               'run node tools/web/gen-name-gender.mjs');
});

test('no corrections: the result is the analyser’s, untouched', () => {
  const {result, applied} = applyCorrections(base, []);
  assert.equal(result, base);
  assert.equal(applied, 0);
});

test('label, remove, add: entities renumbered, clusters rebuilt, changes marked with the original', () => {
  const steps = [{ops: [{op: 'label', at: at('Halden Mutual'), label: 'PERSON'}]},
                 {ops: [{op: 'remove', at: at('Rotterdam')}]},
                 {ops: [{op: 'add', start: at('Fennick Estuary'), end: at('Fennick Estuary') + 15, label: 'LOC'}]}];
  const {result: r, applied, skipped} = applyCorrections(base, steps);
  assert.deepEqual([applied, skipped], [3, 0]);
  const halden = r.entities.find((e) => e.text === 'Halden Mutual');
  assert.equal(halden.label, 'PERSON');
  assert.deepEqual(halden.original, {label: 'ORG', cluster: 3});
  assert.equal(r.clusters[halden.cluster].label, 'PERSON');
  assert.ok(!r.entities.some((e) => e.text === 'Rotterdam'));
  assert.deepEqual(r.edited.removedEntities.map((e) => e.text), ['Rotterdam']);
  const added = r.entities.find((e) => e.text === 'Fennick Estuary');
  assert.equal(added.original, null);
  assert.equal(added.edited, true);
  // Indices hold: entities sorted, every cluster's mentions point back at entities of that cluster.
  for (let i = 1; i < r.entities.length; ++i) assert.ok(r.entities[i - 1].start < r.entities[i].start);
  r.clusters.forEach((c, id) => {
    assert.equal(c.id, id);
    for (const m of c.mentions) assert.equal(r.entities[m].cluster, id);
  });
  // Untouched entities carry no mark; the analyser's reading is kept whole.
  assert.equal(r.entities.find((e) => e.text === 'Grace Okonkwo').edited, undefined);
  assert.deepEqual(r.edited.original.entities, base.entities);
  assert.deepEqual(r.edited.steps, steps);
  // A span that overlaps an entity cannot be tagged.
  assert.equal(applyCorrections(base, [{ops: [{op: 'add', start: at('Grace'), end: at('Grace') + 5, label: 'ORG'}]}]).skipped, 1);
});

test('merge, split, speaker and kind: quotes follow their speaker’s cluster', () => {
  const brennan = at('Tomas Brennan'), grace = at('Grace Okonkwo');
  const {result: r} = applyCorrections(base, [{ops: [{op: 'merge', at: brennan, into: grace}]}]);
  const g = r.clusters.find((c) => c.name === 'Grace Okonkwo');
  assert.equal(g.mentions.length, 4);
  assert.equal(g.quoteCount, 2);
  assert.equal(r.quotes[1].speaker.name, 'Grace Okonkwo');
  assert.equal(r.quotes[1].edited, true);
  assert.equal(r.quotes[1].original.speaker.name, 'Tomas Brennan');
  assert.ok(!r.clusters.some((c) => c.name === 'Tomas Brennan'));

  const okonkwo = at('Okonkwo said');
  const split = applyCorrections(base, [{ops: [{op: 'split', at: okonkwo}]}]).result;
  assert.equal(split.clusters.length, base.clusters.length + 1);
  assert.equal(split.entities.find((e) => e.start === okonkwo).edited, true);

  const q0 = base.quotes[0].start, q3 = base.quotes[3].start;
  const s = applyCorrections(base, [{ops: [{op: 'speaker', quote: q3, to: at('Daniel Achterberg')}, {op: 'kind', quote: q0, kind: 'partial'},
                                           {op: 'speaker', quote: q0, to: 'anonymous'}]}]).result;
  assert.equal(s.quotes[3].speaker.name, 'Daniel Achterberg');
  assert.equal(s.quotes[3].speaker.cluster, 2);
  assert.equal(s.clusters[2].quoteCount, 2);
  assert.equal(s.quotes[0].kind, 'partial');
  assert.deepEqual(s.quotes[0].speaker, {name: 'anonymous source', cluster: null, mention: null, anonymous: true});
  assert.equal(s.quotes[0].original.kind, 'direct');
  const cleared = applyCorrections(base, [{ops: [{op: 'speaker', quote: q0, to: null}]}]).result;
  assert.equal(cleared.quotes[0].speaker.name, null);
  assert.equal(cleared.clusters[0].quoteCount, 0);
  assert.equal(cleared.quotes[0].speaker.reason, undefined, 'a speaker removed by hand has no reason of the analyser');

  // The analyser's reason for no speaker stays through corrections of other things, and goes with a new speaker.
  const why = structuredClone(base);
  why.quotes[3].speaker.reason = 'passive-cue';
  const kept = applyCorrections(why, [{ops: [{op: 'kind', quote: q0, kind: 'partial'}]}]).result;
  assert.equal(kept.quotes[3].speaker.reason, 'passive-cue');
  assert.equal(speakerText(kept.quotes[3]), 'no speaker: the cue is passive');
  const given = applyCorrections(why, [{ops: [{op: 'speaker', quote: q3, to: at('Daniel Achterberg')}]}]).result;
  assert.equal(given.quotes[3].speaker.reason, undefined);
  assert.equal(speakerText(given.quotes[3]), 'Daniel Achterberg');
  assert.equal(speakerText(base.quotes[3]), 'no speaker found');
});

test('history: undo and redo; the store keeps steps per text hash', () => {
  const h = history();
  h.push([{op: 'remove', at: 1}], 'a');
  h.push([{op: 'remove', at: 2}], 'b');
  assert.equal(h.undo().label, 'b');
  assert.equal(h.steps.length, 1);
  assert.equal(h.redo().label, 'b');
  assert.equal(h.canRedo, false);
  h.undo();
  h.push([{op: 'remove', at: 3}], 'c');
  assert.equal(h.canRedo, false, 'a new step drops what was undone');
  const mem = new Map();
  const storage = {getItem: (k) => mem.get(k) ?? null, setItem: (k, v) => mem.set(k, v), removeItem: (k) => mem.delete(k)};
  const store = correctionStore(storage);
  const key = textHash(sampleText);
  assert.match(key, /^[0-9a-f]{16}$/);
  assert.notEqual(textHash(`${sampleText} `), key);
  store.save(key, h.steps);
  assert.deepEqual(correctionStore(storage).load(key), h.steps);
  store.clear(key);
  assert.deepEqual(correctionStore(storage).load(key), []);
  assert.equal(mem.size, 0);
  assert.deepEqual(stepsFromExport({edited: {steps: h.steps}}), h.steps);
  assert.equal(stepsFromExport({}), null);
});

test('kept corrections stay bounded: the oldest texts\' are dropped past KEPT_TEXTS or when storage is full', async () => {
  // A Web Storage stand-in with a quota in characters, as localStorage has one.
  const storageWithQuota = (quota) => {
    const mem = new Map();
    const used = () => [...mem].reduce((n, [k, v]) => n + k.length + v.length, 0);
    return {mem, get length() { return mem.size; }, key: (i) => [...mem.keys()][i] ?? null,
            getItem: (k) => mem.get(k) ?? null, removeItem: (k) => mem.delete(k),
            setItem(k, v) {
              const before = mem.get(k);
              mem.set(k, String(v));
              if (used() > quota) {
                if (before === undefined) mem.delete(k); else mem.set(k, before);
                throw new DOMException('full', 'QuotaExceededError');
              }
            }};
  };
  const step = (i) => [{ops: [{op: 'remove', at: i}], label: `step ${i}`}];
  const tick = () => new Promise((r) => setTimeout(r, 2));  // distinct "saved" times
  // Past KEPT_TEXTS texts, the oldest go; other keys of the origin are left alone.
  const big = storageWithQuota(1e9);
  big.setItem('aa-draft', 'not ours');
  const store = correctionStore(big);
  for (let i = 0; i < KEPT_TEXTS + 3; ++i) {
    assert.equal(store.save(`t${i}`, step(i)), true);
    if (i < 4) await tick();
  }
  const kept = [...big.mem.keys()].filter((k) => k.startsWith('aa-corrections:'));
  assert.equal(kept.length, KEPT_TEXTS);
  for (const gone of ['t0', 't1', 't2']) assert.equal(big.getItem(`aa-corrections:${gone}`), null, gone);
  assert.deepEqual(correctionStore(big).load('t3'), step(3));
  assert.deepEqual(correctionStore(big).load(`t${KEPT_TEXTS + 2}`), step(KEPT_TEXTS + 2));
  assert.equal(big.getItem('aa-draft'), 'not ours');
  // Full storage: the oldest entries make room for the new one; one that can never fit is kept in memory only.
  const small = storageWithQuota(400);
  const s2 = correctionStore(small);
  for (let i = 0; i < 6; ++i) {
    assert.equal(s2.save(`u${i}`, step(i)), true, `u${i}`);
    await tick();
  }
  assert.ok(small.getItem('aa-corrections:u5'), 'the newest is kept');
  assert.equal(small.getItem('aa-corrections:u0'), null, 'the oldest made room');
  const huge = [{ops: [{op: 'label', at: 0, label: 'x'.repeat(500)}]}];
  assert.equal(s2.save('v', huge), false);
  assert.deepEqual(s2.load('v'), huge, 'still there for this visit');
});

test('CSV: RFC 4180 quoting, a header row, formula injection guarded', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  for (const bad of ['=1+1', '+33 1', '-2', '@SUM(A1)', '=HYPERLINK("http://x")']) assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), bad);
  assert.equal(csvCell(null), '');
  assert.equal(toCsv([['a', 'b'], [1, 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
  const people = peopleCsv(base).split('\r\n');
  assert.equal(people[0], 'name,label,titles,mentions,quotes,quoted_words,first_mention_offset,first_mention_sentence,gender_estimate,gender_basis,edited');
  assert.ok(people.some((l) => /^Grace Okonkwo,PERSON,Mayor,2,1,9,\d+,".*",female,/.test(l)), people.join('\n'));
  const quotes = quotesCsv(base).split('\r\n');
  assert.equal(quotes[0], 'speaker,source_type,kind,cue,quote,content,sentence,quoted_words,start,end,edited,no_speaker_reason');
  assert.equal(quotes.length, base.quotes.length + 2);  // header, rows, the empty string after the last CRLF
  // A quote's content comes from its offsets (even when the span's own text is left empty).
  const withContent = structuredClone(base);
  const p = withContent.quotes[1];
  const from = base.text.lastIndexOf('called the barrier', p.start);
  p.content = {start: from, end: p.end, text: ''};
  const row = quotesCsv(withContent).split('\r\n')[2];
  assert.ok(row.includes(`,"${base.text.slice(from, p.end).replace(/"/g, '""')}",`) || row.includes(`,${base.text.slice(from, p.end)},`), row);
  // A quote with no speaker: the reason's code in its own column, in words in the speaker column.
  const why = structuredClone(base);
  why.quotes[3].speaker.reason = 'passive-cue';
  const whyRow = quotesCsv(why).split('\r\n')[4];
  assert.ok(whyRow.startsWith('no speaker: the cue is passive,'), whyRow);
  assert.ok(whyRow.endsWith(',passive-cue'), whyRow);
  assert.ok(quotesCsv(base).split('\r\n')[1].endsWith(','), 'a quote with a speaker has no reason');
  const balance = balanceCsv(base);
  assert.match(balance, /^group,value,sources,quotes,quoted_words,share_of_quoted_words\r\n/);
  assert.match(balance, /gender_of_quoted_people,female,1,1,9,/);
  assert.equal(fileName(base, 'people', 'csv'), 'harbour-city-bets-1-2bn-on-tidal-barrier-as-insurers-pull-people.csv');
  assert.equal(fileName({text: '', sentences: [], article: {}}, 'quotes', 'csv'), 'article-quotes.csv');
});

test('source balance: quoted vs mentioned, by source type, gender from first name, title and pronouns', async () => {
  const b = sourceBalance(base);
  assert.equal(b.quotedPeople, 3);
  assert.equal(b.mentionedOnly, 0);
  assert.equal(b.byType.none.quotes, 1);
  assert.equal(b.byType.person.quotes, 3);
  assert.equal(b.totalQuotes, 4);
  // The byline's journalist and a credit's photographer are not people of the story: not "only mentioned".
  const paste = 'Mill to close\n\nBy Ilse Varga\n\nA worker at the mill on Monday. (Dara Vell/Harbour Press)\n\n' +
                '"We tried everything," said Tomas Brenn, the owner. Mayor Lina Hart visited the mill on Tuesday.\n';
  const byline = (await nodeAnalyser()).analyse(paste);
  const names = (r) => sourceBalance(r).people.map((p) => p.name).sort();
  assert.deepEqual(names(byline), ['Lina Hart', 'Tomas Brenn'], JSON.stringify(byline.entities.map((e) => e.text)));
  assert.equal(sourceBalance(byline).mentionedOnly, 1);
  assert.equal(estimateGender(base, 0).gender, 'female');  // Grace
  assert.equal(estimateGender(base, 1).gender, 'male');  // Tomas, and "He said" after him
  assert.equal(estimateGender(base, 3).gender, 'unknown');  // an organisation
  // No first name known, no title, no pronoun: unknown. A title decides; names and pronouns that disagree: unknown.
  const t = 'Zorblat Quennick spoke. Later Ms Quennick left. Peter Vance came; she smiled and she waved.';
  const ent = (s, label = 'PERSON') => ({start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s, label, score: 1});
  const r = {text: t, sentences: [...t.matchAll(/[^.]+\./g)].map((m) => ({start: m.index + (m[0].startsWith(' ') ? 1 : 0), end: m.index + m[0].length})),
             entities: [{...ent('Zorblat Quennick'), cluster: 0}, {...ent('Quennick', 'PERSON'), start: t.indexOf('Quennick left'), end: t.indexOf('Quennick left') + 8, text: 'Quennick', cluster: 0},
                        {...ent('Peter Vance'), cluster: 1}],
             clusters: [{id: 0, label: 'PERSON', name: 'Zorblat Quennick', mentions: [0, 1], titles: []},
                        {id: 1, label: 'PERSON', name: 'Peter Vance', mentions: [2], titles: []}], quotes: []};
  assert.equal(estimateGender(r, 0).gender, 'female');
  assert.match(estimateGender(r, 0).basis, /title/);
  assert.equal(estimateGender(r, 1).gender, 'unknown', estimateGender(r, 1).basis);
  r.clusters[0].titles = [];
  r.text = t.replace('Ms ', 'xx ');
  assert.equal(estimateGender(r, 0).gender, 'unknown');
});

test('language: English passes, French and German are named', () => {
  assert.equal(guessLanguage(sampleText).english, true);
  const fr = 'Le conseil municipal a voté mercredi soir la construction d’une barrière contre les marées. « Nous avons ' +
             'attendu trop longtemps », a déclaré la maire devant les élus. Les pêcheurs de la coopérative ne sont pas ' +
             'convaincus et ils demandent une étude indépendante sur les sédiments avant la signature du contrat. Elle a ' +
             'répondu que la ville ne pouvait plus attendre et que le projet serait financé par un emprunt vert.';
  const de = 'Der Stadtrat hat am Mittwochabend den Bau einer Sturmflutbarriere beschlossen. „Wir haben zu lange ' +
             'gewartet“, sagte die Bürgermeisterin vor der Abstimmung. Die Fischer der Genossenschaft sind nicht ' +
             'überzeugt und fordern eine unabhängige Studie über die Sedimente, bevor der Vertrag unterschrieben wird. ' +
             'Sie sagte, die Stadt könne nicht länger warten und das Projekt werde mit einer grünen Anleihe finanziert.';
  assert.deepEqual([guessLanguage(fr).english, guessLanguage(fr).lang], [false, 'fr']);
  assert.deepEqual([guessLanguage(de).english, guessLanguage(de).lang], [false, 'de']);
  assert.equal(guessLanguage('Le chat.').english, true, 'too short to judge');
});

test('corrections follow an edit of the text: offsets after it shift, operations inside it are dropped', async () => {
  const {remapSteps} = await import('../../web/corrections.mjs');
  const oldText = base.text;
  const cut = at('Halden Mutual') - 10;  // three characters typed ten before Halden Mutual
  const newText = `${oldText.slice(0, cut)}XYZ${oldText.slice(cut)}`;
  const steps = [{ops: [{op: 'label', at: at('Halden Mutual'), label: 'PERSON'}]},
                 {ops: [{op: 'add', start: 0, end: 7, label: 'EVENT'}]},
                 {ops: [{op: 'remove', at: cut - 1}]}];
  const {steps: moved, dropped} = remapSteps(steps, oldText, newText);
  assert.equal(dropped, 0);
  assert.equal(moved[0].ops[0].at, at('Halden Mutual') + 3);
  assert.deepEqual([moved[1].ops[0].start, moved[1].ops[0].end], [0, 7]);
  assert.equal(moved[2].ops[0].at, cut - 1);
  // Applied to a result for the new text, the label change lands on the same words.
  const {result} = applyCorrections({...base, text: newText, entities: base.entities.map((e) => (e.start >= cut ? {...e, start: e.start + 3, end: e.end + 3} : e))}, moved.slice(0, 1));
  assert.equal(result.entities.find((e) => e.text === 'Halden Mutual').label, 'PERSON');
  // An operation on words the edit changed is dropped.
  const edited = `${oldText.slice(0, at('Halden Mutual') + 2)}Q${oldText.slice(at('Halden Mutual') + 3)}`;
  assert.equal(remapSteps(steps.slice(0, 1), oldText, edited).dropped, 0, 'the op anchors on the start, before the edit');
  const onStart = `${oldText.slice(0, at('Halden Mutual'))}W${oldText.slice(at('Halden Mutual') + 1)}`;
  assert.deepEqual(remapSteps(steps.slice(0, 1), oldText, onStart), {steps: [], dropped: 1});
});
