import type { Kysely } from 'kysely';
import type { AuditPage, AuditQuery } from '../../shared/schemas/audit.js';
import type { Principal } from '../auth/permissions.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { type AuditFilter, auditRepository, type NewAuditEntry } from './audit.repository.js';
import type { AuditOutcome } from './audit.table.js';
import { type ChainBreak, ChainChecker } from './chain.js';

/** Where a request came from, as far as the audit trail is concerned. */
export interface ClientInfo {
  userAgent: string;
  clientAddress: string;
  requestId?: string | undefined;
}

/** Who did it: a signed-in principal, or only a client (a sign-in attempt). */
export interface AuditSource {
  principal?: Principal | undefined;
  client?: ClientInfo | undefined;
}

/** What happened. Never narrative text, passwords, tokens or codes. */
export interface AuditEvent {
  action: string;
  outcome?: AuditOutcome;
  resource?: { type: string; id?: string | null | undefined };
  districtId?: string | null | undefined;
  purpose?: string | null | undefined;
}

export type VerifyResult =
  | { intact: true; count: number; head: { seq: number; hash: string } | null }
  | { intact: false; count: number; broken: ChainBreak };

interface Pending {
  entry: NewAuditEntry;
  settle: (error?: unknown) => void;
}

export function auditService(db: Kysely<Database>, clock: () => Date) {
  function entryOf(source: AuditSource, event: AuditEvent): NewAuditEntry {
    const principal = source.principal;
    const roles = [...new Set(principal?.scopedRoles.map((assignment) => assignment.role))];
    return {
      at: clock().toISOString(),
      user_id: principal?.userId ?? null,
      organisation_id: principal?.organisationId ?? null,
      role: roles.length > 0 ? roles.sort().join(' ') : null,
      action: event.action,
      outcome: event.outcome ?? 'success',
      resource_type: event.resource?.type ?? null,
      resource_id: event.resource?.id ?? null,
      district_id: event.districtId ?? null,
      purpose: event.purpose ?? null,
      client_address: source.client?.clientAddress ?? null,
      user_agent: source.client?.userAgent.slice(0, 200) ?? null,
      request_id: source.client?.requestId ?? null,
    };
  }

  // Group commit: entries that arrive while a batch is being written go together in the next
  // transaction, so a hundred parallel reads cost a few commits (fsyncs), not a hundred.
  let queue: Pending[] = [];
  let writing = false;
  async function writeQueued(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await inTransaction(db, (trx) =>
          auditRepository(trx).append(batch.map((pending) => pending.entry)),
        );
        for (const pending of batch) pending.settle();
      } catch (error) {
        for (const pending of batch) pending.settle(error);
      }
    }
    writing = false;
  }

  function toFilter(query: Partial<AuditQuery>): AuditFilter {
    return {
      userId: query.user,
      resourceType: query.resourceType,
      resourceId: query.resourceId,
      action: query.action,
      from: query.from && new Date(query.from).toISOString(),
      until: query.until && new Date(query.until).toISOString(),
    };
  }

  async function page(filter: AuditFilter, query: { page: number; pageSize: number }) {
    const { rows, total } = await auditRepository(db).search(filter, {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const items = rows.map((row) => ({
      seq: row.seq,
      at: row.at,
      user: row.user_id ? { id: row.user_id, name: row.user_name } : null,
      organisation: row.organisation_id
        ? { id: row.organisation_id, name: row.organisation_name }
        : null,
      role: row.role,
      action: row.action,
      outcome: row.outcome,
      resourceType: row.resource_type,
      resourceId: row.resource_id,
      district: row.district_code,
      purpose: row.purpose,
      clientAddress: row.client_address,
      userAgent: row.user_agent,
      requestId: row.request_id,
    }));
    return { items, total, page: query.page, pageSize: query.pageSize } satisfies AuditPage;
  }

  const service = {
    /** Writes the entry in the caller's transaction: it stands or falls with the change. */
    async record(trx: Kysely<Database>, source: AuditSource, event: AuditEvent): Promise<void> {
      await inTransaction(trx, (inner) => auditRepository(inner).append([entryOf(source, event)]));
    },

    /**
     * Writes the entry on its own and resolves once it is committed (durable): a read of a
     * protected record is answered only after this. Never call it inside a transaction (on
     * SQLite it would wait for that transaction's connection).
     */
    recordNow(source: AuditSource, event: AuditEvent): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        queue.push({
          entry: entryOf(source, event),
          settle: (error) => (error === undefined ? resolve() : reject(error)),
        });
        if (!writing) void writeQueued();
      });
    },

    /** A page of the whole trail (for those who may read it); the search itself is audited. */
    async search(source: AuditSource, query: AuditQuery): Promise<AuditPage> {
      await service.recordNow(source, {
        action: 'audit.search',
        resource: { type: 'audit-trail' },
      });
      return page(toFilter(query), query);
    },

    /** A page of one account's trail: what it did, and what was done to it. */
    async accountTrail(
      source: AuditSource & { principal: Principal },
      query: { page: number; pageSize: number },
    ): Promise<AuditPage> {
      return page({ account: source.principal.userId }, query);
    },

    /**
     * A page of the changes made to one object (these actions on this resource), newest first,
     * with who and when: the history of a record for those who may keep it. Client details
     * (address, browser) are left out: they are for administrators' audit search only.
     */
    async history(
      resource: { type: string; id: string },
      actions: readonly string[],
      query: { page: number; pageSize: number },
    ) {
      const result = await page(
        { resourceType: resource.type, resourceId: resource.id, actions },
        query,
      );
      return {
        ...result,
        items: result.items.map((item) => ({
          at: item.at,
          user: item.user,
          organisation: item.organisation,
          action: item.action,
        })),
      };
    },

    /** Every entry matching the filter, oldest first, for export; the export is audited. */
    async exportRows(source: AuditSource, query: Partial<AuditQuery>) {
      await service.recordNow(source, {
        action: 'audit.export',
        resource: { type: 'audit-trail' },
      });
      const all: AuditPage['items'] = [];
      for (let pageNumber = 1; ; pageNumber += 1) {
        const result = await page(toFilter(query), { page: pageNumber, pageSize: 5_000 });
        all.push(...result.items);
        if (result.items.length < 5_000) break;
      }
      return all.reverse();
    },

    /** Follows the whole chain from the first entry; see ChainChecker. */
    async verify(): Promise<VerifyResult> {
      const checker = new ChainChecker();
      const repository = auditRepository(db);
      for (let after = 0; ; ) {
        const entries = await repository.entriesAfter(after, 5_000);
        for (const entry of entries) {
          const broken = checker.check(entry);
          if (broken) return { intact: false, count: checker.count, broken };
        }
        const last = entries.at(-1);
        if (!last) break;
        after = last.seq;
      }
      return { intact: true, count: checker.count, head: checker.head };
    },
  };
  return service;
}

export type AuditService = ReturnType<typeof auditService>;
