import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { detectPersonalData } from '../../shared/privacy/index.js';
import type { Finding } from '../../shared/privacy/types.js';

/** Always the same keys in the same order, whatever the detector's objects hold. */
const plain = (findings: Finding[]) =>
  findings.map(({ start, end, category, text }) => ({ start, end, category, text }));

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

/** One JSON line in, one JSON line out, in order; a line that is not `{"text": …}` says so. */
async function scanJsonLines(): Promise<number> {
  let failures = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    let input: { id?: unknown; text?: unknown } | undefined;
    try {
      input = JSON.parse(line) as typeof input;
    } catch {
      input = undefined;
    }
    const id = input && typeof input === 'object' && 'id' in input ? input.id : null;
    if (!input || typeof input !== 'object' || typeof input.text !== 'string') {
      failures += 1;
      await write(
        JSON.stringify({ id, findings: [], error: 'expected an object with a "text" string' }),
      );
      continue;
    }
    await write(JSON.stringify({ id, findings: plain(detectPersonalData(input.text)) }));
  }
  return failures;
}

/** Line and column (from 1) of an offset, for people reading the report. */
function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

async function scanText(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const findings = detectPersonalData(text);
  if (findings.length === 0) {
    console.info('No personal data found.');
    return;
  }
  console.info(`${findings.length} possible piece(s) of personal data:`);
  for (const finding of findings) {
    console.info(
      `  ${positionOf(text, finding.start)}  ${finding.category.padEnd(8)} ${JSON.stringify(finding.text)}`,
    );
  }
}

const scanCommand = () =>
  new Command('scan')
    .description(
      'Look for personal data in text on standard input. With --jsonl: one JSON object with a ' +
        '"text" field (and an "id", copied through) per line in, one {"id", "findings"} per line out.',
    )
    .option('--jsonl', 'read and write JSON lines')
    .action(async (options: { jsonl?: boolean }) => {
      if (options.jsonl) {
        const failures = await scanJsonLines();
        if (failures > 0) process.exitCode = 1;
      } else {
        await scanText();
      }
    });

export const piiCommand = () =>
  new Command('pii')
    .description('The PII guard: personal data in free text.')
    .addCommand(scanCommand());
