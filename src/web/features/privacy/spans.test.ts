import { describe, expect, it } from 'vitest';
import { categories } from '../../../shared/privacy/types.js';
import {
  findingKey,
  fitToPlace,
  merge,
  rebase,
  replaceSpans,
  type Span,
  spansFromServer,
} from './spans.js';

const text = 'Moeder en Yasmina Bakkali willen praten, bel 06-12345678';
const name: Span = { start: 10, end: 25, category: 'name' };
const phone: Span = { start: 45, end: 56, category: 'phone' };
const words = (spans: Span[], of: string) => spans.map((s) => of.slice(s.start, s.end));

describe('rebase: the marks stay on their words while the user types', () => {
  it('moves the spans after an insertion and keeps those before it', () => {
    const after = text.replace('willen', 'willen graag');
    expect(words(rebase([name, phone], text, after), after)).toEqual([
      'Yasmina Bakkali',
      '06-12345678',
    ]);
  });

  it('drops a span the edit touches (the next check finds it again)', () => {
    const after = text.replace('Bakkali', 'Bakkal');
    expect(rebase([name, phone], text, after)).toEqual([{ ...phone, start: 44, end: 55 }]);
  });

  it('keeps a span the user types right behind, and moves one typed right in front of', () => {
    const behind = text.replace('Bakkali', 'Bakkali,');
    expect(words(rebase([name], text, behind), behind)).toEqual(['Yasmina Bakkali']);
    const before = `Ja. ${text}`;
    expect(words(rebase([name, phone], text, before), before)).toEqual([
      'Yasmina Bakkali',
      '06-12345678',
    ]);
  });

  it('copes with a text emptied or pasted over', () => {
    expect(rebase([name, phone], text, '')).toEqual([]);
    expect(rebase([name, phone], text, 'iets anders')).toEqual([]);
  });
});

describe('replaceSpans', () => {
  it('replaces every place of a finding, and carries the other spans over exactly', () => {
    const twice = 'Fatima belt. Later belt Fatima weer, op 06-12345678.';
    const result = replaceSpans(
      twice,
      [
        { start: 0, end: 6, category: 'name' },
        { start: 24, end: 30, category: 'name' },
      ],
      'moeder',
    );
    expect(result.text).toBe('Moeder belt. Later belt moeder weer, op 06-12345678.');
    const carried = result.carry([{ start: 40, end: 51, category: 'phone' }]);
    expect(words(carried, result.text)).toEqual(['06-12345678']);
  });

  it('keeps the caret where it makes sense', () => {
    const result = replaceSpans(text, [name], 'de buurvrouw');
    expect(result.text).toBe('Moeder en de buurvrouw willen praten, bel 06-12345678');
    expect(result.move(3)).toBe(3); // before: stays
    expect(result.move(15)).toBe(22); // inside: just after the replacement
    expect(result.move(text.length)).toBe(result.text.length); // after: moves along
  });
});

describe('fitToPlace', () => {
  it('starts a sentence with a capital, and nothing else', () => {
    expect(fitToPlace('de buurvrouw', 'Yasmina belt', 0)).toBe('De buurvrouw');
    expect(fitToPlace('de buurvrouw', 'Ja. Yasmina belt', 4)).toBe('De buurvrouw');
    expect(fitToPlace('de buurvrouw', 'Ja.\nYasmina belt', 4)).toBe('De buurvrouw');
    expect(fitToPlace('de buurvrouw', 'Moeder en Yasmina', 10)).toBe('de buurvrouw');
    expect(fitToPlace('[telefoonnummer]', 'Bel 06', 0)).toBe('[telefoonnummer]');
  });
});

describe('the server’s findings', () => {
  it('are taken when they fit the text and name a known category', () => {
    const server = [
      { start: 10, end: 25, category: 'name' },
      { start: 50, end: 99, category: 'phone' },
      { start: 0, end: 6, category: 'shoe-size' },
      { start: 7, end: 7, category: 'name' },
    ];
    expect(spansFromServer(server, text, categories)).toEqual([name]);
    expect(spansFromServer(undefined, text, categories)).toEqual([]);
  });

  it('are shown beside the browser’s own, which win where both found something', () => {
    const server: Span[] = [
      { start: 0, end: 6, category: 'name' },
      { start: 10, end: 17, category: 'name' },
    ];
    expect(merge([name, phone], server)).toEqual([
      { start: 0, end: 6, category: 'name' },
      name,
      phone,
    ]);
  });
});

describe('findingKey', () => {
  it('compares as the server does: case and spaces aside', () => {
    expect(findingKey(' De  Roos ', 'name')).toBe(findingKey('de roos', 'name'));
    expect(findingKey('de roos', 'name')).not.toBe(findingKey('de roos', 'address'));
  });
});
