/**
 * Names of people: lookup lists (first names, surnames) combined with context — titles and
 * relation words before a name, initials, surname particles, hyphenated and double names, an
 * age after a name, and extension of a found name to its capitalised neighbours.
 *
 * The unit of work is a *run*: neighbouring tokens that could together be a name (capitalised
 * words, initials, particles, and lower-case words that only lists of names hold), separated by
 * spaces only. A run becomes a finding when it has evidence; ordinary words that are also names
 * (bakker, roos, mei) count only in a name context.
 */
import {
  CAP_AMBIGUOUS,
  COMMON,
  CORE,
  FIRST,
  MONTH,
  NAME,
  NAMING,
  ORGANISATION,
  PARTICLE,
  RELATION,
  STOP,
  SURNAME,
  TITLE,
  TRIGGER,
  UNIT,
  WORD,
} from './lexicon.js';
import type { Token } from './tokens.js';
import type { Candidate } from './types.js';

/** A single capital after these is a label ("bijlage B."), not an initial. */
const INITIAL_BLOCKERS = new Set(
  'bijlage punt groep type plan optie niveau fase stap klas vitamine categorie sidecode versie route lijn bus tram blok flat portiek toren kamer unit afdeling casus variant scenario'.split(
    ' ',
  ),
);
/** After a name, these make it the name of a place or an institution ("Anne Frank Huis"). */
const INSTITUTION = new Set(
  'school basisschool college lyceum ziekenhuis huis kliniek centrum instituut academie fonds prijs moskee kerk stichting gymnasium mavo havo vwo hogeschool universiteit museum theater bibliotheek buurthuis park plein straat laan weg brug arena stadion hal zaal'.split(
    ' ',
  ),
);
const INSTITUTION_ENDING =
  /(?:school|huis|college|lyceum|kliniek|centrum|instituut|academie|fonds|museum|theater|ziekenhuis|gemeente|kerk|loket|bank|groep|team|dienst|instelling|inrichting|stichting|vereniging|bureau|kantoor|praktijk|apotheek|universiteit|hogeschool)$/;
/** Before a person's name there is no article: "het Juridisch Loket", "een Samsung Galaxy". */
const DETERMINERS = new Set(
  'de het een deze die dit dat zijn haar hun onze mijn jouw uw elk elke ieder iedere welk welke'.split(
    ' ',
  ),
);
/** Before a capitalised run, these make it an organisation ("Stichting Nisa"). */
const ORG_BEFORE = new Set(['stichting', 'st', 'vereniging', 'cooperatie', 'firma', 'bv', 'team']);

type Kind = 'initial' | 'particle' | 'cap' | 'lower';

/** Particles that join the words of a street name ("Jan van Galenstraat", "Anton de Komplein"). */
const STREET_PARTICLES = new Set(['van', 'de', 'der', 'den', "'t", 'ter', 'ten', 'het']);

const MAX_RUN = 8;
const PRONOUNS = new Set(['hem', 'haar', 'zich', 'zichzelf', 'ze', 'hij', 'zij']);
const AFTER_INITIAL = /^\.[ \t\u00a0]{0,2}$/;
/** What may stand between a trigger word and the name: "moeder Fatima", "moeder, Fatima",
 * "moeder: Fatima", "Mevr. Yilmaz", "moeder (Fatima)". */
const TRIGGER_GAP =
  /^(?:[ \t\u00a0]{1,3}|\.?[ \t\u00a0]{1,2}|[ \t]?[,:][ \t\u00a0]{1,2}|[ \t]?\()$/;
const AGE_AFTER =
  /^(?:[ \t]?\(\d{1,2}(?:[ \t]?(?:jaar|jr|j)\.?)?\)|,[ \t]\d{1,2}[ \t]?(?:jaar|jr\b|j\b))/;
const CONNECTOR = /^(?:[ \t]?[,&/+][ \t]?|[ \t](?:en|of|&)[ \t])$/;

interface Context {
  text: string;
  tokens: readonly Token[];
  kinds: (Kind | undefined)[];
  streetSuffixes: readonly string[];
}
interface Run {
  a: number;
  /** Inclusive. */
  b: number;
  accepted: boolean;
}
interface Span {
  a: number;
  b: number;
}

export function findNames(
  text: string,
  tokens: readonly Token[],
  streetSuffixes: readonly string[],
  out: Candidate[],
): void {
  const n = tokens.length;
  const kinds: (Kind | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) kinds[i] = kindOf(text, tokens[i] as Token, tokens[i - 1]);
  const c: Context = { text, tokens, kinds, streetSuffixes };

  const runs: Run[] = [];
  for (let i = 0; i < n; i++) {
    if (!kinds[i]) continue;
    let j = i;
    // A name has at most MAX_RUN words; longer runs are cut (and stay linear to check).
    while (j + 1 < n && kinds[j + 1] && j - i + 1 < MAX_RUN) {
      if (spaces(c, j + 1) || (kinds[j] === 'initial' && AFTER_INITIAL.test(gap(c, j + 1)))) j++;
      else break;
    }
    runs.push({ a: i, b: j, accepted: false });
    i = j;
  }

  const spans: Span[] = [];
  const accept = (run: Run) => {
    const span = trim(c, run);
    if (span) {
      run.accepted = true;
      spans.push(span);
    }
  };

  for (const run of runs) {
    let evidence = false;
    let capCount = 0;
    let listed = 0;
    let firstCap: Token | undefined;
    for (let i = run.a; i <= run.b; i++) {
      const t = c.tokens[i] as Token;
      const k = c.kinds[i];
      if (k === 'cap') {
        capCount++;
        if (!firstCap && !(t.flags & COMMON && !(t.flags & NAME))) firstCap = t;
        const f = t.flags;
        if (f & (FIRST | SURNAME)) {
          listed++;
          if (!(f & WORD)) evidence = true;
          else if (!t.sentenceStart) evidence = true;
          // At the start of a sentence, only a first name that is a rare word ("Thomas").
          else if (f & FIRST && !(f & (CAP_AMBIGUOUS | COMMON))) evidence = true;
        } else if (f & CORE && i > run.a && c.kinds[i - 1] === 'particle') {
          listed++;
          evidence = true;
        }
      } else if (k === 'lower') {
        if (t.flags & FIRST) evidence = true;
        listed++;
      } else if (k === 'initial') {
        // An initial, then (particles and) a capitalised word that is not an ordinary word.
        let j = i + 1;
        while (j <= run.b && (c.kinds[j] === 'particle' || c.kinds[j] === 'initial')) j++;
        const after = c.tokens[j];
        const particles = c.kinds[j - 1] === 'particle';
        if (j <= run.b && after && c.kinds[j] === 'cap' && (particles || plausible(after)))
          evidence = true;
      }
    }
    if (!evidence && listed >= 1 && capCount >= 2) evidence = true;
    // "Noor El Haddaoui", "Petra van Dijkhuis": capital, particle(s), capital, mid-sentence.
    if (!evidence && capCount >= 2) {
      for (let i = run.a; i < run.b; i++) {
        const t = c.tokens[i] as Token;
        if (c.kinds[i] !== 'cap' || !plausible(t) || (t.sentenceStart && !(t.flags & NAME)))
          continue;
        let j = i + 1;
        while (j <= run.b && c.kinds[j] === 'particle') j++;
        const last = c.tokens[j];
        if (j > i + 1 && j <= run.b && last && c.kinds[j] === 'cap' && plausible(last)) {
          evidence = true;
          break;
        }
      }
    }
    const firstLower = c.kinds[run.a] === 'lower' ? (c.tokens[run.a] as Token) : undefined;
    if (!evidence && firstLower && triggerBefore(c, run.a)) evidence = true;
    if (!evidence && firstCap) {
      const trigger = triggerBefore(c, run.a);
      if (trigger === TITLE || trigger === NAMING) evidence = true;
      else if (trigger === RELATION && plausible(firstCap)) evidence = true;
      // "van" after a relation: "de moeder van Kofi".
      else if (
        c.kinds[run.a] === 'particle' &&
        (c.tokens[run.a] as Token).low === 'van' &&
        triggerBefore(c, run.a) === 0 &&
        (c.tokens[run.a - 1]?.flags ?? 0) & RELATION &&
        spaces(c, run.a) &&
        plausible(firstCap) &&
        !firstCap.sentenceStart
      )
        evidence = true;
    }
    if (!evidence && firstCap && plausible(firstCap)) {
      const last = c.tokens[run.b] as Token;
      if (AGE_AFTER.test(c.text.slice(last.end, last.end + 14))) evidence = true;
      // "Ineke (buurtteam)", "Gloria Statia (St. ProFor)": the organisation or role of a
      // person in brackets after the name, as minutes and attendance lists write it.
      const next = c.tokens[run.b + 1];
      if (
        next &&
        next.flags & (ORGANISATION | RELATION) &&
        /^[ \t]?\([ \t]?$/.test(c.text.slice(last.end, next.start)) &&
        !isAcronymOf(c, next, run.a, run.b)
      )
        evidence = true;
    }
    // Two or three capitalised words that no list knows, in the middle of a sentence: "door
    // Lydwine Boetius". Ordinary words, places, organisations and acronyms are excluded.
    if (!evidence && capCount >= 2 && capCount <= 3 && !(c.tokens[run.a] as Token).sentenceStart) {
      let ok = true;
      for (let i = run.a; i <= run.b && ok; i++) {
        const t = c.tokens[i] as Token;
        if (c.kinds[i] === 'particle') continue;
        if (c.kinds[i] !== 'cap' || t.caps || (t.flags & COMMON && !(t.flags & NAME))) ok = false;
        if (INSTITUTION_ENDING.test(t.low) || INSTITUTION.has(t.low)) ok = false;
      }
      // Inside a sentence, not a heading in title case: lower-case words around it, and no
      // article before it.
      const prev = c.tokens[run.a - 1];
      const next = c.tokens[run.b + 1];
      if (!prev || prev.cap || prev.number || !spaces(c, run.a)) ok = false;
      if (prev && DETERMINERS.has(prev.low)) ok = false;
      if (next && spaces(c, run.b + 1) && (next.cap || next.number)) ok = false;
      if (ok) evidence = true;
    }
    if (evidence) accept(run);
  }

  // Coordination: "Kwame en Akosua", "Fatima, Noor en Sami" — a capitalised run next to a
  // name, joined by en/of/,/&, is a name too.
  for (let pass = 0; pass < 2; pass++) {
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r] as Run;
      if (run.accepted) continue;
      const first = c.tokens[run.a] as Token;
      if (c.kinds[run.a] !== 'cap' || !plausible(first) || first.sentenceStart) continue;
      const prevRun = runs[r - 1];
      const nextRun = runs[r + 1];
      if (
        (prevRun?.accepted && joined(c, prevRun, run)) ||
        (nextRun?.accepted && joined(c, run, nextRun))
      )
        accept(run);
    }
  }

  // A trigger followed by a word that is not in a run: "mevrouw bakker", "heet roos".
  for (let i = 0; i + 1 < n; i++) {
    const t = c.tokens[i] as Token;
    if (!(t.flags & TRIGGER) || t.flags & STOP) continue;
    const x = c.tokens[i + 1] as Token;
    if (c.kinds[i + 1] || x.number || x.flags & (STOP | TRIGGER | UNIT | PARTICLE)) continue;
    if (!TRIGGER_GAP.test(gap(c, i + 1))) continue;
    const f = x.flags;
    const isName = (f & NAME) !== 0;
    const ok =
      t.flags & (TITLE | NAMING) ? isName || !(f & COMMON) : isName && (x.cap || !(f & COMMON));
    if (ok && x.low.length >= 2) spans.push({ a: i + 1, b: i + 1 });
  }

  for (const s of spans) {
    const a = tokens[s.a] as Token;
    const b = tokens[s.b] as Token;
    out.push({ start: a.start, end: b.end, category: 'name' });
  }
}

/** Text between token i-1 and token i (at most 8 characters). */
function gap(c: Context, i: number): string {
  const a = c.tokens[i - 1];
  const b = c.tokens[i];
  return a && b ? c.text.slice(a.end, Math.min(b.start, a.end + 8)) : '';
}

/** Only one to three spaces between token i-1 and token i (no slicing: this is hot). */
function spaces(c: Context, i: number): boolean {
  const a = c.tokens[i - 1];
  const b = c.tokens[i];
  if (!a || !b) return false;
  const length = b.start - a.end;
  if (length < 1 || length > 3) return false;
  for (let k = a.end; k < b.start; k++) {
    const code = c.text.charCodeAt(k);
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

function isStreet(c: Context, t: Token): boolean {
  if (t.flags & NAME) return false;
  for (const s of c.streetSuffixes) {
    if (t.low.length > s.length + 2 && t.low.endsWith(s)) return true;
  }
  return false;
}

function plausible(t: Token): boolean {
  return !(t.flags & COMMON) || (t.flags & NAME) !== 0;
}

/** Two runs joined by en/of/,/&. */
function joined(c: Context, x: Run, y: Run): boolean {
  const from = (c.tokens[x.b] as Token).end;
  const to = (c.tokens[y.a] as Token).start;
  return to - from <= 5 && CONNECTOR.test(c.text.slice(from, to));
}

/** Drop words at the edges that cannot be part of the name. */
function trim(c: Context, run: Run): Span | undefined {
  let { a, b } = run;
  // A street inside the run ends it: "Boateng op Karspeldreef", and the capitalised words
  // joined to the street by name particles are the street's ("Jan van Galenstraat").
  for (let i = a; i <= b; i++) {
    if (!isStreet(c, c.tokens[i] as Token)) continue;
    let j = i - 1;
    while (j >= a) {
      const t = c.tokens[j] as Token;
      if (c.kinds[j] === 'cap' || (c.kinds[j] === 'particle' && STREET_PARTICLES.has(t.low))) j--;
      else break;
    }
    b = j;
    break;
  }
  const before = triggerBefore(c, a);
  // Leading: ordinary words, sentence-initial words that no list knows, particles that do
  // not belong to a surname.
  while (a <= b) {
    const t = c.tokens[a] as Token;
    const k = c.kinds[a];
    if (k === 'cap' && t.flags & COMMON && !(t.flags & NAME)) a++;
    else if (k === 'cap' && t.sentenceStart && !(t.flags & NAME) && a < b && !before) a++;
    else if (k === 'particle') {
      // Keep a chain of particles only before a surname ("de Vries", "van der Meer") or
      // after a title ("meneer Van Dam"); "van" after a relation is a preposition.
      let j = a;
      while (j <= b && c.kinds[j] === 'particle') j++;
      const head = c.tokens[j];
      const keep =
        j <= b &&
        head !== undefined &&
        head.cap &&
        (before === TITLE || (head.flags & (CORE | SURNAME)) !== 0) &&
        !(before === RELATION && t.low === 'van');
      if (keep) break;
      a = j;
    } else break;
  }
  while (b >= a) {
    const t = c.tokens[b] as Token;
    const k = c.kinds[b];
    if (k === 'particle' || k === 'initial') b--;
    else if (
      k === 'cap' &&
      t.flags & COMMON &&
      !(t.flags & NAME) &&
      c.kinds[b - 1] !== 'particle' &&
      c.kinds[b - 1] !== 'initial'
    )
      b--;
    else break;
  }
  if (a > b) return undefined;
  const next = c.tokens[b + 1];
  if (next && spaces(c, b + 1) && (INSTITUTION.has(next.low) || (isStreet(c, next) && b === run.b)))
    return undefined;
  const last = c.tokens[b] as Token;
  if (!(last.flags & NAME) && INSTITUTION_ENDING.test(last.low)) return undefined;
  // "Stichting Nisa", "Buurthuis De Boeg": the name of an institution.
  if (isInstitution(c.tokens[a - 1]) && spaces(c, a)) return undefined;
  if (isInstitution(c.tokens[a])) return undefined;
  return { a, b };
}

/** The kind of trigger word right before token i, if any. */
function triggerBefore(c: Context, i: number): number {
  // "noemt hem Rocky", "noemt zich Sultan".
  const pronoun = c.tokens[i - 1];
  if (pronoun && PRONOUNS.has(pronoun.low) && spaces(c, i)) {
    const naming = c.tokens[i - 2];
    if (naming && naming.flags & NAMING && spaces(c, i - 1)) return NAMING;
  }
  const t = c.tokens[i - 1];
  if (!t || !(t.flags & TRIGGER) || t.flags & STOP) return 0;
  if (!TRIGGER_GAP.test(gap(c, i))) return 0;
  if (t.flags & TITLE) return TITLE;
  if (t.flags & NAMING) return NAMING;
  return RELATION;
}

/** "Dienst Justitiële Instellingen (DJI)": the brackets spell out the words before them. */
function isAcronymOf(c: Context, acronym: Token, a: number, b: number): boolean {
  if (!acronym.caps) return false;
  let initials = '';
  for (let i = b; i >= Math.max(0, a - 2) && initials.length < acronym.raw.length; i--) {
    initials = (c.tokens[i] as Token).raw[0] + initials;
  }
  return initials.toUpperCase() === acronym.raw.toUpperCase();
}

function isInstitution(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    !(t.flags & (NAME | TRIGGER)) &&
    (ORG_BEFORE.has(t.low) || INSTITUTION.has(t.low) || INSTITUTION_ENDING.test(t.low))
  );
}

function kindOf(text: string, t: Token, prev: Token | undefined): Kind | undefined {
  if (t.number) return undefined;
  // "Kinder- en Jongerentelefoon": the first half of a compound, not a word of its own.
  if (text[t.end] === '-' && !/[\p{L}\d]/u.test(text[t.end + 1] ?? '')) return undefined;
  const f = t.flags;
  if (f & STOP) return undefined;
  if (t.raw.length === 1) {
    if (t.cap && text[t.end] === '.' && !(prev && INITIAL_BLOCKERS.has(prev.low))) return 'initial';
    return undefined;
  }
  if (f & PARTICLE) return 'particle';
  if (f & (TRIGGER | UNIT)) return undefined;
  if (f & MONTH && prev?.number) return undefined;
  if (t.cap) {
    // Acronyms (GGD, THV) are not names; a listed name in capitals (AHMED) is.
    if (t.caps && !(t.raw.length >= 3 && f & NAME && !(f & WORD))) return undefined;
    return 'cap';
  }
  if (f & NAME && !(f & (WORD | COMMON)) && t.low.length >= 3) return 'lower';
  return undefined;
}
