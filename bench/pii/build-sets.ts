/**
 * Turns the annotated sources of the evaluation sets into JSON lines:
 *
 *   node --import tsx bench/pii/build-sets.ts
 *
 * bench/pii/sources/eval.txt → bench/pii/eval-set.jsonl
 * bench/pii/sources/holdout.txt → bench/pii/holdout-set.jsonl
 *
 * A source has one sentence per line; `[[category:text]]` marks a span of personal data, e.g.
 * `Moeder [[name:Fatima El Amrani]] belt [[phone:06-12345678]].` Lines starting with # and
 * empty lines are skipped. All sentences and all people in them are fictional.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type Category, categories } from '../../src/shared/privacy/index.js';

export interface Span {
  start: number;
  end: number;
  category: Category;
}
export interface Example {
  text: string;
  spans: Span[];
}

const MARK = /\[\[([a-z]+):(.*?)\]\]/g;

export function parseSource(source: string, file: string): Example[] {
  const examples: Example[] = [];
  source.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    let text = '';
    const spans: Span[] = [];
    let last = 0;
    for (const m of trimmed.matchAll(MARK)) {
      const [whole, category = '', inner = ''] = m;
      if (!(categories as readonly string[]).includes(category)) {
        throw new Error(`${file}:${index + 1}: unknown category ${category}`);
      }
      text += trimmed.slice(last, m.index);
      spans.push({
        start: text.length,
        end: text.length + inner.length,
        category: category as Category,
      });
      text += inner;
      last = (m.index ?? 0) + whole.length;
    }
    text += trimmed.slice(last);
    if (text.includes('[[') || text.includes(']]')) {
      throw new Error(`${file}:${index + 1}: unbalanced mark`);
    }
    examples.push({ text, spans });
  });
  return examples;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [source, target] of [
    ['bench/pii/sources/eval.txt', 'bench/pii/eval-set.jsonl'],
    ['bench/pii/sources/holdout.txt', 'bench/pii/holdout-set.jsonl'],
  ] as const) {
    const examples = parseSource(readFileSync(source, 'utf8'), source);
    writeFileSync(target, `${examples.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const clean = examples.filter((e) => e.spans.length === 0).length;
    console.info(`${target}: ${examples.length} sentences (${clean} without personal data)`);
  }
}
