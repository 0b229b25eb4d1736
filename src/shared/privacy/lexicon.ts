import { commonWords, firstNames, surnameCores, surnames } from './data/lists.generated.js';
import {
  bareStreets,
  capitalAmbiguous,
  namesFirst,
  namingWords,
  organisations,
  particles,
  relations,
  stopWords,
  streetSuffixes,
  titles,
  unitWords,
} from './data/vocabulary.js';
import { decodeFrontCoded, fold, splitList } from './fold.js';

/** Bit flags of a folded word in the lexicon. */
export const FIRST = 1;
export const SURNAME = 2;
/** The core of a surname that comes with a particle: "vries" in "de Vries". */
export const CORE = 4;
/** A name that is also an ordinary word ("roos", "bakker"): not a name on its own in lower case. */
export const WORD = 8;
/** …and one common enough to start a sentence: a capital at the start of a sentence proves nothing. */
export const CAP_AMBIGUOUS = 16;
/** A frequent ordinary Dutch word. */
export const COMMON = 32;
/** Never (part of) a name: organisations, places, months, … */
export const STOP = 64;
export const TITLE = 128;
export const RELATION = 256;
export const NAMING = 512;
export const PARTICLE = 1024;
export const UNIT = 2048;
export const BARE_STREET = 4096;
export const MONTH = 8192;
/** An organisation of the directory (also STOP). */
export const ORGANISATION = 16384;
/** The first word of a stop phrase of several words. */
export const PHRASE_START = 32768;

export const NAME = FIRST | SURNAME | CORE;
export const TRIGGER = TITLE | RELATION | NAMING;

export interface Lexicon {
  readonly flags: Map<string, number>;
  /** Stop phrases of several words, by their first word: "veilig" → [["veilig", "thuis"]]. */
  readonly phrases: Map<string, { words: string[]; flags: number }[]>;
  readonly streetSuffixes: readonly string[];
}

const MONTHS =
  'januari februari maart april mei juni juli augustus september oktober november december jan feb febr mrt mar apr jun jul aug sep sept okt oct nov dec';

let cached: Lexicon | undefined;

/** The lexicon, built once on first use (a few milliseconds). */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const flags = new Map<string, number>();
  const add = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
  /** Hand-written vocabulary may carry diacritics; tokens are looked up folded. */
  const vocabulary = (list: string) => splitList(list).map(fold);
  const addCoded = (encoded: string, flag: number) => {
    for (const entry of decodeFrontCoded(encoded)) {
      if (entry.endsWith('+')) add(entry.slice(0, -1), flag | WORD);
      else add(entry, flag);
    }
  };
  addCoded(firstNames, FIRST);
  addCoded(surnames, SURNAME);
  addCoded(surnameCores, CORE);
  for (const w of decodeFrontCoded(commonWords)) add(w, COMMON);
  for (const w of vocabulary(capitalAmbiguous)) add(w, CAP_AMBIGUOUS | WORD);
  for (const w of vocabulary(namesFirst)) flags.set(w, (flags.get(w) ?? 0) & ~COMMON);
  for (const w of vocabulary(titles)) add(w.replace(/\.$/, ''), TITLE);
  for (const w of vocabulary(relations)) add(w, RELATION);
  for (const w of vocabulary(namingWords)) add(w, NAMING);
  for (const w of vocabulary(particles)) add(w, PARTICLE);
  for (const w of vocabulary(unitWords)) add(w, UNIT);
  for (const w of vocabulary(bareStreets)) add(w, BARE_STREET);
  for (const w of splitList(MONTHS)) add(w, MONTH);

  const phrases = new Map<string, { words: string[]; flags: number }[]>();
  const addStop = (list: string, flag: number) => {
    for (const entry of vocabulary(list)) {
      const words = entry.split(' ').map((w) => w.replace(/[.-]$/, ''));
      if (words.length === 1) {
        add(words[0] ?? entry, flag);
        continue;
      }
      const first = words[0] ?? '';
      add(first, PHRASE_START);
      const known = phrases.get(first) ?? [];
      known.push({ words, flags: flag });
      phrases.set(first, known);
    }
  };
  addStop(stopWords, STOP);
  addStop(organisations, STOP | ORGANISATION);
  cached = { flags, phrases, streetSuffixes: splitList(streetSuffixes) };
  return cached;
}
