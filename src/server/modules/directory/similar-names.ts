/** The rows of editDistance's table, reused. */
let rows: Int32Array[] = [];

/**
 * Typo tolerance for organisation names, in JavaScript so it is the same on both engines:
 * the optimal-string-alignment distance (Levenshtein plus swapping two neighbours) between
 * each word of the query and each word of a name, or that word's beginning (as you type).
 * Past `limit` it answers `limit + 1` as soon as no later row can come back under it: most
 * pairs of words differ within their first letters.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  // The textbook table, kept three rows at a time (the swap looks two rows back) in arrays
  // reused from call to call: the typo fallback measures thousands of word pairs per search.
  const cols = b.length + 1;
  if ((rows[0]?.length ?? 0) < cols) rows = [0, 1, 2].map(() => new Int32Array(cols * 2));
  let [beforePrevious, previous, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) previous[j] = j;
  let previousBest = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowBest = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        best = Math.min(best, (beforePrevious[j - 2] as number) + 1);
      }
      row[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    // No cell of a later row can be lower than this row's lowest, nor a swap reach below it.
    if (rowBest > limit && previousBest >= limit) return limit + 1;
    previousBest = rowBest;
    const reused = beforePrevious;
    beforePrevious = previous;
    previous = row;
    row = reused;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/**
 * Whether `editDistance(a, b) <= allowed`; words whose lengths alone differ by more are ruled
 * out without measuring.
 */
export function withinTypos(a: string, b: string, allowed: number): boolean {
  return Math.abs(a.length - b.length) <= allowed && editDistance(a, b, allowed) <= allowed;
}

/** How many typos a word of this length may hold: none up to 3 letters, 1 up to 7, then 2. */
export const typosAllowed = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/**
 * The candidates whose name holds every query word within its allowed typos, closest first
 * (then by name). `words` and the names must be normalised alike (lower case, no diacritics).
 */
export function similarNames<T>(words: string[], candidates: T[], nameOf: (c: T) => string): T[] {
  const scored: { candidate: T; name: string; distance: number }[] = [];
  // Names share words ("stichting"): each pair of words is measured once.
  const measured = words.map(() => new Map<string, number>());
  const distanceOf = (index: number, word: string, nameWord: string) => {
    const known = measured[index] as Map<string, number>;
    let distance = known.get(nameWord);
    if (distance === undefined) {
      // Past the word's allowed typos, how far does not matter: the name is left out.
      const allowed = typosAllowed(word.length);
      distance = Math.min(
        editDistance(word, nameWord, allowed),
        editDistance(word, nameWord.slice(0, word.length), allowed),
      );
      known.set(nameWord, distance);
    }
    return distance;
  };
  for (const candidate of candidates) {
    const name = nameOf(candidate);
    const nameWords = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
    let distance = 0;
    for (const [index, word] of words.entries()) {
      let best = Number.POSITIVE_INFINITY;
      for (const nameWord of nameWords) {
        best = Math.min(best, distanceOf(index, word, nameWord));
      }
      if (best > typosAllowed(word.length)) {
        distance = Number.POSITIVE_INFINITY;
        break;
      }
      distance += best;
    }
    if (Number.isFinite(distance)) scored.push({ candidate, name, distance });
  }
  scored.sort((a, b) =>
    a.distance !== b.distance
      ? a.distance - b.distance
      : a.name < b.name
        ? -1
        : a.name > b.name
          ? 1
          : 0,
  );
  return scored.map((entry) => entry.candidate);
}
