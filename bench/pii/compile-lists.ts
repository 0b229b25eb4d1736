/**
 * Compiles the name lists of the PII detector into src/shared/privacy/data/lists.generated.ts.
 *
 *   node --import tsx bench/pii/compile-lists.ts
 *
 * Inputs (see src/shared/privacy/data/README.md for sources and licences):
 * - the hand-compiled lists in src/shared/privacy/data/names-hand.ts;
 * - name and word lists of the MIT-licensed @zxcvbn-ts language packs, unpacked with
 *     mkdir -p /tmp/zxcvbn && cd /tmp/zxcvbn && npm pack @zxcvbn-ts/language-nl-be@3.0.2 \
 *       @zxcvbn-ts/language-en@4.1.1 @zxcvbn-ts/language-de@3.0.2 @zxcvbn-ts/language-pl@3.0.2 \
 *       && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
 *   (ZXCVBN_DIR overrides /tmp/zxcvbn);
 * - the OpenTaal Dutch word list and the SCOWL American English word list, as Debian ships
 *   them (`apt-get install wdutch wamerican`: /usr/share/dict/dutch and american-english),
 *   used only to mark names that are also ordinary words.
 * The output holds sorted, folded, front-coded lists; it is committed, so neither the packs
 * nor the dictionaries are needed to build or run Schakel.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { handFirstNames, handSurnames } from '../../src/shared/privacy/data/names-hand.js';
import { encodeFrontCoded, fold, splitList } from '../../src/shared/privacy/fold.js';

const zxcvbnDir = process.env.ZXCVBN_DIR ?? '/tmp/zxcvbn';
const out = path.resolve('src/shared/privacy/data/lists.generated.ts');

function pack(name: string): string {
  const dir = readdirSync(zxcvbnDir).find(
    (d) => d.startsWith(`zxcvbn-ts-language-${name}-`) && !d.endsWith('.tgz'),
  );
  if (!dir) throw new Error(`@zxcvbn-ts/language-${name} is not unpacked in ${zxcvbnDir}`);
  return path.join(zxcvbnDir, dir, 'package', 'src');
}
function json(name: string, file: string): string[] {
  return JSON.parse(readFileSync(path.join(pack(name), file), 'utf8')) as string[];
}
function words(file: string): Set<string> {
  const set = new Set<string>();
  for (const w of readFileSync(file, 'utf8').split('\n')) {
    // Lower-case entries only: capitalised ones are proper names, which are what we look for.
    if (/^\p{Ll}/u.test(w)) set.add(fold(w));
  }
  return set;
}

const clean = (w: string) => fold(w.trim()).replace(/\s+/g, ' ');
const usable = (w: string) => /^[a-z][a-z' -]*[a-z]$/.test(w) && w.length >= 2;

const enSubtitles = new Set(json('en', 'commonWords.json'));
const firstSources: string[][] = [
  json('nl-be', 'boysFirstnames.json'),
  json('nl-be', 'girlsFirstnames.json'),
  json('de', 'firstnames.json'),
  // English given names, only those that occur in the pack's OpenSubtitles word list (a rough
  // popularity filter: 2,011 of 4,945).
  json('en', 'firstnames.json').filter((n) => enSubtitles.has(n)),
  json('pl', 'femaleFirstnames.json').slice(0, 250),
  json('pl', 'maleFirstnames.json').slice(0, 250),
  ...Object.values(handFirstNames).map(splitList),
];
const surnameSources: string[][] = [
  json('nl-be', 'lastnames.json'),
  json('en', 'lastnames.json').slice(0, 1000),
  json('de', 'lastnames.json').slice(0, 500),
  json('pl', 'femaleLastnames.json').slice(0, 400),
  json('pl', 'maleLastnames.json').slice(0, 400),
  ...Object.values(handSurnames).map(splitList),
];

const particles = new Set(
  'van de der den het t te ter ten in op vd von vom zu d di da dos das du del della la le el al ben bin ibn abu bou ait ou oulad ould mac mc o y e vander vanden vande'.split(
    ' ',
  ),
);

const first = new Set<string>();
for (const list of firstSources) {
  for (const w of list) {
    const c = clean(w);
    if (usable(c) && !c.includes(' ')) first.add(c);
  }
}

/** Single-word surnames, and the cores of multi-word ones ("de vries" → "vries"). */
const surnames = new Set<string>();
const cores = new Set<string>();
for (const list of surnameSources) {
  for (const w of list) {
    const c = clean(w);
    if (!usable(c)) continue;
    const parts = c.split(' ');
    if (parts.length === 1) {
      surnames.add(c);
      continue;
    }
    // "el amrani": the core is what follows the particles; "van der meer" → "meer".
    let i = 0;
    while (i < parts.length - 1 && particles.has((parts[i] ?? '').replace(/'/g, ''))) i++;
    const core = parts.slice(i).join(' ');
    if (i > 0 && !core.includes(' ') && core.length >= 2) cores.add(core);
  }
}
for (const s of surnames) cores.delete(s);

const dutch = words('/usr/share/dict/dutch');
const english = words('/usr/share/dict/american-english');
/** Names that are also ordinary words: never a name on their own in lower case. */
const nameWords = new Set<string>();
for (const set of [first, surnames, cores]) {
  for (const w of set) if (dutch.has(w) || english.has(w)) nameWords.add(w);
}

/** Frequent Dutch words (OpenSubtitles frequency order, kept when OpenTaal lists them in
 * lower case): "Gisteren", "Volgens" at a sentence start are words, not names. */
const common = new Set<string>();
for (const w of json('nl-be', 'commonWords.json')) {
  const c = clean(w);
  if (common.size >= 4000) break;
  if (usable(c) && dutch.has(c) && c.length >= 2) common.add(c);
}

/** Sorted; a name that is also an ordinary word carries a trailing `+`. */
const marked = (s: Set<string>) => [...s].map((w) => (nameWords.has(w) ? `${w}+` : w)).sort();
const lists = {
  firstNames: marked(first),
  surnames: marked(surnames),
  surnameCores: marked(cores),
  commonWords: [...common].sort(),
};

let text =
  `/**
 * GENERATED by bench/pii/compile-lists.ts — do not edit; edit the sources and run it again.
 * Sorted, folded (lower case, no diacritics), front-coded lists: see decodeFrontCoded in
 * ../fold.ts. A trailing ` +
  ` marks a name that is also an ordinary Dutch or English word. Sources and licences: README.md in this folder.
 */
`;
for (const [name, entries] of Object.entries(lists)) {
  text += `\n/** ${entries.length} entries. */\nexport const ${name} =\n  '${encodeFrontCoded(entries).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}';\n`;
  console.info(`${name}: ${entries.length}`);
}
writeFileSync(out, text);
// Formatted as biome formats the repository, so that `npm run lint` passes after regenerating.
execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
console.info(`wrote ${out}`);
