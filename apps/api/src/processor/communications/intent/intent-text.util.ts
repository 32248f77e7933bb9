const APOSTROPHES = /['\u2019\u02bc]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Case-folds a text so that it does not matter how it was typed: NFKC, then lower → upper → lower case (so `ß`,
 * `ẞ` and `SS` fold alike, as do Greek final and medial sigma), NFKC again; apostrophes are dropped (`don't` → `dont`).
 *
 * @example
 * foldCase('DON’T  Cancel'); // 'dont  cancel'
 */
export function foldCase(text: string): string {
  return text.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFKC').replace(APOSTROPHES, '');
}

/**
 * The words of a text after `foldCase`: runs of letters and digits; whitespace, punctuation and symbols only
 * separate words, so their kind and amount never change the result.
 *
 * @example
 * intentTokens('Where can I\texport my CONTACTS?'); // ['where', 'can', 'i', 'export', 'my', 'contacts']
 */
export function intentTokens(text: string): string[] {
  return foldCase(text).match(WORD) ?? [];
}

/**
 * How often each term (a word or a phrase of words) occurs in `tokens`, counting overlapping phrase occurrences;
 * terms that do not occur are absent. Terms are tokenised like texts, so `'Log-In'` matches `log in`.
 *
 * @example
 * countTerms(intentTokens('not working, still not working'), ['not working', 'working']); // Map { 'not working' => 2, 'working' => 2 }
 */
export function countTerms(tokens: readonly string[], terms: Iterable<string>): Map<string, number> {
  const byFirst = new Map<string, { term: string; words: string[] }[]>();
  for (const term of terms) {
    const words = intentTokens(term);
    const first = words[0];
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), { term, words }]);
  }
  const counts = new Map<string, number>();
  tokens.forEach((token, i) => {
    for (const { term, words } of byFirst.get(token) ?? []) {
      if (words.every((w, j) => tokens[i + j] === w)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  });
  return counts;
}
