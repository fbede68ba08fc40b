/** Lower case without accents, so "Délai" is found by "delai" (the risk register searches the same way). */
export function foldSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search box, folded; none for a blank box. */
export function searchWordsOf(query: string | undefined): string[] {
  return foldSearchText(query ?? '')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** Whether every word appears somewhere in the parts (any case, any accents); true without words. */
export function matchesSearchWords(parts: readonly (string | undefined)[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = foldSearchText(parts.filter((part) => typeof part === 'string').join('\n'));
  return words.every((word) => text.includes(word));
}
