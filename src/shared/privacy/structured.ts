/**
 * Rules for structured identifiers: BSN, IBAN, phone, e-mail, postcode, date, licence plate,
 * profile URL and handle. Every regular expression here has bounded quantifiers only, and
 * every hand-written scan looks a bounded distance from its start, so a text of n characters
 * costs O(n) whatever it holds. No look-behind (older Safari lacks it): the character before a
 * match is checked in code.
 */
import { ibanLengths, isValidBsn, isValidIban } from './checks.js';
import type { Candidate } from './types.js';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/** A letter or digit in any script: what may not touch an identifier. */
const WORDISH = /[\p{L}\p{N}]/u;
const isWordish = (ch: string | undefined) => ch !== undefined && WORDISH.test(ch);

function push(out: Candidate[], start: number, end: number, category: Candidate['category']) {
  out.push({ start, end, category });
}

// ---------------------------------------------------------------------------------------- BSN

const BSN = /\b\d{2,9}(?:[ .]\d{2,4}){0,3}/g;

/** Nine digits, written together or in groups of 2–4 with one kind of separator (space or
 * dot), passing the 11-proof. A number touching more digits is not a BSN. */
export function findBsn(text: string, out: Candidate[]): void {
  BSN.lastIndex = 0;
  for (let m = BSN.exec(text); m; m = BSN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    // Go on after the first group: a shorter number before this one must not hide it.
    BSN.lastIndex = start + Math.max(1, raw.search(/[ .]|$/));
    // The groups written with one and the same separator, until they hold nine digits.
    const sep = raw.match(/[ .]/)?.[0];
    const groups = sep ? (raw.split(sep)[0] === raw ? [raw] : raw.split(/(?=[ .])/)) : [raw];
    let digits = '';
    let len = 0;
    for (let g = 0; g < groups.length; g++) {
      const part = groups[g] ?? '';
      if (g > 0 && part[0] !== sep) break;
      const group = g > 0 ? part.slice(1) : part;
      digits += group;
      len += part.length;
      if (digits.length >= 9) break;
    }
    if (digits.length !== 9) continue;
    const end = start + len;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    if (isDigit(before) || isDigit(after)) continue;
    if (isWordish(text[start - 1]) || isWordish(text[end])) continue;
    // "1.123456782": part of a decimal or a longer dotted number.
    if ((text[start - 1] === '.' || text[start - 1] === ',') && isDigit(text.charCodeAt(start - 2)))
      continue;
    if (sep === '.' && text[end] === '.' && isDigit(text.charCodeAt(end + 1))) continue;
    if (isValidBsn(digits)) push(out, start, end, 'bsn');
  }
}

// --------------------------------------------------------------------------------------- IBAN

const IBAN_START = /\b[A-Za-z]{2} ?\d{2}/g;

/** Country code, check digits, then up to 30 letters and digits, with or without single
 * spaces; the length of known countries, mod-97. */
export function findIban(text: string, out: Candidate[]): void {
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m; m = IBAN_START.exec(text)) {
    const start = m.index;
    IBAN_START.lastIndex = start + 1;
    if (isWordish(text[start - 1])) continue;
    const country = m[0].slice(0, 2);
    if (m[0][2] === ' ' && country !== country.toUpperCase()) continue;
    const upper = country === country.toUpperCase();
    if (!upper && country !== country.toLowerCase()) continue;
    // Collect up to 34 characters, allowing one space between them; remember where each ends.
    let chars = '';
    const ends: number[] = [];
    let i = start;
    while (i < text.length && chars.length < 34) {
      const c = text.charCodeAt(i);
      if (isDigit(c) || isAsciiLetter(c)) {
        chars += text[i];
        ends.push(i + 1);
        i++;
      } else if (c === 32 && i + 1 < text.length) {
        const n = text.charCodeAt(i + 1);
        if (!(isDigit(n) || isAsciiLetter(n))) break;
        i++;
      } else break;
    }
    const known = ibanLengths[country.toUpperCase()];
    const lengths = known ? [known] : [];
    if (!known) for (let l = Math.min(chars.length, 34); l >= 12; l--) lengths.push(l);
    for (const l of lengths) {
      if (chars.length < l) continue;
      const end = ends[l - 1] ?? 0;
      if (isWordish(text[end])) continue;
      const candidate = chars.slice(0, l);
      if (upper ? candidate !== candidate.toUpperCase() : false) continue;
      if (isValidIban(candidate)) {
        push(out, start, end, 'iban');
        IBAN_START.lastIndex = end;
        break;
      }
    }
  }
}

// -------------------------------------------------------------------------------------- phone

/** Digits of the national significant number after a country code, where we know them. */
const nsnLengths: Readonly<Record<string, readonly number[]>> = {
  '31': [9],
  '32': [8, 9],
  '33': [9],
  '34': [9],
  '44': [9, 10],
  '49': [6, 7, 8, 9, 10, 11],
  '48': [9],
  '90': [10],
  '212': [9],
  '213': [9],
  '216': [8],
  '233': [9],
  '234': [10],
  '251': [9],
  '252': [8, 9],
  '291': [7],
  '297': [7],
  '5999': [7, 8],
  '599': [7, 8],
  '597': [6, 7],
  '963': [9],
  '93': [9],
  '995': [9],
  '380': [9],
  '40': [9],
  '1': [10],
};

const PHONE_START = /[+(]?\d/g;
const PHONE_BODY = /[+(]?[\d ()./-]{6,24}/y;

interface Group {
  digits: string;
  /** The separator text before this group. */
  sep: string;
  end: number;
}

function splitGroups(raw: string, offset: number): Group[] {
  const groups: Group[] = [];
  let sep = '';
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (ch >= '0' && ch <= '9') digits += ch;
    else {
      if (digits) {
        groups.push({ digits, sep, end: offset + i });
        digits = '';
        sep = '';
      }
      sep += ch;
    }
  }
  if (digits) groups.push({ digits, sep, end: offset + raw.length });
  return groups;
}

/** Separators between digit groups; a spaced hyphen or slash ("020 - 1234567") only right
 * after the area code. */
const okSep = (sep: string, index: number) =>
  /^(?:[ ./-]|\s?\(0\)\s?|\)\s?|\s\(|\s?\()$/.test(sep) || (index === 1 && /^\s?[-/]\s$/.test(sep));

/** Dutch numbers (06, 0xx, +31, 0031, (0)6, separators) and international numbers after + or
 * 00. Service numbers (0800, 0900: not ten digits) and dates are left alone. */
export function findPhones(text: string, out: Candidate[]): void {
  PHONE_START.lastIndex = 0;
  for (let m = PHONE_START.exec(text); m; m = PHONE_START.exec(text)) {
    const start = m.index;
    PHONE_START.lastIndex = start + 1;
    const first = text[start];
    if (first !== '+' && first !== '(' && first !== '0') continue;
    const prev = text[start - 1];
    if (isWordish(prev) || prev === '+' || prev === '€') continue;
    if (
      (prev === '-' || prev === '.' || prev === '/' || prev === ',') &&
      isDigit(text.charCodeAt(start - 2))
    )
      continue;
    PHONE_BODY.lastIndex = start;
    const body = PHONE_BODY.exec(text);
    if (!body) continue;
    const raw = body[0];
    let groups = splitGroups(raw, start);
    if (groups.length === 0) continue;
    const lead = raw.slice(0, raw.search(/\d/));
    if (lead !== '' && lead !== '+' && lead !== '(' && lead !== '(+') continue;
    if (groups.some((g, i) => i > 0 && !okSep(g.sep, i))) {
      // Cut at the first separator that is not one a phone number uses.
      const bad = groups.findIndex((g, i) => i > 0 && !okSep(g.sep, i));
      groups = groups.slice(0, bad);
    }
    const found = matchPhone(groups, lead.includes('+'));
    if (!found) continue;
    let end = found.end;
    if (
      text[end] === ')' &&
      text.slice(start, end).includes('(') &&
      !text.slice(start, end).includes(')')
    )
      end++;
    if (isWordish(text[end])) continue;
    push(out, start, end, 'phone');
    PHONE_START.lastIndex = end;
  }
}

function matchPhone(groups: Group[], plus: boolean): { end: number } | undefined {
  const all = groups.map((g) => g.digits).join('');
  let national: boolean;
  let skip = 0; // digits of the international prefix
  let lengths: readonly number[];
  if (plus || all.startsWith('00')) {
    const digits = plus ? all : all.slice(2);
    const prefix = plus ? 0 : 2;
    // Country codes never start with 0; after 00 the code is written with it ("0031").
    if (digits.startsWith('0')) return undefined;
    if (!plus && (groups[0]?.digits.length ?? 0) <= 2) return undefined;
    const cc = [
      '5999',
      '599',
      '212',
      '213',
      '216',
      '233',
      '234',
      '251',
      '252',
      '291',
      '297',
      '597',
      '963',
      '995',
      '380',
      '31',
      '32',
      '33',
      '34',
      '44',
      '49',
      '48',
      '90',
      '93',
      '40',
      '1',
    ].find((c) => digits.startsWith(c));
    // The country code is written in one piece: "0031 6 …", "+212 6 …", not "002 12 …".
    if (cc && (groups[0]?.digits.length ?? 0) < prefix + cc.length) return undefined;
    if (cc) {
      skip = prefix + cc.length;
      lengths = nsnLengths[cc] ?? [];
      national = cc === '31';
    } else {
      // Unknown country: a code of 2–3 digits and 6–12 digits after it; only after a +.
      if (!plus) return undefined;
      skip = prefix + 2;
      lengths = [6, 7, 8, 9, 10, 11, 12];
      national = false;
    }
  } else {
    if (!all.startsWith('0') || all[1] === '0') return undefined;
    national = true;
    skip = 1;
    lengths = [9];
    // Date-like (06-12-2015 …): three groups d-m-y with one separator are a date.
    const [a, b, c, d] = groups;
    if (a && b && c && b.sep === c.sep && /^[-/.]$/.test(b.sep) && a.digits.length <= 2) {
      if (b.digits.length <= 2 && (c.digits.length === 4 || c.digits.length === 2)) {
        if (!d || d.sep !== b.sep) return undefined;
      }
    }
    // The first group is the area code or the whole number: 06, 0xx, 0xxx, or all ten digits.
    const firstLen = a?.digits.length ?? 0;
    if (firstLen === 2 && a?.digits !== '06') return undefined;
    if (firstLen === 1 || (firstLen > 4 && firstLen !== 10)) return undefined;
    // Service numbers (0800, 0900, 0906, 0909) are not personal, whatever follows them.
    if (/^09(?:00|06|09)|^0800/.test(all)) return undefined;
  }
  // Walk the groups and stop where the digits after the prefix reach an allowed length.
  let count = 0;
  let best: { end: number } | undefined;
  let singles = 0;
  for (const [index, g] of groups.entries()) {
    // A group of one digit is how an international number writes its area ("+31 6 …",
    // "+31 (0)6 …"), once; a national number never has one after its area code.
    if (index > 0 && g.digits.length === 1 && !(g.digits === '0' && g.sep.includes('('))) {
      singles++;
      if (skip <= 1 || singles > 1) break;
    }
    count += g.digits.length;
    // "+31 (0)6 …" and the common slip "+31 06 …": the trunk 0 after the country code is
    // not part of the number.
    if (national && skip > 1 && index === 1 && g.digits.startsWith('0')) count -= 1;
    const nsn = count - skip;
    if (nsn > 12) break;
    if (lengths.includes(nsn)) best = { end: g.end };
  }
  return best;
}

// ------------------------------------------------------------------------------------- e-mail

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN_LABEL = /[A-Za-z0-9-]/;

export function findEmails(text: string, out: Candidate[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1] ?? '')) s--;
    while (s < at && /[._%+'-]/.test(text[s] ?? '')) s++;
    if (s === at) continue;
    let e = at + 1;
    let lastDot = -1;
    while (e < text.length && e - at < 254) {
      const ch = text[e] ?? '';
      if (DOMAIN_LABEL.test(ch)) e++;
      else if (ch === '.' && DOMAIN_LABEL.test(text[e + 1] ?? '') && text[e - 1] !== '.') {
        lastDot = e;
        e++;
      } else break;
    }
    if (lastDot === -1) continue;
    const tld = text.slice(lastDot + 1, e);
    if (!/^[A-Za-z]{2,24}$/.test(tld)) continue;
    push(out, s, e, 'email');
  }
}

// ----------------------------------------------------------------------------- handle and URL

const HANDLE = /@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?/y;

/** @handles: an @ that does not end an e-mail's local part. */
export function findHandles(text: string, out: Candidate[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const prev = text[at - 1];
    if (prev !== undefined && !/[\s([{"'“‘,;:>]/.test(prev)) continue;
    HANDLE.lastIndex = at;
    const m = HANDLE.exec(text);
    if (!m) continue;
    const handle = m[0];
    if (!/[A-Za-z]/.test(handle)) continue;
    const end = at + handle.length;
    // "@gmail.com" on its own is a domain, not a person.
    if (
      /\.[a-z]{2,}$/i.test(handle) &&
      /^@(gmail|hotmail|outlook|live|yahoo|icloud)\./i.test(handle)
    )
      continue;
    if (isWordish(text[end])) continue;
    push(out, at, end, 'handle');
  }
}

const SOCIAL =
  /(?:https?:\/\/)?(?:(?:www|m|mobile|nl|web|vm)\.)?(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|tiktok\.com|twitter\.com|x\.com|linkedin\.com|snapchat\.com|youtube\.com|youtu\.be|wa\.me|t\.me|telegram\.me|threads\.net|pinterest\.com|vk\.com|onlyfans\.com|reddit\.com|github\.com|soundcloud\.com|twitch\.tv|tumblr\.com)\/[^\s<>"'()[\]{}]{1,200}/giy;
const SOCIAL_START =
  /(?:https?:\/\/|www\.|\b(?:facebook|fb|instagram|instagr|tiktok|twitter|x|linkedin|snapchat|youtube|youtu|wa|t|telegram|threads|pinterest|vk|onlyfans|reddit|github|soundcloud|twitch|tumblr|m|mobile|nl|web|vm)\.)/gi;
const NOT_A_PERSON =
  /^\/(?:company|school|showcase|groups|events|help|legal|about|policies|privacy|watch|hashtag|explore|tags|search|login|share|sharer|home|pages\/category)(?:[/?#]|$)/i;

/** Profile URLs on social networks ("instagram.com/naam", "wa.me/316…"). Other URLs, such as
 * an organisation's website, are not personal data. */
export function findProfileUrls(text: string, out: Candidate[]): void {
  SOCIAL_START.lastIndex = 0;
  for (let m = SOCIAL_START.exec(text); m; m = SOCIAL_START.exec(text)) {
    const start = m.index;
    SOCIAL_START.lastIndex = start + 1;
    const prev = text[start - 1];
    if (prev !== undefined && /[A-Za-z0-9.@/-]/.test(prev)) continue;
    SOCIAL.lastIndex = start;
    const u = SOCIAL.exec(text);
    if (!u) continue;
    let url = u[0];
    url = url.replace(/[.,;:!?]+$/, '');
    const path = url.slice(url.indexOf('/', url.indexOf('.')));
    if (NOT_A_PERSON.test(path) || path.length < 2) continue;
    push(out, start, start + url.length, 'url');
    SOCIAL_START.lastIndex = start + url.length;
  }
}

// ----------------------------------------------------------------------------------- postcode

const POSTCODE = /\b[1-9]\d{3}( ?)([A-Za-z]{2})/g;
/** Two-letter words that follow a number in a sentence ("2015 en", "1500 km"). */
const NOT_POSTCODE_LOWER = new Set(
  'en de in op om is na te of al zo ja nu er ik je we ze uw bv ca ma di wo do vr za ha km cm mm kg gr ml cl dl pp st ex mb gb kb uur x'.split(
    ' ',
  ),
);
const NOT_POSTCODE_AFTER_YEAR = new Set([
  'OM',
  'VT',
  'JB',
  'OK',
  'NV',
  'BV',
  'EU',
  'NL',
  'NW',
  'ZO',
]);

/** 1234 AB and 1234AB (letters SA, SD and SS are never used). */
export function findPostcodes(text: string, out: Candidate[]): void {
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    POSTCODE.lastIndex = start + 1;
    if (isWordish(text[start - 1]) || isWordish(text[end]) || text[end] === '-') continue;
    if ((text[start - 1] === '-' || text[start - 1] === '.') && isDigit(text.charCodeAt(start - 2)))
      continue;
    const space = m[1] ?? '';
    const letters = m[2] ?? '';
    const upper = letters.toUpperCase();
    if (upper === 'SA' || upper === 'SD' || upper === 'SS') continue;
    if (letters !== upper) {
      if (letters !== letters.toLowerCase()) continue;
      if (space && NOT_POSTCODE_LOWER.has(letters)) continue;
    }
    const year = Number(m[0].slice(0, 4));
    if (year >= 1900 && year <= 2099 && NOT_POSTCODE_AFTER_YEAR.has(upper)) continue;
    push(out, start, end, 'postcode');
    POSTCODE.lastIndex = end;
  }
}

// --------------------------------------------------------------------------------------- date

const NUMERIC_DATE = /\b(\d{1,4})([-/.])(\d{1,2})\2(\d{2,4})/g;
const MONTH_NAMES =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec';
const TEXT_DATE = new RegExp(
  `\\b(\\d{1,2})(?:e|ste|de)?[ \\u00a0]{1,3}(${MONTH_NAMES})(\\.?)[ \\u00a0]{1,3}('\\d{2}|’\\d{2}|\\d{4}|\\d{2})`,
  'gi',
);

const validDay = (d: number) => d >= 1 && d <= 31;
/** Days per month; 29 February is allowed in any year (a typo in the year is still a date). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const fits = (day: number, month: number) => day <= (MONTH_DAYS[month - 1] ?? 0);
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear4 = (y: number) => y >= 1900 && y <= 2100;

/** Full calendar dates: 12-03-2015, 12/3/15, 12.03.2015, 2015-03-12, 3 maart 2016,
 * 3 mrt. '16. A day and month without a year are not a full date. */
export function findDates(text: string, out: Candidate[]): void {
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    NUMERIC_DATE.lastIndex = start + 1;
    const [, a = '', sep = '', b = '', c = ''] = m;
    if (isWordish(text[start - 1]) || isWordish(text[end])) continue;
    if (/[-/.]/.test(text[start - 1] ?? '') && isDigit(text.charCodeAt(start - 2))) continue;
    if (text[end] === sep && isDigit(text.charCodeAt(end + 1))) continue;
    let ok = false;
    if (a.length === 4)
      ok = validYear4(+a) && validMonth(+b) && validDay(+c) && c.length === 2 && fits(+c, +b);
    else if (a.length <= 2)
      ok =
        validDay(+a) &&
        validMonth(+b) &&
        fits(+a, +b) &&
        (c.length === 2 || (c.length === 4 && validYear4(+c)));
    if (!ok) continue;
    // "versie 2.10.15": with dots, a short year needs a two-digit day and month.
    if (sep === '.' && c.length === 2 && (a.length < 2 || b.length < 2)) continue;
    push(out, start, end, 'date');
    NUMERIC_DATE.lastIndex = end;
  }
  TEXT_DATE.lastIndex = 0;
  for (let m = TEXT_DATE.exec(text); m; m = TEXT_DATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    TEXT_DATE.lastIndex = start + 1;
    const [, day = '', month = '', , year = ''] = m;
    if (isWordish(text[start - 1]) || isWordish(text[end])) continue;
    if (isDigit(text.charCodeAt(start - 1))) continue;
    if (!validDay(+day) || !fits(+day, monthNumber(month))) continue;
    if (year.length === 4 && !validYear4(+year)) continue;
    if (year.length === 2) {
      // "3 mrt 16 uur", "3 mei 14:00": a bare two-digit number after a month is a time.
      if (/^[:.,]\d|^ ?(uur|u\b|h\b)/i.test(text.slice(end, end + 4))) continue;
    }
    push(out, start, end, 'date');
    TEXT_DATE.lastIndex = end;
  }
}

function monthNumber(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  const i = [
    'jan',
    'feb',
    'maa',
    'apr',
    'mei',
    'jun',
    'jul',
    'aug',
    'sep',
    'okt',
    'nov',
    'dec',
  ].indexOf(n === 'mrt' || n === 'mar' ? 'maa' : n === 'oct' ? 'okt' : n);
  return i + 1;
}

// -------------------------------------------------------------------------------------- plate

/** A digit within the first eight characters: ordinary words fail at once. */
const PLATE = /\b(?=[A-Za-z-]{0,7}\d)[A-Za-z0-9]{1,3}-?[A-Za-z0-9]{2,3}-?[A-Za-z0-9]{1,3}/g;
const SIDECODES = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];
const SIDECODE_SET = new Set(SIDECODES);
const SIDECODE_BARE = new Set(SIDECODES.map((s) => s.replace(/-/g, '')));
/** Letters of modern Dutch plates: no vowels, no C, Q. */
const PLATE_LETTERS = /^[BDFGHJKLMNPRSTVWXZ]+$/;

/** Dutch licence plates in every sidecode (1–14), with hyphens, or without them when the
 * letters are capitals of the kinds used on plates. */
export function findPlates(text: string, out: Candidate[]): void {
  PLATE.lastIndex = 0;
  for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    PLATE.lastIndex = start + 1;
    if (isWordish(text[start - 1]) || isWordish(text[end])) continue;
    if (text[start - 1] === '-' || text[end] === '-') continue;
    const shape = raw.replace(/[A-Za-z]/g, 'L').replace(/\d/g, 'D');
    const letters = raw.replace(/[^A-Za-z]/g, '');
    if (!letters || letters.length === raw.replace(/-/g, '').length) continue;
    const hyphens = (raw.match(/-/g) ?? []).length;
    if (hyphens === 2) {
      if (!SIDECODE_SET.has(shape)) continue;
      if (letters !== letters.toUpperCase() && !PLATE_LETTERS.test(letters.toUpperCase())) continue;
    } else if (hyphens === 0) {
      if (!SIDECODE_BARE.has(shape)) continue;
      const same = letters === letters.toUpperCase() || letters === letters.toLowerCase();
      if (!same || !PLATE_LETTERS.test(letters.toUpperCase())) continue;
    } else continue;
    push(out, start, end, 'plate');
    PLATE.lastIndex = end;
  }
}
