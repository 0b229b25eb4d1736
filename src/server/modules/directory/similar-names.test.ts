import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, similarNames, typosAllowed, withinTypos } from './similar-names.js';

// A fixed seed so CI is reproducible; FC_SEED explores others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

/** The optimal-string-alignment distance as the textbook writes it: the whole table. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const previous = d[i - 1] as number[];
      let best = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

// Few letters, so that swaps, repeats and near-misses are common.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), maxLength: 14 });

describe('the typo measure of the directory search', () => {
  it('measures every pair of words as the textbook table does, long words after short', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 8 }), (pairs) => {
        // Several in a row: the rows it reuses must never carry one pair into the next.
        for (const [a, b] of pairs) expect(editDistance(a, b)).toBe(referenceDistance(a, b));
      }),
    );
  });

  it('stops at a limit only once the distance is sure to pass it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(referenceDistance(a, b), limit + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows a word is within its typos exactly when the distance says so', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, allowed) => {
        expect(withinTypos(a, b, allowed)).toBe(referenceDistance(a, b) <= allowed);
      }),
    );
  });

  it('finds names the same way, however many share a word', () => {
    const names = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 2 }), names, (query, nameWords) => {
        const candidates = nameWords.map((parts) => parts.join(' '));
        const expected = candidates
          .map((name) => {
            const parts = name.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 0);
            let distance = 0;
            for (const queryWord of query) {
              const best = Math.min(
                Number.POSITIVE_INFINITY,
                ...parts.flatMap((part) => [
                  referenceDistance(queryWord, part),
                  referenceDistance(queryWord, part.slice(0, queryWord.length)),
                ]),
              );
              if (best > typosAllowed(queryWord.length)) return undefined;
              distance += best;
            }
            return { name, distance };
          })
          .filter((entry) => entry !== undefined)
          .sort((x, y) =>
            x.distance !== y.distance ? x.distance - y.distance : x.name < y.name ? -1 : 1,
          )
          .map((entry) => entry.name);
        expect(similarNames(query, candidates, (name) => name)).toEqual(expected);
      }),
    );
  });
});
