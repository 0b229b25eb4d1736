import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../db/queries.js';
import type { Database } from '../db/schema.js';
import type { AuditEntryTable } from './audit.table.js';
import { type ChainedFields, entryHash, genesisHash } from './chain.js';

export type AuditEntryRow = AuditEntryTable;
export type NewAuditEntry = Omit<ChainedFields, 'seq' | 'prev_hash'>;

export interface AuditFilter {
  userId?: string | undefined;
  /** Entries by this user or about this user's account. */
  account?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  action?: string | undefined;
  /** Any of these actions. */
  actions?: readonly string[] | undefined;
  from?: string | undefined;
  until?: string | undefined;
}

// Any constant will do: it names the lock that serialises appends on PostgreSQL.
const chainLockKey = 7_513_000_001;
// SQLite allows 32,766 bound values per statement; 16 columns × 1,000 rows stays well below.
const insertChunk = 1_000;

export function auditRepository(db: Kysely<Database>) {
  return {
    /**
     * Appends entries to the chain. Must run inside a transaction: on PostgreSQL it takes a
     * transaction-level lock so that concurrent writers extend the chain one after another
     * (SQLite has one writer at a time anyway).
     */
    async append(entries: NewAuditEntry[]): Promise<void> {
      if (!db.isTransaction) throw new Error('audit entries are appended inside a transaction');
      if (entries.length === 0) return;
      if (isPostgres(db)) {
        await sql`select pg_advisory_xact_lock(${chainLockKey})`.execute(db);
      } else {
        // A write that changes nothing takes SQLite's write lock (waiting for another process
        // if need be) before the head is read; reading first could deadlock on the upgrade.
        await sql`update audit_entries set seq = seq where 0`.execute(db);
      }
      const head = await db
        .selectFrom('audit_entries')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? genesisHash;
      const rows = entries.map((entry) => {
        seq += 1;
        const fields: ChainedFields = { ...entry, seq, prev_hash: prevHash };
        prevHash = entryHash(fields);
        return { ...fields, hash: prevHash };
      });
      for (let start = 0; start < rows.length; start += insertChunk) {
        await db
          .insertInto('audit_entries')
          .values(rows.slice(start, start + insertChunk))
          .execute();
      }
    },

    /** Entries after `afterSeq`, in chain order: for verification, page by page. */
    entriesAfter(afterSeq: number, limit: number): Promise<AuditEntryRow[]> {
      return db
        .selectFrom('audit_entries')
        .selectAll()
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
    },

    /** A page of entries matching the filter, newest first, with the acting user's name. */
    async search(filter: AuditFilter, page: { offset: number; limit: number }) {
      let query = db.selectFrom('audit_entries');
      if (filter.userId) query = query.where('audit_entries.user_id', '=', filter.userId);
      if (filter.account) {
        const account = filter.account;
        query = query.where((eb) =>
          eb.or([
            eb('audit_entries.user_id', '=', account),
            eb.and([
              eb('audit_entries.resource_type', '=', 'user'),
              eb('audit_entries.resource_id', '=', account),
            ]),
          ]),
        );
      }
      if (filter.resourceType) {
        query = query.where('audit_entries.resource_type', '=', filter.resourceType);
      }
      if (filter.resourceId)
        query = query.where('audit_entries.resource_id', '=', filter.resourceId);
      if (filter.action) query = query.where('audit_entries.action', '=', filter.action);
      if (filter.actions) {
        const actions = [...filter.actions];
        query = query.where('audit_entries.action', 'in', actions.length > 0 ? actions : ['']);
      }
      if (filter.from) query = query.where('audit_entries.at', '>=', filter.from);
      if (filter.until) query = query.where('audit_entries.at', '<', filter.until);
      const [rows, total] = await Promise.all([
        query
          .leftJoin('users', 'users.id', 'audit_entries.user_id')
          .leftJoin('organisations', 'organisations.id', 'audit_entries.organisation_id')
          .leftJoin('districts', 'districts.id', 'audit_entries.district_id')
          .selectAll('audit_entries')
          .select([
            'users.display_name as user_name',
            'organisations.name as organisation_name',
            'districts.code as district_code',
          ])
          .orderBy('audit_entries.seq', 'desc')
          .offset(page.offset)
          .limit(page.limit)
          .execute(),
        query
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .executeTakeFirstOrThrow()
          .then((row) => Number(row.count)),
      ]);
      return { rows, total };
    },
  };
}
