import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/auth.service.js';
import { authorize, scopeOf } from '../../auth/permissions.js';
import type { Database } from '../../db/schema.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { type CaseRow, casesRepository } from './cases.repository.js';

/** A case as the audit trail names it. */
export const caseResource = (row: { id: string }) => ({ type: 'case', id: row.id });

/**
 * Who reaches a case, and whether it still takes text: the rules every write to a case or its
 * actions checks first (the cases and the case-actions services both).
 */
export function caseGuards(db: Kysely<Database>, clock: () => Date) {
  const repository = casesRepository(db);
  const scope = (actor: Actor) => scopeOf(actor.principal, 'cases.work');
  /** The case if the actor reaches it (its group, or they hold it); 404 otherwise. */
  async function reachable(actor: Actor, id: string): Promise<CaseRow> {
    authorize(actor, 'cases.work');
    const row = await repository.find(scope(actor), actor.user.id, id);
    if (!row) throw new NotFoundError('There is no such case, or it is not yours to see.');
    return row;
  }

  /**
   * Nothing can be added to a case whose consent was withdrawn, or whose texts were erased
   * after the retention period: its story ended.
   */
  function assertWritable(row: {
    consent_withdrawn_at: string | null;
    narrative_erased_at: string | null;
  }) {
    if (row.consent_withdrawn_at) {
      throw new ConflictError(
        'Consent for this case was withdrawn: nothing can be added to it any more.',
      );
    }
    if (row.narrative_erased_at) {
      throw new ConflictError(
        'The texts of this case were erased after its retention period: bring it in again as a new case.',
      );
    }
  }

  /** In the write's transaction: the case still takes text (see `holdOpenCase`), or 409. */
  async function holdOpenCase(trx: Kysely<Database>, caseId: string, mustBeOpen = false) {
    const open = await casesRepository(trx).holdOpenCase(caseId, clock().toISOString(), {
      mustBeOpen,
    });
    if (!open) {
      throw new ConflictError(
        'The case was closed, or its consent withdrawn, a moment ago: nothing was saved.',
      );
    }
  }

  return { scope, reachable, assertWritable, holdOpenCase };
}
