import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = 'bench/RESULTS.md';
const title =
  '# Benchmark results\n\nEach benchmark writes its own section; the others stay as they were.\n';

/**
 * Puts one benchmark's figures into bench/RESULTS.md, between markers of its own, so that
 * `npm run bench` and `npm run bench:pii` can each renew theirs without erasing the other's.
 */
export function writeResultsSection(name: string, markdown: string): void {
  const begin = `<!-- begin ${name} -->`;
  const end = `<!-- end ${name} -->`;
  const section = `${begin}\n\n${markdown.trim()}\n\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : title;
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next.startsWith('# ') ? next : `${title}\n${next}`);
  try {
    // Aligned tables, as biome formats the repository's Markdown.
    execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' });
  } catch {
    // Unformatted tables read the same.
  }
}
