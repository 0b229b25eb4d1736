import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationNames } from '../server/db/migrate.js';
import { demoOrganisations, demoUsers } from '../server/demo/demo-data.js';
import { startServer } from '../server/main.js';
import { testServerConfig } from '../server/testing/test-config.js';
import { createTestDatabase, type TestDatabase } from '../server/testing/test-database.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'schakel-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * Runs `schakel` from source, as `npx schakel` runs it from the build: on SQLite in this file's
 * folder unless `environment` names a DATABASE_URL.
 */
function schakel(args: string[], environment: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...inherited, SCHAKEL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...environment },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

const changedOrganisations = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    const query = "select count(*) as n from organisations where name like '%(gewijzigd)'";
    return (db.prepare(query).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const organisationCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from organisations').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('schakel --help', () => {
  it('lists the commands', () => {
    const { code, stdout } = schakel(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed-demo', 'backup', 'restore']) {
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it.each([
    ['serve', 'serve the web app'],
    ['migrate', 'migrations'],
    ['seed-demo', 'fictional demo'],
    ['backup', '--to <file>'],
    ['restore', '--from <file>'],
  ])('has help of its own for %s', (command, text) => {
    const { code, stdout } = schakel([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(text);
  });
});

describe('schakel with a bad setting', () => {
  it('stops with one line naming the variable', () => {
    const { code, stderr } = schakel(['migrate'], { PORT: 'abc' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration: PORT /);
    expect(stderr.split('\n')).toHaveLength(1);
  });
});

describe('schakel migrate and seed-demo, on the engine under test', () => {
  let database: TestDatabase;
  let environment: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase();
    environment =
      database.config.engine === 'postgres'
        ? { DATABASE_URL: database.config.url }
        : { SCHAKEL_DATA_DIR: path.dirname(database.config.file) };
  });
  afterAll(() => database?.drop());

  it('migrates, seeds the demo once, and says so', () => {
    const engine = database.config.engine;
    expect(schakel(['migrate'], environment).stdout).toContain(
      `Applied ${migrationNames.length} migration(s) to the ${engine} database`,
    );
    expect(schakel(['migrate'], environment).stdout).toContain('up to date');
    expect(schakel(['seed-demo'], environment).stdout).toContain(
      `Seeded the demo: 2 districts, ${demoOrganisations.length} organisations, ${demoUsers.length} users`,
    );
    expect(schakel(['seed-demo'], environment).stdout).toContain('already holds data');
  });
});

describe('schakel backup and restore (SQLite)', () => {
  const file = path.join(dataDir, 'schakel.sqlite');
  beforeAll(() => {
    expect(schakel(['seed-demo']).code).toBe(0);
  });

  it('backs up and restores the database', () => {
    const backup = path.join(dataDir, 'backup.sqlite');
    const made = schakel(['backup', '--to', backup]);
    expect(made.code).toBe(0);
    expect(existsSync(backup)).toBe(true);

    const db = new Database(file);
    db.prepare("update organisations set name = name || ' (gewijzigd)'").run();
    db.close();
    expect(changedOrganisations(file)).toBe(demoOrganisations.length);

    const restored = schakel(['restore', '--from', backup]);
    expect(restored.code).toBe(0);
    expect(changedOrganisations(file)).toBe(0);
    expect(organisationCount(file)).toBe(demoOrganisations.length);
  });

  it('refuses to restore while a server uses the database', async () => {
    const backup = path.join(dataDir, 'backup.sqlite');
    const server = await startServer({
      ...testServerConfig({ engine: 'sqlite', file }, '/nonexistent'),
      // The keys `schakel seed-demo` sealed the demo's texts with: the key file of this folder.
      dataKeys: { keyFile: path.join(dataDir, 'keys', 'data-keys') },
    });
    try {
      const { code, stderr } = schakel(['restore', '--from', backup]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^The server \(process \d+\) is using the database; stop it first\.$/);
    } finally {
      await server.stop();
    }
    expect(schakel(['restore', '--from', backup]).code).toBe(0);
  });

  it('refuses to restore from a file that is not a Schakel database, and keeps the data', () => {
    const bogus = path.join(dataDir, 'notes.txt');
    writeFileSync(bogus, 'not a database at all');
    const { code, stderr } = schakel(['restore', '--from', bogus]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a SQLite database/);
    expect(organisationCount(file)).toBe(demoOrganisations.length);
  });

  it('points to pg_dump for a backup on PostgreSQL', () => {
    const { code, stderr } = schakel(['backup', '--to', 'x.dump'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('pg_dump');
  });
});

describe('schakel keys rotate', () => {
  const keysDir = mkdtempSync(path.join(tmpdir(), 'schakel-keys-'));
  afterAll(() => rmSync(keysDir, { recursive: true, force: true }));
  const keyFile = path.join(keysDir, 'keys', 'data-keys');

  it('puts a new key in front of the key file, keeps the older ones, and says so', () => {
    const first = schakel(['keys', 'rotate'], { SCHAKEL_DATA_DIR: keysDir });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Encrypted 0 value\(s\) again with key [0-9a-f]{12}, now first in /,
    );
    const second = schakel(['keys', 'rotate'], { SCHAKEL_DATA_DIR: keysDir });
    expect(second.code).toBe(0);
    const keys = readFileSync(keyFile, 'utf8').trim().split('\n');
    expect(keys).toHaveLength(2);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('refuses a SCHAKEL_DATA_KEY that is no key, without printing it', () => {
    const { code, stderr } = schakel(['keys', 'rotate'], {
      SCHAKEL_DATA_DIR: keysDir,
      SCHAKEL_DATA_KEY: 'geheim-maar-te-kort',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^SCHAKEL_DATA_KEY: key 1 is not 32 bytes in base64/);
    expect(stderr).not.toContain('geheim');
  });
});

describe('schakel keys forget', () => {
  const forgetDir = mkdtempSync(path.join(tmpdir(), 'schakel-forget-'));
  afterAll(() => rmSync(forgetDir, { recursive: true, force: true }));
  // The demo's texts are sealed with a key that is then lost; the installation has another.
  const lostKey = Buffer.alloc(32, 7).toString('base64');
  const otherKey = Buffer.alloc(32, 9).toString('base64');
  const run = (args: string[]) =>
    schakel(args, { SCHAKEL_DATA_DIR: forgetDir, SCHAKEL_DATA_KEY: otherKey });
  let lostId = '';

  beforeAll(() => {
    const seeded = schakel(['seed-demo'], {
      SCHAKEL_DATA_DIR: forgetDir,
      SCHAKEL_DATA_KEY: lostKey,
    });
    expect(seeded.code).toBe(0);
    const db = new Database(path.join(forgetDir, 'schakel.sqlite'), { readonly: true });
    try {
      const row = db
        .prepare(
          'select description_sealed as value from cases where description_sealed is not null',
        )
        .get() as { value: string };
      lostId = row.value.split('.')[1] ?? '';
    } finally {
      db.close();
    }
  });

  it('counts the texts a lost key sealed, erases them only when asked, and then none are left', () => {
    const counted = run(['keys', 'forget', lostId]);
    expect(counted.code).toBe(0);
    const texts = Number(/^(\d+) text\(s\) were sealed with key/.exec(counted.stdout)?.[1]);
    expect(texts).toBeGreaterThan(0);
    expect(counted.stdout).toContain('Run again with --erase');

    const erased = run(['keys', 'forget', lostId, '--erase']);
    expect(erased.code).toBe(0);
    expect(erased.stdout).toBe(`Erased ${texts} text(s) sealed with key ${lostId}.\n`);
    expect(run(['keys', 'forget', lostId]).stdout).toMatch(/^0 text\(s\) were sealed/);
  });

  it('refuses what is no key id, and a key the installation has', () => {
    const notAnId = run(['keys', 'forget', 'abc']);
    expect(notAnId.code).toBe(1);
    expect(notAnId.stderr).toBe('abc is not a key id (12 hex digits).');
    const installed = schakel(['keys', 'forget', lostId], {
      SCHAKEL_DATA_DIR: forgetDir,
      SCHAKEL_DATA_KEY: lostKey,
    });
    expect(installed.code).toBe(1);
    expect(installed.stderr).toContain('is configured');
  });
});
