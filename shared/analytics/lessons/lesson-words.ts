import { foldSearchText } from '../raid/raid-search';

/**
 * Words that say nothing about what a risk or a lesson is about, folded (no accents, lower case):
 * English and French function words, plus the few every risk statement uses ("may", "risk",
 * "project"), which would otherwise make every lesson resemble every risk.
 */
const stopWords: ReadonlySet<string> = new Set(
  [
    // English
    'a an and are as at be been being but by can could did do does for from had has have how if in into is it its may might more most must no not of on or our out over shall should so some such than that the their them then there these they this those to too under until up upon was we were what when where which while who why will with would you your after before about because due lead leads leading',
    // French (folded)
    'a au aux avec ce ces cet cette dans de des du elle elles en est et etre eu il ils je la le les leur leurs lui mais meme ne ni nos notre nous on ou par pas peu peut pour pourrait qu que qui sa sans se ses si son sont sur ta te tes toi ton tous tout tres tu un une vos votre vous y ete etait apres avant car donc entre fait faire plus moins comme ainsi cause',
    // Words every risk and every lesson share
    'risk risks risque risques project projects projet projets happen happens arrive arriver',
  ]
    .join(' ')
    .split(/\s+/),
);

/**
 * A light suffix stripper for English and French, not a full Porter stemmer: it only has to send
 * "delays", "delayed" and "delaying" to one stem, and "livré", "livrée" and "livrées" to another.
 * First a plural `s` or `x` goes, then the first of `endings` that fits; a stem keeps at least four
 * letters, so short words stay whole ("late", "data").
 */
const endings: readonly [string, string][] = [
  ['ement', ''],
  ['ation', ''],
  ['ment', ''],
  ['ness', ''],
  ['ing', ''],
  ['ie', 'y'],
  ['ed', ''],
  ['ee', ''],
  ['e', ''],
];
const stemMin = 4;

/** The stem of one folded word (see `endings`). */
export function stemWord(word: string): string {
  const cut = (text: string, ending: string) =>
    text.endsWith(ending) && text.length - ending.length >= stemMin ? text.slice(0, -ending.length) : undefined;
  const singular = (word.endsWith('ss') ? undefined : (cut(word, 's') ?? cut(word, 'x'))) ?? word;
  for (const [ending, replacement] of endings) {
    const stem = cut(singular, ending);
    if (stem !== undefined) return stem + replacement;
  }
  return singular;
}

/**
 * The meaningful words of a text as stems, each with the first word that gave it (as typed, folded),
 * which is what an explanation shows. Words of one or two letters, digits alone and stop words go.
 */
export function wordStemsOf(text: string): Map<string, string> {
  const stems = new Map<string, string>();
  for (const word of foldSearchText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || /^\p{N}+$/u.test(word) || stopWords.has(word)) continue;
    const stem = stemWord(word);
    if (!stems.has(stem)) stems.set(stem, word);
  }
  return stems;
}
