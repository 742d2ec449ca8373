// Invented news text for the benchmarks and the tests: articles built from templates and word lists written
// for this project (every name, place and organisation is made up), the same on every run for a given seed.
//
//   import {article, textOfSize, articles} from './corpus.mjs';
//   node bench/corpus.mjs --out build/bench/texts      writes the benchmark inputs (see writeBenchTexts)
//
// The texts look like news: a headline, a standfirst, a byline, a date line, a dateline lead, then paragraphs
// with direct, partial and reported speech attributed to people with titles, organisations, places, money,
// percentages, dates and numbers; curly and straight quotation marks, dashes, accented names.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {countWords} from './contenders.mjs';

/** A seeded generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Grace', 'Tomas', 'Miriam', 'Daniel', 'Aisha', 'Elena', 'Margaret', 'Kofi', 'Ingrid', 'Rafael',
  'Priya', 'Oskar', 'Nadia', 'Wen', 'Jonas', 'Lucía', 'Hamid', 'Sofia', 'Declan', 'Yuki', 'Zoë', 'Łukasz', 'Amara',
  'Bjorn', 'Chiara', 'Emeka', 'Farah', 'Gideon', 'Hana', 'Ivo', 'José', 'Kerstin', 'Leila', 'Mateo', 'Nkechi',
  'Olivier', 'Petra', 'Quentin', 'Rosa', 'Samir', 'Tove', 'Ulrich', 'Valentina', 'Wiktor', 'Ximena', 'Yusuf'];
const LAST = ['Okonkwo', 'Brennan', 'Sato', 'Achterberg', 'Rahman', 'Vasquez', 'Hollis', 'Mensah', 'Lindqvist',
  'Albarrán', 'Raghunathan', 'Pietrowski', 'Haddad', 'Zhou', 'Eriksen', 'Moreno', 'Karimi', 'Costa', 'Fitzgerald',
  'Tanaka', 'Dubois', 'Nowak', 'Adeyemi', 'Halvorsen', 'Romano', 'Obi', 'Nasser', 'Kaplan', 'Novák', 'Ferreira',
  'Lindgren', 'Marsh', 'Okafor', 'Delacroix', 'Schreiber', 'Abara', 'Mbeki-Hart', "O'Rourke", 'van der Berg',
  'McAllister', 'Ishikawa', 'Qureshi', 'Salazar', 'Thorsen', 'Uzun', 'Wojcik'];
const TITLE = ['Mayor', 'Councillor', 'Senator', 'Minister', 'Dr.', 'Professor', 'Judge', 'Chief Inspector',
  'Governor', 'Deputy Mayor', 'Ambassador', 'Commissioner'];
const ROLE = ['chief executive', 'spokesperson', 'finance director', 'lead engineer', 'chairwoman', 'chairman',
  'head of research', 'union representative', 'harbour master', 'chief economist', 'director', 'treasurer'];
const PLACE = ['Marlow Bay', 'Kingsport', 'Northbridge', 'Eastwick', 'Fennick', 'Halden', 'Porthaven', 'Ostrava Vale',
  'Saint-Amand-sur-Loire', 'New Carrow', 'Brightwater', 'Ashford Cross', 'Lakemoor', 'Redcliffe', 'Greyhaven',
  'Mirabel', 'Tolvik', 'Dunmore', 'Westerly', 'Calder Falls'];
const COUNTRY = ['Norland', 'Vestria', 'the Republic of Amarel', 'Kesh', 'the United Provinces', 'Osterreach',
  'Belmora', 'Tarsus'];
const NATIONALITY = ['Norlandic', 'Vestrian', 'Amarelian', 'Keshi', 'Belmoran', 'Tarsian'];
const ORG = ['Halden Mutual', 'the Port Authority of Marlow Bay', 'Ostrand & Pye', 'the Coastal Resilience Fund',
  'Northbridge City Council', 'the Department for Environment and Water', 'Fennick Fishermen’s Cooperative',
  'Brightwater Energy', 'the National Rail Consortium', 'Kestrel Analytics', 'the Federation of Small Traders',
  'Greyhaven University', 'the Central Bank of Norland', 'Meridian Health Trust', 'Calder Steel Works',
  'the Transport Workers’ Union', 'Lakemoor Water Company', 'Arclight Media Group', 'the Vestrian Red Cross',
  'Tolvik Shipping Lines'];
const SUBJECT = ['the barrier', 'the new rail line', 'the hospital merger', 'the water tariff', 'the budget',
  'the housing plan', 'the bond issue', 'the strike', 'the inquiry', 'the wind farm', 'the tram extension',
  'the school closures', 'the trade agreement', 'the bridge repair', 'the ferry contract', 'the pension reform'];
const VERB_SAID = ['said', 'told reporters', 'said in a statement', 'told the chamber', 'wrote in a letter',
  'added', 'said on Thursday', 'told a press conference', 'said in an interview', 'insisted', 'warned'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUOTE_BODIES = [
  'We have run out of time to be cautious',
  'This is not a luxury. It is the price of staying here',
  'Every winter we wait, another family is told their house cannot be insured',
  'Nobody asked the people who actually do the work',
  'The numbers simply do not add up, and everyone in this room knows it',
  'We will not be rushed into a decision that our grandchildren will pay for',
  'I don’t understand the engineering and I don’t need to. I need to sleep through a storm',
  'If we get the model wrong, we will know within a season',
  'Our members are tired of promises; they want a date',
  'This is the strongest application we have received this year',
  'The risk is real, but so is the cost of doing nothing',
  'We are confident the schedule will hold',
  'It is a good plan with a bad price tag',
  'There is no version of this in which the town comes out ahead',
  'We asked for a study and we got a brochure',
  'I have lived here for forty years and I have never seen the water this high',
  'Frankly, the consultation was a formality',
  'We support it in principle, but the details matter',
];
const PARTIALS = ['“a concrete answer to a question nobody asked”', '“deeply irresponsible”',
  '“a once-in-a-generation opportunity”', '“too little, too late”', '“in principle”', '“unacceptable”',
  '“locking a generation into debt”', '“a brochure, not a plan”', '“the best of a bad set of options”'];
const SCARES = ['“temporary”', '“efficiency savings”', '“managed retreat”', '“modernisation”', '“consultation”'];
const REPORTED = ['the plan would be reviewed by an independent panel before any contract is signed',
  'the cost could rise by as much as a fifth if construction starts late',
  'the authority had not been consulted about the timetable',
  'talks with the unions would resume next week',
  'the figures had been checked by two separate auditors',
  'residents would be compensated for any disruption',
  'the decision would be challenged in court',
  'no money had yet been promised'];
const FILLER = [
  'The proposal was first published in the spring and has been revised twice since then.',
  'Officials did not say how the remaining money would be raised.',
  'Construction is expected to take four years, with the first phase finished before the winter.',
  'The vote followed a six-hour debate in a packed public gallery.',
  'Critics point to the overruns on the previous project, which finished two years late.',
  'Shares in the company fell sharply after the announcement.',
  'Local businesses have been asked to submit their objections in writing.',
  'An independent review of the scheme is due to report at the end of the year.',
  'The scheme is the largest of its kind in the region.',
  'Some residents have already begun to move away from the most exposed streets.',
  'The ministry declined to comment on the timing of the decision.',
  'It is not the first time the idea has been put forward; a similar plan was shelved in 2009.',
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function int(r, lo, hi) {
  return lo + Math.floor(r() * (hi - lo + 1));
}
function person(r) {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}
function money(r) {
  const cur = pick(r, ['$', '£', '€']);
  return r() < 0.5 ? `${cur}${int(r, 2, 950)}m` : `${cur}${int(r, 1, 9)}.${int(r, 1, 9)}bn`;
}
function date(r) {
  return `${int(r, 1, 28)} ${pick(r, MONTH)} ${int(r, 2019, 2026)}`;
}
function percent(r) {
  return r() < 0.5 ? `${int(r, 2, 60)}%` : `${int(r, 1, 19)}.${int(r, 1, 9)} per cent`;
}
function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function paragraph(r, cast) {
  const [a, b, c] = cast;
  const org = pick(r, ORG), place = pick(r, PLACE), subject = pick(r, SUBJECT);
  switch (int(r, 0, 9)) {
    case 0:
      return `“${pick(r, QUOTE_BODIES)},” ${a.title} ${a.name} ${pick(r, VERB_SAID)}. “${pick(r, QUOTE_BODIES)}.”`;
    case 1:
      return `${b.name}, the ${b.role} of ${org}, called ${subject} ${pick(r, PARTIALS)} and said the group's ` +
             `${int(r, 40, 900)} members would oppose it. ${pick(r, FILLER)}`;
    case 2:
      return `${a.last} said ${pick(r, REPORTED)}, and that ${org} had set aside ${money(r)} for ${subject}. ` +
             `${pick(r, FILLER)}`;
    case 3:
      return `According to figures published by ${org}, ${subject} would add about ${percent(r)} to the average ` +
             `household's bill from ${int(r, 2025, 2030)}. ${c.name} said many pensioners in ${place} could not ` +
             `absorb the increase.`;
    case 4:
      return `"${pick(r, QUOTE_BODIES)}," said ${c.name}, ${int(r, 19, 88)}, who has lived in ${place} since ` +
             `${int(r, 1950, 2015)}. "${pick(r, QUOTE_BODIES)}."`;
    case 5:
      return `The ${pick(r, NATIONALITY)} government, which faces an election in ${pick(r, MONTH)}, has promised ` +
             `${money(r)} for ${subject} in ${pick(r, COUNTRY)} — a sum that ${b.last} described as ${pick(r, PARTIALS)}.`;
    case 6:
      return `Officials at ${org}, speaking on condition of anonymity because the decision has not been ` +
             `announced, said ${pick(r, REPORTED)}. The so-called ${pick(r, SCARES)} phase begins on ` +
             `${date(r)}.`;
    case 7:
      return `${pick(r, FILLER)} ${pick(r, FILLER)} On ${pick(r, WEEKDAY)}, ${a.last} met representatives of ` +
             `${org} in ${place}; ${b.last} did not attend.`;
    case 8:
      return `${c.title} ${c.name} disagreed. “${pick(r, QUOTE_BODIES)}. ${pick(r, QUOTE_BODIES)},” ${c.last} ` +
             `${pick(r, VERB_SAID)}, adding that ${pick(r, REPORTED)}.`;
    default:
      return `${cap(subject)} will cost ${money(r)}, up ${percent(r)} on the estimate published on ${date(r)}, ` +
             `and will employ about ${int(r, 2, 60) * 100} people in ${place} and ${pick(r, PLACE)}.`;
  }
}

/** One article (plain text, paragraphs separated by blank lines), about `paragraphs` paragraphs long. */
export function article(seed, paragraphs = 10) {
  const r = rng(seed);
  const cast = [0, 1, 2].map(() => {
    const first = pick(r, FIRST), last = pick(r, LAST);
    return {name: `${first} ${last}`, last, title: pick(r, TITLE), role: pick(r, ROLE)};
  });
  const place = pick(r, PLACE), subject = pick(r, SUBJECT);
  const out = [
    `${place} ${pick(r, ['approves', 'rejects', 'delays', 'defends', 'reopens talks on'])} ${subject} as ` +
        `${pick(r, ORG).replace(/^the /, '')} ${pick(r, ['pulls back', 'raises doubts', 'signs on', 'walks out'])}`,
    `${cap(pick(r, ORG))} warns ${subject} could cost more than it saves, while ${cast[0].name} says there is ` +
        `no alternative`,
    `By ${person(r)}, ${cap(pick(r, ROLE))}`,
    `Published ${date(r)}`,
    `${place.toUpperCase()} — ${cast[0].title} ${cast[0].name} ${pick(r, ['won', 'lost', 'postponed'])} a vote ` +
        `on ${subject} on ${pick(r, WEEKDAY)} night, committing ${money(r)} to a project that supporters say will ` +
        `protect about ${int(r, 2, 90)},000 homes until at least ${int(r, 2040, 2090)}.`,
  ];
  for (let i = 0; i < paragraphs; ++i) out.push(paragraph(r, cast));
  return out.join('\n\n') + '\n';
}

/** A text of about `bytes` UTF-8 bytes (never more), made of whole articles and cut at a paragraph end. */
export function textOfSize(bytes, seed = 1) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; ++i) {
    const a = article(seed * 100003 + i, 6 + (i % 9));
    parts.push(a);
    size += Buffer.byteLength(a) + 1;
  }
  let text = parts.join('\n');
  if (Buffer.byteLength(text) > bytes) {
    const buf = Buffer.from(text).subarray(0, bytes);
    text = buf.toString('utf8');
    const cut = text.lastIndexOf('\n\n');
    text = text.slice(0, cut > 0 ? cut : text.length).replace(/\uFFFD$/, '') + '\n';
  }
  return text;
}

/** An HTML page of about `bytes` bytes: a news site's page holding whole articles in <article> elements. */
export function pageOfSize(bytes, seed = 5) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Coastal Courier</title>' +
               '</head><body><header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header><main>';
  const tail = '</main><footer><p>© The Coastal Courier. All rights reserved.</p></footer></body></html>\n';
  const parts = [];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; ++i) {
    const p = article(seed * 100003 + i, 6 + (i % 9)).trim().split('\n\n');
    const html = `<article><h1>${esc(p[0])}</h1><p class="standfirst">${esc(p[1])}</p>` +
                 `<p class="byline">${esc(p[2])}</p><time>${esc(p[3].replace('Published ', ''))}</time>` +
                 p.slice(4).map((x) => `<p>${esc(x)}</p>`).join('') + '</article>';
    if (size + Buffer.byteLength(html) > bytes && parts.length) break;
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  return head + parts.join('\n') + tail;
}

/** `n` different articles of varied length (3 to 20 paragraphs). */
export function articles(n, seed = 7) {
  return Array.from({length: n}, (_, i) => article(seed * 1000003 + i, 3 + (i * 7) % 18));
}

export {countWords};

/**
 * Writes the benchmark inputs into `dir`: article-3k.txt (the first ~3 KB of the page's sample article, cut at a
 * paragraph end), text-100k.txt, text-1m.txt, text-10m.txt, page-1m.html (articles in an HTML page) and
 * articles/0000.txt ... 0999.txt.
 * Returns their paths.
 */
export function writeBenchTexts(dir, sampleFile) {
  fs.mkdirSync(path.join(dir, 'articles'), {recursive: true});
  const sample = fs.readFileSync(sampleFile, 'utf8');
  let small = sample;
  while (Buffer.byteLength(small) > 3072) small = small.slice(0, small.lastIndexOf('\n\n', small.length - 2));
  const files = {
    'article-3k.txt': small + '\n',
    'text-100k.txt': textOfSize(100_000, 2),
    'text-1m.txt': textOfSize(1_000_000, 3),
    'text-10m.txt': textOfSize(10_000_000, 4),
    'page-1m.html': pageOfSize(1_000_000),
  };
  const written = {};
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) fs.writeFileSync(p, text);
    written[name] = p;
  }
  const list = articles(1000);
  written.articles = list.map((text, i) => {
    const p = path.join(dir, 'articles', `${String(i).padStart(4, '0')}.txt`);
    if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) fs.writeFileSync(p, text);
    return p;
  });
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = i > 0 ? process.argv[i + 1] : path.join(here, '../build/bench/texts');
  const w = writeBenchTexts(dir, path.join(here, '../web/sample-article.txt'));
  for (const [k, v] of Object.entries(w)) if (!Array.isArray(v)) console.log(`${k}: ${fs.statSync(v).size} bytes`);
  console.log(`articles: ${w.articles.length} files`);
}
