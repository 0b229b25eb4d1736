/**
 * Scoring of the PII guard against an annotated set. The matching rule: a finding is correct
 * when it overlaps an annotated span of the same category; an annotated span is found when a
 * finding of the same category overlaps it. Offsets need not agree exactly.
 */
import {
  type Category,
  categories,
  detectPersonalData,
  type Finding,
} from '../../src/shared/privacy/index.js';
import type { Example } from './build-sets.js';

export const MATCHING_RULE =
  'a finding counts as correct when it overlaps an annotated span of the same category; an annotated span counts as found when a finding of the same category overlaps it';

export interface Tally {
  spans: number;
  found: number;
  findings: number;
  correct: number;
}

export interface Miss {
  text: string;
  kind: 'missed' | 'false positive';
  category: Category;
  fragment: string;
}

export interface Score {
  perCategory: Record<Category, Tally>;
  overall: Tally;
  sentences: number;
  clean: number;
  misses: Miss[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function score(examples: readonly Example[]): Score {
  const perCategory = Object.fromEntries(
    categories.map((c) => [c, { spans: 0, found: 0, findings: 0, correct: 0 }]),
  ) as Record<Category, Tally>;
  const misses: Miss[] = [];
  for (const example of examples) {
    const findings: Finding[] = detectPersonalData(example.text);
    for (const span of example.spans) {
      const t = perCategory[span.category];
      t.spans++;
      if (findings.some((f) => f.category === span.category && overlaps(f, span))) t.found++;
      else
        misses.push({
          text: example.text,
          kind: 'missed',
          category: span.category,
          fragment: example.text.slice(span.start, span.end),
        });
    }
    for (const f of findings) {
      const t = perCategory[f.category];
      t.findings++;
      if (example.spans.some((s) => s.category === f.category && overlaps(f, s))) t.correct++;
      else
        misses.push({
          text: example.text,
          kind: 'false positive',
          category: f.category,
          fragment: f.text,
        });
    }
  }
  const overall = { spans: 0, found: 0, findings: 0, correct: 0 };
  for (const t of Object.values(perCategory)) {
    overall.spans += t.spans;
    overall.found += t.found;
    overall.findings += t.findings;
    overall.correct += t.correct;
  }
  return {
    perCategory,
    overall,
    sentences: examples.length,
    clean: examples.filter((e) => e.spans.length === 0).length,
    misses,
  };
}

export const recall = (t: Tally) => (t.spans === 0 ? Number.NaN : t.found / t.spans);
export const precision = (t: Tally) => (t.findings === 0 ? Number.NaN : t.correct / t.findings);
