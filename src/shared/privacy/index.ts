/**
 * The PII guard: finds Dutch personal data in free text. Pure TypeScript without Node APIs,
 * so the server (the rule) and the browser (the courtesy) run the same code.
 *
 *   detectPersonalData('Moeder Fatima belt 06-12345678')
 *   → [{ start: 7, end: 13, category: 'name', text: 'Fatima' },
 *      { start: 19, end: 30, category: 'phone', text: '06-12345678' }]
 */
import { findAddresses } from './address.js';
import { lexicon } from './lexicon.js';
import { findNames } from './names.js';
import {
  findBsn,
  findDates,
  findEmails,
  findHandles,
  findIban,
  findPhones,
  findPlates,
  findPostcodes,
  findProfileUrls,
} from './structured.js';
import { tokenize } from './tokens.js';
import type { Candidate, Category, Finding } from './types.js';

export { isValidBsn, isValidIban } from './checks.js';
export { type Category, categories, type Finding } from './types.js';

/** When findings overlap, the more specific one wins: an e-mail address beats the name in it,
 * an address beats the person a street is named after. */
const priority: Record<Category, number> = {
  email: 11,
  url: 10,
  iban: 9,
  phone: 8,
  bsn: 7,
  date: 6,
  postcode: 5,
  plate: 4,
  address: 3,
  handle: 2,
  name: 1,
};

/**
 * Every piece of personal data in `text`: sorted by start, never overlapping. Offsets are
 * JavaScript string (UTF-16) indices; `text.slice(start, end) === finding.text`.
 */
export function detectPersonalData(text: string): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lex = lexicon();
  const candidates: Candidate[] = [];
  findEmails(text, candidates);
  findProfileUrls(text, candidates);
  findHandles(text, candidates);
  findIban(text, candidates);
  findPhones(text, candidates);
  findBsn(text, candidates);
  findDates(text, candidates);
  findPostcodes(text, candidates);
  findPlates(text, candidates);
  // Word-level rules run on pieces of about 16 KB cut at line or sentence ends, so that a long
  // text never holds millions of tokens at once (a name never spans a line or a sentence end).
  for (let from = 0; from < text.length; ) {
    const to = cutAt(text, from);
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    const words: Candidate[] = [];
    const tokens = tokenize(piece, lex);
    findAddresses(piece, tokens, lex.streetSuffixes, words);
    findNames(piece, tokens, lex.streetSuffixes, words);
    for (const c of words) {
      c.start += from;
      c.end += from;
      candidates.push(c);
    }
    from = to;
  }
  return resolve(text, candidates);
}

const PIECE = 16_384;

/** Where the piece that starts at `from` ends: a line end near PIECE characters, else a
 * sentence end, else a space, else PIECE characters on. */
function cutAt(text: string, from: number): number {
  const limit = from + PIECE;
  if (limit >= text.length) return text.length;
  const floor = from + PIECE / 2;
  const line = text.lastIndexOf('\n', limit);
  if (line > floor) return line + 1;
  for (let i = limit; i > floor; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ') return i + 1;
  }
  const space = text.lastIndexOf(' ', limit);
  return space > floor ? space + 1 : limit;
}

function resolve(text: string, candidates: Candidate[]): Finding[] {
  candidates.sort((x, y) => x.start - y.start || y.end - x.end);
  const state: Settling = { text, taken: [], claimed: undefined };
  // Overlaps are rare and local: settle each cluster of overlapping candidates on its own.
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    if (c.start >= clusterEnd) {
      settle(state, cluster);
      cluster = [];
      clusterEnd = c.end;
    } else if (c.end > clusterEnd) clusterEnd = c.end;
    cluster.push(c);
  }
  settle(state, cluster);
  return state.taken.map((c) => ({
    start: c.start,
    end: c.end,
    category: c.category,
    text: text.slice(c.start, c.end),
  }));
}

interface Settling {
  text: string;
  taken: Candidate[];
  /** Characters claimed by a stronger candidate; made on the first real overlap. */
  claimed: Uint8Array | undefined;
}

/** Keep the stronger category first, then the longer candidate; drop what overlaps them.
 * Candidates are short, so marking characters keeps this linear. */
function settle(state: Settling, cluster: Candidate[]): void {
  if (cluster.length === 1) {
    state.taken.push(cluster[0] as Candidate);
    return;
  }
  if (cluster.length === 0) return;
  cluster.sort(
    (x, y) =>
      priority[y.category] - priority[x.category] ||
      y.end - y.start - (x.end - x.start) ||
      x.start - y.start,
  );
  state.claimed ??= new Uint8Array(state.text.length);
  const claimed = state.claimed;
  const kept: Candidate[] = [];
  for (const c of cluster) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (claimed[i]) free = false;
    if (!free) continue;
    claimed.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((x, y) => x.start - y.start);
  for (const c of kept) state.taken.push(c);
}
