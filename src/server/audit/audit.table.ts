/**
 * One line of the audit trail. Append-only (database triggers refuse UPDATE and DELETE) and
 * chained: `hash` is the SHA-256 of this entry's fields and `prev_hash`, the previous entry's
 * hash, so a changed, removed or inserted entry breaks the chain (`schakel audit verify`).
 * Never narrative text, passwords, tokens or codes.
 */
export interface AuditEntryTable {
  /** 1, 2, 3, … without gaps: the order of the chain. */
  seq: number;
  at: string;
  user_id: string | null;
  organisation_id: string | null;
  /** The actor's roles at the time, e.g. `coordinator:NW member:<group id>`. */
  role: string | null;
  action: string;
  outcome: AuditOutcome;
  resource_type: string | null;
  resource_id: string | null;
  district_id: string | null;
  purpose: string | null;
  client_address: string | null;
  user_agent: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export type AuditOutcome = 'success' | 'failure' | 'denied';
