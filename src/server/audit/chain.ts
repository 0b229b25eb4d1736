import { createHash } from 'node:crypto';
import type { AuditEntryTable } from './audit.table.js';

/** The `prev_hash` of the first entry. */
export const genesisHash = '0'.repeat(64);

/** Every field of an entry except its own hash, in a fixed order. */
export type ChainedFields = Omit<AuditEntryTable, 'hash'>;

/**
 * The SHA-256 of an entry: over its fields, in a fixed order, including the previous entry's
 * hash. Changing any field — or the order of entries — changes it.
 */
export function entryHash(entry: ChainedFields): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at,
    entry.user_id,
    entry.organisation_id,
    entry.role,
    entry.action,
    entry.outcome,
    entry.resource_type,
    entry.resource_id,
    entry.district_id,
    entry.purpose,
    entry.client_address,
    entry.user_agent,
    entry.request_id,
    entry.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Where the chain breaks, and what most likely happened there. */
export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * Follows the chain through entries in `seq` order, from the start, and reports the first
 * break: an entry whose fields do not match its hash (changed), a gap in the numbers
 * (removed), an entry that only matches one place further down (one was inserted before it),
 * or an entry that does not follow the previous one.
 */
export class ChainChecker {
  private previous: { seq: number; hash: string } | null = null;
  count = 0;

  check(entry: AuditEntryTable): ChainBreak | undefined {
    const broken = this.breakAt(entry);
    if (broken) return broken;
    this.previous = { seq: entry.seq, hash: entry.hash };
    this.count += 1;
    return undefined;
  }

  get head() {
    return this.previous;
  }

  private breakAt(entry: AuditEntryTable): ChainBreak | undefined {
    const expectedSeq = (this.previous?.seq ?? 0) + 1;
    const n = entry.seq;
    if (entryHash(entry) !== entry.hash) {
      if (entryHash({ ...entry, seq: n - 1 }) === entry.hash) {
        return {
          seq: n - 1,
          reason: `entry #${n - 1} was inserted (the entries after it were renumbered)`,
        };
      }
      if (entryHash({ ...entry, seq: n + 1 }) === entry.hash) {
        return {
          seq: n,
          reason: `an entry before #${n} was removed (the entries after it were renumbered)`,
        };
      }
      return { seq: n, reason: `entry #${n} was changed: its fields do not match its hash` };
    }
    if (n > expectedSeq) {
      const removed = n - 1 === expectedSeq ? `#${expectedSeq}` : `#${expectedSeq} to #${n - 1}`;
      return { seq: expectedSeq, reason: `entry ${removed} was removed` };
    }
    if (n < expectedSeq) return { seq: n, reason: `entry #${n} appears twice` };
    if (entry.prev_hash !== (this.previous?.hash ?? genesisHash)) {
      return {
        seq: n,
        reason: `entry #${n} does not follow entry #${n - 1}: one of them was changed, inserted or replaced`,
      };
    }
    return undefined;
  }
}
