/**
 * Addresses: a street name and a house number with its addition (20-2, 101 III, 14A, 77 huis,
 * 12 bis, 3-hoog). A street is a word with a street ending (-straat, -weg, -laan, -plein, …),
 * an Amsterdam street without one (Hakfort, Kikkenstein), or any capitalised word after
 * "woont op", "adres:" and the like. Multi-word names ("Jan van Galenstraat") are taken whole.
 */
import { BARE_STREET, COMMON, NAME, STOP, TRIGGER, UNIT } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Candidate } from './types.js';

const ADDRESS_VERBS = new Set(
  'woont wonen woonde woonachtig adres adressen verhuisd verhuist verhuizen ingeschreven verblijft verblijven huisadres postadres woonadres bezoekadres'.split(
    ' ',
  ),
);
/** Titles that begin street names: "Burgemeester Röellstraat", "Dokter Sarphatipark". */
const STREET_TITLES = new Set(
  'burgemeester dokter professor generaal koningin koning prins prinses sint admiraal kapitein pater pastoor president graaf gravin jonkheer meester majoor luitenant kardinaal bisschop'.split(
    ' ',
  ),
);
const NAME_PARTS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'la', 'le']);
const ADDITION =
  /(?:-\d{1,3}(?:[ -]?hoog)?|-[A-Za-z]{1,4}(?![\p{L}\d])|[ -]?\d{1,2}(?:e|ste|de)?[ -]hoog|[ ]?[A-Za-z](?![\p{L}\d])|[ ](?:bis|huis|hs|h|bg|sous|boven|beneden|zw|I{1,3}|IV|V|VI)(?![\p{L}\d]))?/uy;

export function findAddresses(
  text: string,
  tokens: readonly Token[],
  streetSuffixes: readonly string[],
  out: Candidate[],
): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const num = tokens[i + 1] as Token;
    if (t.number || !num.number || num.raw.length > 5) continue;
    const between = text.slice(t.end, num.start);
    if (!/^[ \t\u00a0]{1,2}$/.test(between)) continue;
    let street = isStreetWord(t, streetSuffixes);
    if (!street && t.cap && !(t.flags & (TRIGGER | UNIT)) && contextBefore(text, tokens, i)) {
      street = !(t.flags & COMMON) || (t.flags & NAME) !== 0;
    }
    if (!street) continue;
    // "Osdorperweg 3 keer" would be odd; "in Hakfort 12 gezinnen" is a count.
    const unit = tokens[i + 2];
    if (unit && unit.flags & UNIT && /^[ \t]{1,2}$/.test(text.slice(num.end, unit.start))) continue;
    if (text[num.end] === ':' || (text[num.end] === '.' && /\d/.test(text[num.end + 1] ?? '')))
      continue;
    ADDITION.lastIndex = num.end;
    const add = ADDITION.exec(text);
    let end = num.end + (add ? add[0].length : 0);
    if (/[\p{L}\d]/u.test(text[end] ?? '')) end = num.end;
    // Extend left over the rest of the street name.
    let a = i;
    while (a > 0 && i - a < 5) {
      const p = tokens[a - 1] as Token;
      if (!/^[ \t\u00a0]$/.test(text.slice(p.end, (tokens[a] as Token).start))) break;
      if (p.number || p.flags & (STOP | TRIGGER)) break;
      if (p.cap) {
        if (p.flags & COMMON && !(p.flags & NAME) && !STREET_TITLES.has(p.low)) break;
        if (ADDRESS_VERBS.has(p.low)) break;
        a--;
        if (p.sentenceStart) break;
      } else if (NAME_PARTS.has(p.low) && a - 2 >= 0 && (tokens[a - 2] as Token).cap) a--;
      else break;
    }
    while (a < i && !(tokens[a] as Token).cap) a++;
    out.push({ start: (tokens[a] as Token).start, end, category: 'address' });
    i++;
  }
}

function isStreetWord(t: Token, streetSuffixes: readonly string[]): boolean {
  if (t.number || t.raw.length < 4) return false;
  if (t.flags & BARE_STREET) return true;
  for (const s of streetSuffixes) {
    if (t.low.length > s.length + 2 && t.low.endsWith(s)) return !(t.flags & STOP);
  }
  return false;
}

/** "woont op …", "adres: …", "verhuisd naar …", up to five words back. */
function contextBefore(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k] as Token;
    if (ADDRESS_VERBS.has(t.low)) return true;
    if (t.number || /[.!?\n]/.test(text.slice(t.end, (tokens[k + 1] as Token).start))) return false;
  }
  return false;
}
