/**
 * `npm run bench`: load on the real server from this, a second process, with autocannon.
 * Starts `schakel serve` (demo seeded) on SQLite and — when PostgreSQL answers — on PostgreSQL,
 * measures requests per second, latency and the server's memory, and writes bench/RESULTS.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { DatabaseConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { demoPassword } from '../src/server/demo/demo-data.js';
import { createPostgresDatabase } from '../src/server/testing/postgres-database.js';
import { type AuditedReadRow, measureAuditedReads } from './audited-reads.js';
import { benchDirectorySearch } from './directory-search.js';
import { writeResultsSection } from './results.js';
import { sessionCookie } from './session.js';

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;
const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  /** Send the session cookie of this signed-in demo user. */
  signedIn?: 'analyst' | 'admin';
  /** Parallel connections, when not the default. */
  connections?: number;
}

const analyst = { email: 'analist@demo.schakel.example', password: demoPassword };
const admin = { email: 'beheer@demo.schakel.example', password: demoPassword };
/** Replaced by the id of a demo member once the administrator has looked it up. */
const memberId = ':member';

const scenarios: Scenario[] = [
  { name: 'health (one database round trip)', path: '/api/v1/health' },
  { name: 'organisations of Nieuw-West (3 queries)', path: '/api/v1/organisations?district=NW' },
  {
    name: 'who am I, signed in (session check + 5 queries)',
    path: '/api/v1/me',
    signedIn: 'analyst',
  },
  {
    name: 'an account, as administrator (audited read)',
    path: `/api/v1/users/${memberId}`,
    signedIn: 'admin',
  },
  {
    name: 'sign-in with password (scrypt N=2^17)',
    path: '/api/v1/session',
    method: 'POST',
    body: JSON.stringify(analyst),
    // Two at a time (two cores): more parallel attempts on one account count as pending
    // failures and are throttled on purpose, which would measure the throttle, not sign-in.
    connections: 2,
  },
];

/** The id of a demo member, as the administrator finds it. */
async function demoMemberId(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/users?q=farah`, { headers: { cookie } });
  const page = (await response.json()) as { items: { id: string }[] };
  const id = page.items[0]?.id;
  if (!id) throw new Error('the demo member was not found');
  return id;
}

interface Row {
  engine: string;
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  rssMiB: number;
}

const rssMiB = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

async function startServer(
  environment: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['bin/schakel.js', 'serve'], {
    env: {
      ...process.env,
      ...environment,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { child, url };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the server did not start');
}

async function measure(engine: string, environment: Record<string, string>): Promise<Row[]> {
  const { child, url } = await startServer(environment);
  const rows: Row[] = [];
  try {
    const cookies = {
      analyst: await sessionCookie(url, analyst),
      admin: await sessionCookie(url, admin),
    };
    const member = await demoMemberId(url, cookies.admin);
    for (const scenario of scenarios) {
      const options = {
        url: `${url}${scenario.path.replace(memberId, member)}`,
        connections: scenario.connections ?? connections,
        method: scenario.method ?? 'GET',
        headers: {
          'x-csrf-protection': '1',
          'content-type': 'application/json',
          ...(scenario.signedIn ? { cookie: cookies[scenario.signedIn] } : {}),
        },
        ...(scenario.body ? { body: scenario.body } : {}),
      };
      // A short warm-up, so the JIT and the database caches are the same for every scenario.
      await autocannon({ ...options, duration: 2 });
      const result = await autocannon({ ...options, duration: durationSeconds });
      rows.push({
        engine,
        scenario: scenario.name,
        requestsPerSecond: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
        rssMiB: rssMiB(child.pid ?? 0),
      });
      console.info(rows.at(-1));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited; // before its database or data folder is removed
  }
  return rows;
}

/** A scratch database for the run, or undefined when no PostgreSQL server answers. */
async function postgresDatabase() {
  try {
    return await createPostgresDatabase(postgresUrl, 'schakel_bench');
  } catch {
    return undefined;
  }
}

/** The in-process audited-read comparison, on the database the server just used. */
async function auditedReads(engine: string, config: DatabaseConfig) {
  const database = openDatabase(config);
  try {
    return await measureAuditedReads(engine, database, Math.min(durationSeconds, 5));
  } finally {
    await database.close();
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'schakel-bench-'));
const rows: Row[] = [];
const auditRows: AuditedReadRow[] = [];
try {
  rows.push(...(await measure('SQLite', { SCHAKEL_DATA_DIR: dataDir, DATABASE_URL: '' })));
  auditRows.push(
    ...(await auditedReads('SQLite', {
      engine: 'sqlite',
      file: path.join(dataDir, 'schakel.sqlite'),
    })),
  );
  const postgres = await postgresDatabase();
  if (postgres) {
    try {
      rows.push(
        ...(await measure('PostgreSQL', { DATABASE_URL: postgres.url, SCHAKEL_SEED_DEMO: 'true' })),
      );
      auditRows.push(
        ...(await auditedReads('PostgreSQL', {
          engine: 'postgres',
          url: postgres.url,
          poolMax: 10,
        })),
      );
    } finally {
      await postgres.drop();
    }
  } else {
    console.warn('PostgreSQL did not answer; measured SQLite only.');
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const table = [
  '| engine | scenario | requests/s | p50 ms | p99 ms | errors | server RSS MiB |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.engine} | ${row.scenario} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.rssMiB} |`,
  ),
].join('\n');

const auditTable = [
  '| engine | the read of one account (GET /users/:id) | reads/s | p50 ms | p99 ms |',
  '|---|---|---:|---:|---:|',
  ...auditRows.map(
    (row) => `| ${row.engine} | ${row.mode} | ${row.readsPerSecond} | ${row.p50} | ${row.p99} |`,
  ),
].join('\n');

writeResultsSection(
  'server',
  `## Server: requests per second

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}:
${cpus().length} cores, Node.js ${process.version}. The server runs as its own process
(\`schakel serve\`, demo data, log level warn); autocannon loads it from the bench process over
loopback with ${connections} connections for ${durationSeconds} s per scenario after a 2 s warm-up.
RSS is the server's resident memory right after the scenario.

${table}

Sign-in runs two at a time (one account, two cores). Sign-in is slow on purpose: scrypt with N=2^17 costs about 370 ms of one core per attempt, so
a 2-core machine signs in only a handful of people per second — ample for a district, and the
price of making a stolen hash expensive to crack. Each hash also takes 128 MiB for its moment
(128·N·r bytes); Node runs at most four at once (its thread pool), so plan
for up to 0.5 GiB more while many people sign in at once.

### Audited reads

A read of a protected record is answered only once its audit entry is committed (durable:
SQLite \`synchronous=FULL\`, PostgreSQL's default \`fsync\`). Entries that arrive while one
batch is being committed are committed together in the next transaction (group commit), so the
trail costs a few commits per burst of reads instead of one per read. Measured in one process
(bench/audited-reads.ts) with 16 concurrent callers, after the HTTP run, on the same database:

${auditTable}

The HTTP row "an account, as administrator (audited read)" above is the same read served
end to end.
`,
);
console.info('\nWritten to bench/RESULTS.md');

// The directory search at 5,000 organisations (its own databases; its own section).
await benchDirectorySearch();
