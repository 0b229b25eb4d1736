/**
 * Typo tolerance for organisation names, in JavaScript so it is the same on both engines:
 * the optimal-string-alignment distance (Levenshtein plus swapping two neighbours) between
 * each word of the query and each word of a name, or that word's beginning (as you type).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const previous = d[i - 1] as number[];
      let best = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** How many typos a word of this length may hold: none up to 3 letters, 1 up to 7, then 2. */
export const typosAllowed = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/**
 * The candidates whose name holds every query word within its allowed typos, closest first
 * (then by name). `words` and the names must be normalised alike (lower case, no diacritics).
 */
export function similarNames<T>(words: string[], candidates: T[], nameOf: (c: T) => string): T[] {
  const scored: { candidate: T; name: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const name = nameOf(candidate);
    const nameWords = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
    let distance = 0;
    for (const word of words) {
      let best = Number.POSITIVE_INFINITY;
      for (const nameWord of nameWords) {
        best = Math.min(
          best,
          editDistance(word, nameWord),
          editDistance(word, nameWord.slice(0, word.length)),
        );
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
