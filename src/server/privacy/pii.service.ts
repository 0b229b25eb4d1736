import type { Kysely } from 'kysely';
import { detectPersonalData } from '../../shared/privacy/index.js';
import { overrideHash as hashOf, overrideKey } from '../../shared/privacy/overrideKey.js';
import type { Finding } from '../../shared/privacy/types.js';
import type { PiiOverride } from '../../shared/schemas/privacy.js';
import type { FieldError } from '../../shared/schemas/problem.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/auth.service.js';
import { authorize } from '../auth/permissions.js';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { InvalidInputError } from '../errors.js';
import { piiRepository } from './pii.repository.js';

/**
 * The PII guard on the server: the rule, where the browser's highlighting is a courtesy.
 * A module checks the free-text fields of an anonymous record with one call:
 * `await services.pii.check(actor, { description, question })`.
 */
export function piiService(db: Kysely<Database>, audit: AuditService) {
  const repository = piiRepository(db);

  /** The findings per field, less what the actor's organisation marked as not personal. */
  async function findingsOf(actor: Actor, fields: Record<string, string | null | undefined>) {
    const found = Object.entries(fields).flatMap(([path, text]) =>
      text ? detectPersonalData(text).map((finding) => ({ path, finding })) : [],
    );
    const hashes = [...new Set(found.map(({ finding }) => hashOf(finding.text)))];
    const overridden = await repository.overridden(actor.user.organisation_id, hashes);
    return found.filter(
      ({ finding }) => !overridden.has(overrideKey(finding.text, finding.category)),
    );
  }

  const service = {
    /**
     * Throws 422 when a field seems to hold personal data: per field the categories and
     * offsets, never the text itself (an error body must not repeat it).
     */
    async check(actor: Actor, fields: Record<string, string | null | undefined>): Promise<void> {
      const found = await findingsOf(actor, fields);
      if (found.length === 0) return;
      const byField = new Map<string, Finding[]>();
      for (const { path, finding } of found) {
        byField.set(path, [...(byField.get(path) ?? []), finding]);
      }
      const errors: FieldError[] = [...byField].map(([path, findings]) => ({
        location: 'body',
        path,
        code: 'personal-data',
        message: `seems to hold personal data (${[...new Set(findings.map((f) => f.category))].join(', ')}): write it without`,
        findings: findings.map(({ start, end, category }) => ({ start, end, category })),
      }));
      throw new InvalidInputError(
        'This text seems to hold personal data. Case tables are anonymous: leave it out, or mark a finding as not personal data.',
        errors,
      );
    },

    /** The organisation's marks, as hashes: the browser stops flagging them too. */
    async marks(actor: Actor): Promise<{ textHash: string; category: string }[]> {
      authorize(actor, 'pii.override');
      return repository.marksOf(actor.user.organisation_id);
    },

    /**
     * Marks a text as not personal data for the actor's organisation. Audited without the
     * text; the reason must itself be free of personal data. A BSN is personal data always.
     */
    async override(actor: Actor, input: PiiOverride): Promise<{ id: string }> {
      authorize(actor, 'pii.override');
      if (input.category === 'bsn') {
        throw new InvalidInputError('A citizen service number is always personal data.', [
          {
            location: 'body',
            path: 'category',
            message: 'cannot be overridden',
            code: 'always-personal',
          },
        ]);
      }
      await service.check(actor, { reason: input.reason });
      const id = newId();
      await inTransaction(db, async (trx) => {
        const added = await piiRepository(trx).insert({
          id,
          organisation_id: actor.user.organisation_id,
          text_hash: hashOf(input.text),
          category: input.category,
          reason: input.reason,
          created_by: actor.user.id,
          created_at: nowIso(),
        });
        if (added) {
          await audit.record(trx, actor, {
            action: 'pii.override',
            resource: { type: 'pii-override', id },
          });
        }
      });
      return { id };
    },
  };
  return service;
}

export type PiiService = ReturnType<typeof piiService>;
