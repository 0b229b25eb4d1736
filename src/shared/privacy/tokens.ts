import { fold } from './fold.js';
import {
  COMMON,
  type Lexicon,
  NAME,
  PARTICLE,
  PHRASE_START,
  STOP,
  SURNAME,
  TITLE,
  TRIGGER,
  WORD,
} from './lexicon.js';

/** A word or a number of the text, with what the lexicon knows of it. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Folded: lower case, no diacritics. */
  low: string;
  /** Lexicon flags (see lexicon.ts). */
  flags: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** All capitals, two letters or more (an acronym, mostly). */
  caps: boolean;
  number: boolean;
  /** First word of a sentence, a line, a list item or a quotation. */
  sentenceStart: boolean;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'o.a bijv bv ca nr tel zgn evt i.v.m m.b.t t.a.v t.b.v mbt ivm tav tbv vs etc resp dhr mevr mw mr dr drs ir ing prof st jr sr ca. e.d ed ong incl excl min max'.split(
    ' ',
  ),
);

/** Surname endings of several communities, for names that no list holds. */
const SURNAME_ENDINGS =
  /(?:shvili|dze|wicz|czyk|czak|owski|owska|ewski|ewska|inski|inska|oglu|enko|chuk|yan|zai|zada|zadeh|dikromo|redjo|sing|singh|persad|mariam|michael|giorgis|selassie|yesus|medhin|hiwet|ghiorghis|tsion)$/;
const SURNAME_STARTS = /^(?:gebre|ghebre|wolde|welde|tesfa|habte|haile|abdel|abdul|abdi|ould)/;

function lookUp(raw: string, low: string, lex: Lexicon): number {
  const direct = lex.flags.get(low);
  if (direct !== undefined) return direct;
  if (low.includes('-')) {
    // Hyphenated: "el-amrani", "jan-willem", "noord-holland", "ex-partner". A compound with a
    // lower-case noun ("De Vries-methode", "Blijf-opvang") is not a name.
    const tail = raw.slice(raw.lastIndexOf('-') + 1);
    const tailFlags = lex.flags.get(fold(tail)) ?? 0;
    if (LOWER.test(tail[0] ?? '') && !(tailFlags & PARTICLE)) return tailFlags & STOP;
    let flags = 0;
    let nameParts = 0;
    let stop = false;
    for (const part of low.split('-')) {
      const f = lex.flags.get(part) ?? 0;
      if (f & STOP) stop = true;
      if (f & NAME && !(f & WORD)) nameParts++;
      if (f & NAME) flags |= f & (NAME | WORD);
    }
    if (stop) return STOP;
    if (nameParts > 0) return flags & ~WORD;
    return flags & WORD ? flags : 0;
  }
  return 0;
}

/** Character classes per UTF-16 code unit, filled in lazily (ASCII up front). */
const LETTER = 1;
const UPPER_CASE = 2;
const LOWER_CASE = 4;
const DIGIT = 8;
const KNOWN = 128;
const classes = new Uint8Array(65536);
function classOf(code: number): number {
  if (Number.isNaN(code)) return 0; // past the end of the text
  const known = classes[code] ?? 0;
  if (known) return known;
  const ch = String.fromCharCode(code);
  let c = KNOWN;
  if (/[\p{L}\p{M}]/u.test(ch)) c |= LETTER;
  if (UPPER.test(ch)) c |= UPPER_CASE;
  if (LOWER.test(ch)) c |= LOWER_CASE;
  if (code >= 48 && code <= 57) c |= DIGIT;
  classes[code] = c;
  return c;
}
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Words and numbers of the text, in order, with flags and sentence starts. A word is a run of
 * letters, with apostrophes and hyphens inside it ("Chaima's", "El-Amrani"); "'t" is a word;
 * a number is a run of digits. One pass, no backtracking. */
export function tokenize(text: string, lex: Lexicon): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls & DIGIT) {
      let j = i + 1;
      while (j < n && classOf(text.charCodeAt(j)) & DIGIT) j++;
      const raw = text.slice(i, j);
      tokens.push({
        start: i,
        end: j,
        raw,
        low: raw,
        flags: 0,
        cap: false,
        caps: false,
        number: true,
        sentenceStart: false,
      });
      i = j;
      continue;
    }
    const start = i;
    let j: number;
    if (cls & LETTER) {
      j = i + 1;
    } else if (
      isApostrophe(code) &&
      (text.charCodeAt(i + 1) | 32) === 116 &&
      !(classOf(text.charCodeAt(i + 2)) & (LETTER | DIGIT))
    ) {
      // "'t Hart": the apostrophe-t of Dutch names and phrases.
      j = i + 2;
      pushWord(text, tokens, lex, start, j, true, false);
      i = j;
      continue;
    } else {
      i++;
      continue;
    }
    let lowerSeen = (cls & LOWER_CASE) !== 0;
    // Plain lower-case ASCII words (most of a text) need no folding.
    let plain = code >= 97 && code <= 122;
    for (;;) {
      while (j < n) {
        const c = classOf(text.charCodeAt(j));
        if (!(c & LETTER)) break;
        if (c & LOWER_CASE) lowerSeen = true;
        if (plain) {
          const k = text.charCodeAt(j);
          if (k < 97 || k > 122) plain = false;
        }
        j++;
      }
      const joiner = text.charCodeAt(j);
      if ((joiner === 45 || isApostrophe(joiner)) && classOf(text.charCodeAt(j + 1)) & LETTER) {
        j += 1;
        plain = false;
        continue;
      }
      break;
    }
    pushWord(text, tokens, lex, start, j, !lowerSeen, plain);
    i = j;
  }
  markStopPhrases(tokens, lex);
  markSentenceStarts(text, tokens);
  return tokens;
}

function pushWord(
  text: string,
  tokens: Token[],
  lex: Lexicon,
  start: number,
  wordEnd: number,
  noLower: boolean,
  plain: boolean,
): void {
  let end = wordEnd;
  let raw = text.slice(start, end);
  let low = plain ? raw : fold(raw);
  // Possessive: "Chaima's vader", "Kofi’s moeder": the word is what comes before it.
  if (end - start > 3 && (raw.endsWith("'s") || raw.endsWith('’s')) && !lex.flags.has(low)) {
    low = low.slice(0, -2);
    raw = raw.slice(0, -2);
    end -= 2;
  }
  let flags = lookUp(raw, low, lex);
  const firstCode = isApostrophe(raw.charCodeAt(0)) ? raw.charCodeAt(1) : raw.charCodeAt(0);
  const cap = (classOf(firstCode) & UPPER_CASE) !== 0;
  const caps = cap && raw.length >= 2 && noLower;
  if (
    cap &&
    !(flags & (NAME | STOP | COMMON | TRIGGER | PARTICLE)) &&
    low.length >= 5 &&
    (SURNAME_ENDINGS.test(low) || SURNAME_STARTS.test(low))
  ) {
    flags |= SURNAME;
  }
  tokens.push({ start, end, raw, low, flags, cap, caps, number: false, sentenceStart: false });
}

function markStopPhrases(tokens: Token[], lex: Lexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(t.flags & PHRASE_START)) continue;
    const phrases = lex.phrases.get(t.low);
    if (!phrases) continue;
    for (const phrase of phrases) {
      let ok = true;
      for (let k = 1; k < phrase.words.length; k++) {
        if (tokens[i + k]?.low !== phrase.words[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < phrase.words.length; k++) {
        const p = tokens[i + k];
        if (p) p.flags = (p.flags & ~(NAME | TRIGGER | PARTICLE)) | phrase.flags;
      }
    }
  }
}

function markSentenceStarts(text: string, tokens: Token[]): void {
  let prev: Token | undefined;
  for (const t of tokens) {
    let i = t.start - 1;
    const limit = prev ? prev.end : 0;
    let boundary = prev === undefined;
    let sawBreak = false;
    while (i >= limit) {
      const ch = text[i] ?? '';
      if (ch === '\n' || ch === '\r') {
        boundary = true;
        sawBreak = true;
        break;
      }
      if (ch === '!' || ch === '?' || ch === ':' || ch === ';' || ch === '•' || ch === '…') {
        boundary = true;
        break;
      }
      if (ch === '.') {
        const abbreviation =
          prev !== undefined &&
          prev.end === i &&
          (ABBREVIATIONS.has(prev.low) ||
            (prev.flags & TITLE) !== 0 ||
            (prev.raw.length === 1 && prev.cap));
        boundary = !abbreviation;
        break;
      }
      i--;
    }
    if (!boundary && !sawBreak && prev === undefined) boundary = true;
    t.sentenceStart = boundary;
    prev = t;
  }
}
