/**
 * Audited reads against the same read without audit, in one process, on one database: the
 * service that answers GET /users/:id, run by 16 concurrent callers for a few seconds each,
 * with the real audit trail (group commit), with a trail that commits every entry on its
 * own, and with no trail at all.
 */
import type { AuditService } from '../src/server/audit/audit.service.js';
import { auditService } from '../src/server/audit/audit.service.js';
import { type Actor, authService, defaultAuthSettings } from '../src/server/auth/auth.service.js';
import type { DatabaseHandle } from '../src/server/db/database.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { peopleService } from '../src/server/modules/people/people.service.js';
import { usersService } from '../src/server/modules/people/users.service.js';

export interface AuditedReadRow {
  engine: string;
  mode: string;
  readsPerSecond: number;
  p50: number;
  p99: number;
}

const callers = 16;
const clock = () => new Date();

/** The demo administrator as an actor, without going through sign-in. */
async function adminActor(db: DatabaseHandle['db']): Promise<Actor> {
  const people = peopleService(db);
  const user = await people.findUserByEmail('beheer@demo.schakel.example');
  if (!user) throw new Error('the demo administrator is missing');
  const now = clock().toISOString();
  return {
    user,
    ...(await people.rolesOf(user)),
    session: {
      id: '00000000-0000-7000-8000-000000000000',
      token_hash: '',
      user_id: user.id,
      stage: 'complete',
      created_at: now,
      authenticated_at: now,
      last_seen_at: now,
      expires_at: now,
      ended_at: null,
      user_agent: 'bench',
      code_failures: 0,
    },
    client: { clientAddress: '127.0.0.1', userAgent: 'bench', requestId: 'bench' },
  };
}

async function run(read: () => Promise<unknown>, seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        await read();
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((latencies[Math.floor(q * (latencies.length - 1))] ?? 0) * 10) / 10;
  return { readsPerSecond: Math.round(latencies.length / seconds), p50: at(0.5), p99: at(0.99) };
}

export async function measureAuditedReads(
  engine: string,
  { db }: DatabaseHandle,
  seconds: number,
): Promise<AuditedReadRow[]> {
  const actor = await adminActor(db);
  const audit = auditService(db, clock);
  const target = await peopleService(db).findUserByEmail('farah@demo.schakel.example');
  if (!target) throw new Error('the demo member is missing');

  const modes: [string, AuditService][] = [
    ['without audit (the same read)', { ...audit, recordNow: async () => {} }],
    ['audited, group commit (as served)', audit],
    [
      'audited, one commit per entry',
      {
        ...audit,
        recordNow: (source, event) => inTransaction(db, (trx) => audit.record(trx, source, event)),
      },
    ],
  ];
  const rows: AuditedReadRow[] = [];
  for (const [mode, trail] of modes) {
    const users = usersService(db, {
      audit: trail,
      auth: authService(db, defaultAuthSettings, clock, trail),
    });
    const read = () => users.get(actor, target.id);
    await run(read, 1); // warm-up
    rows.push({ engine, mode, ...(await run(read, seconds)) });
    console.info(rows.at(-1));
  }
  const verified = await audit.verify();
  if (!verified.intact) throw new Error('the audit trail broke during the benchmark');
  return rows;
}
