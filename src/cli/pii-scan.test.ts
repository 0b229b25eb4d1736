import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `schakel pii scan` from source, with `input` on standard input. */
function scan(args: string[], input: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'pii', 'scan', ...args],
    { input, encoding: 'utf8', timeout: 30_000, env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('schakel pii scan --jsonl', () => {
  it('writes one line per line read, in order, with the id copied through', () => {
    const lines = [
      { id: 'a-1', text: 'Vader belt naar 06-12345678.' },
      { id: 7, text: 'De buurvrouw helpt moeder met de boodschappen.' },
      { text: 'Mail naar j.jansen@voorbeeld.nl graag.' },
    ];
    const { code, stdout } = scan(
      ['--jsonl'],
      `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`,
    );
    expect(code).toBe(0);
    const output = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(output).toEqual([
      { id: 'a-1', findings: [{ start: 16, end: 27, category: 'phone', text: '06-12345678' }] },
      { id: 7, findings: [] },
      {
        id: null,
        findings: [{ start: 10, end: 31, category: 'email', text: 'j.jansen@voorbeeld.nl' }],
      },
    ]);
    // The keys in the promised order, on every line.
    expect(stdout.split('\n')[0]).toMatch(
      /^\{"id":"a-1","findings":\[\{"start":16,"end":27,"category":"phone","text":/,
    );
  });

  it('answers a line that is not an object with text, and exits 1', () => {
    const { code, stdout } = scan(
      ['--jsonl'],
      '{"id":1,"text":"Geen gegevens."}\nkapot\n{"id":2}\n',
    );
    expect(code).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { id: 1, findings: [] },
      { id: null, findings: [], error: 'expected an object with a "text" string' },
      { id: 2, findings: [], error: 'expected an object with a "text" string' },
    ]);
  });
});

describe('schakel pii scan', () => {
  it('prints a readable report of plain text', () => {
    const { code, stdout } = scan([], 'Overleg gehad.\nZij woont aan de Dapperstraat 12-2.\n');
    expect(code).toBe(0);
    expect(stdout).toContain('1 possible piece(s) of personal data:');
    expect(stdout).toMatch(/2:18\s+address\s+"Dapperstraat 12-2"/);
  });

  it('says so when there is nothing', () => {
    expect(scan([], 'De tafel bespreekt de hulpvraag.').stdout).toBe('No personal data found.\n');
  });
});
