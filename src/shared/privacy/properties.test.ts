import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Category, categories, detectPersonalData } from './index.js';

// The same samples on every run, so that CI stays reproducible; set FC_SEED to explore others
// (a failure prints its seed and counterexample — add that as a unit test, then fix).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

/** Words a case note is made of, with numbers, codes and punctuation that sit next to
 * identifiers in real notes. */
const vocabulary = [
  'moeder',
  'vader',
  'de',
  'het',
  'een',
  'en',
  'op',
  'bij',
  'van',
  'is',
  'heeft',
  'belt',
  'Veilig',
  'Thuis',
  'Blijf',
  'Groep',
  'buurtteam',
  'Zuidoost',
  'Nieuw-West',
  'casus',
  'NW-2026-0042',
  '12',
  '2026',
  '14:00',
  '3',
  'maart',
  'mei',
  '€',
  '1.250',
  'tel.',
  'BSN',
  'IBAN',
  'nr',
  ':',
  ',',
  '.',
  '(',
  ')',
  '-',
  '/',
  '+',
  '06',
  'NL',
  'AB',
  'Fatima',
  'Kwame',
  'bakker',
  'Roos',
  'zoon',
  'THV',
  '112',
  '0800-2000',
  '@',
  'www.veiligthuis.nl',
  'x',
  'Q',
  '0',
  '00',
  '31',
];
const words = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((w) => w.join(' '));

const elfproof = (d: number[]) =>
  d.slice(0, 8).reduce((s, x, i) => s + (9 - i) * x, 0) - (d[8] ?? 0);

/** Valid BSNs: eight random digits and a ninth that makes the 11-proof hold. */
const bsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const rest = d.slice(0, 8).reduce((s, x, i) => s + (9 - i) * x, 0) % 11;
    return [...d, rest];
  })
  .filter((d) => (d[8] ?? 10) <= 9 && d.some((x) => x !== 0) && elfproof(d) % 11 === 0)
  .chain((d) =>
    fc.constantFrom(
      d.join(''),
      `${d.slice(0, 4).join('')}.${d.slice(4, 6).join('')}.${d.slice(6).join('')}`,
      `${d.slice(0, 3).join('')} ${d.slice(3, 6).join('')} ${d.slice(6).join('')}`,
    ),
  );

function mod97(s: string): number {
  let r = 0;
  for (const c of s) {
    const v = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const x of v) r = (r * 10 + Number(x)) % 97;
  }
  return r;
}
/** Valid Dutch IBANs (any bank code, any account number), with or without spaces. */
const iban = fc
  .tuple(fc.stringMatching(/^[A-Z]{4}$/), fc.stringMatching(/^\d{10}$/), fc.boolean())
  .map(([bank, account, spaced]) => {
    const bban = bank + account;
    const check = String(98 - mod97(`${bban}NL00`)).padStart(2, '0');
    const plain = `NL${check}${bban}`;
    return spaced ? plain.replace(/(.{4})(?!$)/g, '$1 ') : plain;
  });

/** Dutch phone numbers in the usual notations. */
const phone = fc
  .tuple(
    fc.constantFrom('6', '20', '10', '30', '299', '75', '88'),
    fc.stringMatching(/^\d{8}$/),
    fc.integer({ min: 0, max: 5 }),
  )
  .map(([area, digits, style]) => {
    const subscriber = digits.slice(0, 9 - area.length).replace(/^0/, '1');
    const national = `0${area}`;
    switch (style) {
      case 0:
        return `${national}${subscriber}`;
      case 1:
        return `${national}-${subscriber}`;
      case 2:
        return `+31 ${area} ${subscriber}`;
      case 3:
        return `+31 (0)${area} ${subscriber}`;
      case 4:
        return `0031 ${area} ${subscriber}`;
      default:
        return `(${national}) ${subscriber}`;
    }
  });

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{0,9}(?:[._-][a-z0-9]{1,8})?$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
    fc.constantFrom('nl', 'com', 'org', 'be', 'co.uk'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

/** Postcodes; a year followed by a district or organisation code ("2026 NW", "2025 OM") is
 * read as a year on purpose, so those are left out. */
const yearCodes = ['OM', 'VT', 'JB', 'OK', 'NV', 'BV', 'EU', 'NL', 'NW', 'ZO'];
const postcode = fc
  .tuple(
    fc.integer({ min: 1000, max: 9999 }),
    fc.constantFrom(' ', ''),
    fc.stringMatching(/^[A-Z]{2}$/).filter((l) => !['SA', 'SD', 'SS'].includes(l)),
  )
  .filter(([n, , letters]) => n < 1900 || n > 2099 || !yearCodes.includes(letters))
  .map(([n, space, letters]) => `${n}${space}${letters}`);

function foundAt(text: string, start: number, value: string, category: Category): boolean {
  return detectPersonalData(text).some(
    (f) => f.category === category && f.start <= start && f.end >= start + value.length,
  );
}

describe('an identifier inserted anywhere in a note is found', () => {
  const cases: [Category, fc.Arbitrary<string>][] = [
    ['bsn', bsn],
    ['iban', iban],
    ['phone', phone],
    ['email', email],
    ['postcode', postcode],
  ];
  for (const [category, arbitrary] of cases) {
    it(`${category}, between words of a note`, () => {
      fc.assert(
        fc.property(words, arbitrary, words, (before, value, after) => {
          // Digit groups separated by a single space are ambiguous ("06 31 453 207 297" is a
          // phone number and a number, or a number and a BSN; "12 maart 1900 AA" a date and
          // letters): a neighbouring number or month is separated by a comma, as a writer would.
          const left = /(?:\d|maart|mei)$/.test(before) ? `${before}, ` : `${before} `;
          const right = /^\d/.test(after) ? `, ${after}` : ` ${after}`;
          const text = `${left}${value}${right}`;
          return foundAt(text, left.length, value, category);
        }),
        { numRuns: 300 },
      );
    });

    it(`${category}, on its own line between arbitrary text`, () => {
      fc.assert(
        fc.property(
          fc.string({ maxLength: 40 }),
          arbitrary,
          fc.string({ maxLength: 40 }),
          (before, value, after) => {
            const text = `${before}\n${value}\n${after}`;
            return foundAt(text, before.length + 1, value, category);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

describe('the detector on arbitrary input', () => {
  it('never throws, and its findings are sorted, disjoint and match the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          words,
        ),
        (text) => {
          const findings = detectPersonalData(text);
          let last = 0;
          for (const f of findings) {
            expect(f.start).toBeGreaterThanOrEqual(last);
            expect(f.end).toBeGreaterThan(f.start);
            expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(categories).toContain(f.category);
            last = f.end;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answers [] for an empty text and for a value that is not a string', () => {
    expect(detectPersonalData('')).toEqual([]);
    expect(detectPersonalData(undefined as unknown as string)).toEqual([]);
  });

  // Linear time: 200 KB of each hostile pattern finishes well within a generous bound. The
  // bound only catches catastrophic backtracking (which would take minutes), not speed.
  const hostile: [string, string][] = [
    ['separators', ' -./()+'],
    ['digits', '0123456789'],
    ['digits with single separators', '06 12-34.'],
    ['capitals', 'ABCDEFGHIJ'],
    ['capitalised words', 'Fatima El Amrani Van Der '],
    ['initials', 'A. B. C. '],
    ['at signs', '@a.'],
    ['e-mail fragments', 'a.b@c.d.'],
    ['letters without spaces', 'abcdefghijklmnopqrstuvwxyz'],
    ['apostrophes and hyphens', "'t-'t-'"],
    ['IBAN prefixes', 'NL91 '],
    ['plus signs and zeros', '+00'],
    ['URL prefixes', 'https://www.instagram.com/'],
    ['street and numbers', 'Osdorperweg 12 '],
    ['dates', '12-03-'],
  ];
  for (const [name, unit] of hostile) {
    // A hang guard, not a speed target (that is measured by npm run bench:pii): catastrophic
    // backtracking on 200 KB would run for hours, far past this test's time-out on any machine.
    it(`finishes on 200 KB of ${name}`, { timeout: 10_000 }, () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const findings = detectPersonalData(text);
      expect(
        findings.every((finding) => text.slice(finding.start, finding.end) === finding.text),
      ).toBe(true);
    });
  }
});
