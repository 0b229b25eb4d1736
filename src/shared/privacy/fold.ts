/**
 * Lower-case and fold a word for lexicon look-ups: diacritics go (ç → c, ş → s, é → e), and so
 * do the letters NFD does not split (ı → i, ł → l, ø → o, ß → ss). Curly apostrophes become
 * straight ones. Pure ASCII input takes the fast path.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıłøßæœđ’‘`´]/g, (c) => FOLDS[c] ?? c);
}

const FOLDS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
};

/** Decode a front-coded list: each entry is one digit (the length shared with the previous
 * entry, at most 9) followed by the rest of the entry. Entries contain no digits. */
export function decodeFrontCoded(encoded: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  const n = encoded.length;
  while (i < n) {
    const shared = encoded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < n) {
      const c = encoded.charCodeAt(j);
      if (c >= 48 && c <= 57) break;
      j++;
    }
    prev = prev.slice(0, shared) + encoded.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}

/** The inverse of decodeFrontCoded, for the list compiler and the tests. */
export function encodeFrontCoded(sortedEntries: readonly string[]): string {
  let prev = '';
  let out = '';
  for (const entry of sortedEntries) {
    let shared = 0;
    const max = Math.min(9, prev.length, entry.length);
    while (shared < max && prev.charCodeAt(shared) === entry.charCodeAt(shared)) shared++;
    out += String(shared) + entry.slice(shared);
    prev = entry;
  }
  return out;
}

/** Split a hand-written whitespace list into entries; `_` stands for a space. */
export function splitList(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(/\s+/)) {
    if (raw) out.push(raw.replace(/_/g, ' '));
  }
  return out;
}
