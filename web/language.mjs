// Does a text read as English? The analyser's models and word lists are English only: French or German text gets
// names at best and no speakers. A count of very common function words per language is enough to tell the main
// languages of news apart on a paragraph or more; short texts are not judged.
const STOPWORDS = {
  en: 'the of and to in that is was for on with as by at from he she it said has have were are this which but not',
  fr: 'le la les des du de et est une un dans que qui pour pas sur au aux il elle ont sont avec ce cette a été',
  de: 'der die das und ist nicht ein eine den dem des zu mit sich auf für von im sie er es wurde hat sind auch',
  es: 'el la los las de del y que en un una por con para es se no su al lo como más pero dijo',
  it: 'il lo la gli le di e che è un una per con non si del della da ha sono come anche ma',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er die ook als hij zij werd',
  pt: 'o a os as de do da e que em um uma para com não se por mais foi ao dos das disse',
};
export const LANGUAGE_NAMES = {en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', nl: 'Dutch',
                               pt: 'Portuguese'};
const sets = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v.split(' '))]));

/** {lang: 'en'|'fr'|...|null, english: bool, confident: bool}; looks at the first 20,000 characters at most. */
export function guessLanguage(text) {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return {lang: null, english: true, confident: false};
  const scores = Object.fromEntries(Object.keys(sets).map((k) => [k, 0]));
  for (const w of words) for (const k in sets) if (sets[k].has(w)) scores[k]++;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0];
  const en = scores.en;
  // English unless another language clearly leads and English words are rare.
  const confident = bestScore >= 0.12 * words.length;
  const english = best === 'en' || en >= 0.6 * bestScore || !confident;
  return {lang: confident ? best : null, english, confident};
}
