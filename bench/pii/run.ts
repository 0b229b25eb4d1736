/**
 * `npm run bench:pii`: recall and precision of the PII guard per category on the evaluation
 * set and the unseen holdout set, throughput in MB/s on one core, and the time for a
 * 2,000-character text in Node and in Chromium. Prints a report and writes it to its section
 * of bench/RESULTS.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { categories, detectPersonalData } from '../../src/shared/privacy/index.js';
import { writeResultsSection } from '../results.js';
import type { Example } from './build-sets.js';
import { MATCHING_RULE, precision, recall, type Score, score } from './score.js';

const sets = [
  { name: 'evaluation set', file: 'bench/pii/eval-set.jsonl' },
  { name: 'holdout set (unseen while tuning)', file: 'bench/pii/holdout-set.jsonl' },
] as const;

function load(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);
}

const fmt = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
};

// The first call builds the lexicon: measure it before anything else runs.
const firstStart = performance.now();
detectPersonalData('Moeder Fatima belt 06-12345678.');
const firstCallMs = performance.now() - firstStart;

const loaded = sets.map((s) => ({ ...s, examples: load(s.file) }));
const scores = loaded.map((s) => ({ ...s, score: score(s.examples) }));

function table(s: Score): string {
  const rows = [
    '| category | annotated | found | recall | findings | correct | precision |',
    '| -------- | --------: | ----: | -----: | -------: | ------: | --------: |',
  ];
  for (const c of categories) {
    const t = s.perCategory[c];
    if (t.spans === 0 && t.findings === 0) continue;
    rows.push(
      `| ${c} | ${t.spans} | ${t.found} | ${fmt(recall(t))} | ${t.findings} | ${t.correct} | ${fmt(precision(t))} |`,
    );
  }
  const o = s.overall;
  rows.push(
    `| **overall** | ${o.spans} | ${o.found} | **${fmt(recall(o))}** | ${o.findings} | ${o.correct} | **${fmt(precision(o))}** |`,
  );
  return rows.join('\n');
}

// Throughput: the texts of both sets, repeated to about 8 MB, as one text.
const allTexts = loaded.flatMap((s) => s.examples.map((e) => e.text));
const base = allTexts.join('\n');
let big = base;
while (Buffer.byteLength(big) < 8_000_000) big += `\n${base}`;
const bigMB = Buffer.byteLength(big) / 1e6;
detectPersonalData(big.slice(0, 2_000_000)); // warm-up
detectPersonalData(big.slice(2_000_000, 4_000_000));
const bigRuns: number[] = [];
let bigFindings = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  bigFindings = detectPersonalData(big).length;
  bigRuns.push((performance.now() - t0) / 1000);
}
const mbPerSecond = bigMB / median(bigRuns);

// Sentence by sentence, as a server checks one field at a time (after a warm-up that lets the
// JIT compile the hot paths).
for (let r = 0; r < 100; r++) for (const text of allTexts) detectPersonalData(text);
const sentenceRuns: number[] = [];
const sentenceBytes = Buffer.byteLength(allTexts.join(''));
for (let r = 0; r < 50; r++) {
  const t0 = performance.now();
  for (const text of allTexts) detectPersonalData(text);
  sentenceRuns.push((performance.now() - t0) / 1000);
}
const sentenceMBps = sentenceBytes / 1e6 / median(sentenceRuns);

// A 2,000-character case description made of evaluation sentences.
let note = '';
for (const t of allTexts) {
  if (note.length >= 2000) break;
  note += `${t} `;
}
note = note.slice(0, 2000);
for (let i = 0; i < 1000; i++) detectPersonalData(note);
const noteRuns: number[] = [];
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  detectPersonalData(note);
  noteRuns.push(performance.now() - t0);
}

// What the detector adds to a browser bundle (minified, gzip), when esbuild is at hand, and
// how long a 2,000-character text takes in Chromium, when it is installed.
let bundle = 'not measured (esbuild not found)';
let inBrowser = 'not measured (no chromium)';
try {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: ['src/shared/privacy/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  bundle = `${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KiB minified + gzip`;
  inBrowser = (await timeInChromium(esbuild, note)) ?? inBrowser;
} catch {
  // esbuild comes with vite; without it the size is simply not reported.
}

/** Median and 99th percentile of 500 checks of `text` in headless Chromium (the browser's JIT). */
async function timeInChromium(esbuild: typeof import('esbuild'), text: string) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return undefined;
  const script = await esbuild.build({
    entryPoints: ['src/shared/privacy/index.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'schakelPrivacy',
    write: false,
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script.outputFiles[0]?.text ?? '' });
    const times = await page.evaluate((sample) => {
      const detector = (
        window as unknown as Record<string, { detectPersonalData(t: string): unknown[] }>
      ).schakelPrivacy;
      // The first call builds the word lists; the next ones let the JIT settle, as it has
      // after a few seconds of typing.
      for (let run = 0; run < 300; run++) detector?.detectPersonalData(sample);
      const runs: number[] = [];
      for (let run = 0; run < 500; run++) {
        const start = performance.now();
        detector?.detectPersonalData(sample);
        runs.push(performance.now() - start);
      }
      return runs.sort((a, b) => a - b);
    }, text);
    const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2);
    return `median ${at(0.5)} ms, 99th percentile ${at(0.99)} ms (Chromium ${browser.version()}, 500 checks after 300 to warm up)`;
  } finally {
    await browser.close();
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const loadAverage = loadavg()[0]?.toFixed(1) ?? '?';
const lines = [
  '# PII guard: benchmark results',
  '',
  `Written by \`npm run bench:pii\` (bench/pii/run.ts) on ${new Date().toISOString().slice(0, 10)}: Node.js ${process.version}, one core of ${cpu} (${cpus().length} cores, load average ${loadAverage} over the last minute: timings drop on a busy machine).`,
  '',
  `Matching rule: ${MATCHING_RULE}. Recall is found / annotated, precision is correct / findings, per category and over all categories (micro-averaged).`,
  '',
  'Both sets are fictional and written by the author of the detector. The evaluation set was used for tuning; the holdout set was written before tuning, in other styles (telegraphic minutes, chat, e-mail fragments, lists), and only its totals were looked at while the detector was developed, never its individual misses.',
  '',
];
for (const s of scores) {
  lines.push(
    `## ${s.name[0]?.toUpperCase()}${s.name.slice(1)}: ${s.score.sentences} sentences, ${s.score.sentences - s.score.clean} with personal data, ${s.score.clean} without`,
    '',
    `\`${s.file}\``,
    '',
    table(s.score),
    '',
  );
}
lines.push(
  '## Speed',
  '',
  '| measure | result |',
  '| ------- | -----: |',
  `| throughput, one ${bigMB.toFixed(1)} MB text (median of 5 runs, ${bigFindings} findings) | ${mbPerSecond.toFixed(1)} MB/s |`,
  `| throughput, sentence by sentence (${allTexts.length} texts, median of 50 rounds) | ${sentenceMBps.toFixed(1)} MB/s |`,
  `| a 2,000-character text, median of 2,000 runs | ${median(noteRuns).toFixed(3)} ms |`,
  `| a 2,000-character text, 99th percentile | ${percentile(noteRuns, 0.99).toFixed(3)} ms |`,
  `| first call, including building the lexicon | ${firstCallMs.toFixed(1)} ms |`,
  `| a 2,000-character text in the browser | ${inBrowser} |`,
  '',
  `Browser bundle of \`src/shared/privacy/index.ts\` (esbuild): ${bundle}.`,
  '',
  'Targets (issue "PII guard"): recall ≥ 0.97 overall and ≥ 0.95 for names, 1.0 for BSN, IBAN, phone, e-mail, postcode and plate; precision ≥ 0.90; ≥ 5 MB/s; a 2,000-character text in < 5 ms.',
  '',
);
const report = lines.join('\n');
// One level down: a section of bench/RESULTS.md.
writeResultsSection('pii', report.replace(/^(#+) /gm, '#$1 '));
console.info(report);
