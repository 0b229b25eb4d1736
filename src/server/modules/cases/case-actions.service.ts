import type { Kysely } from 'kysely';
import type { Action, ActionCreate, ActionUpdate } from '../../../shared/schemas/cases.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/auth.service.js';
import { authorize, scopeOf } from '../../auth/permissions.js';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
} from '../../errors.js';
import type { FieldCipher } from '../../privacy/field-encryption.js';
import type { PiiService } from '../../privacy/pii.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { peopleService } from '../people/people.service.js';
import { caseGuards, caseResource } from './case-guards.js';
import { type ActionRow, casesRepository } from './cases.repository.js';
import { actionPlace } from './sealed-places.js';

/** An action as the API answers it: its texts opened, "overdue" from today's date. */
export function actionView(cipher: FieldCipher, clock: () => Date) {
  const today = () => clock().toISOString().slice(0, 10);
  return function toAction(row: ActionRow): Action {
    const open = (field: 'text' | 'result', sealed: string | null) =>
      sealed === null ? '' : cipher.open(sealed, actionPlace(field, row.id));
    return {
      id: row.id,
      caseId: row.case_id,
      caseCode: row.case_code,
      text: open('text', row.text_sealed),
      ownerOrganisation: { id: row.owner_organisation_id, name: row.owner_organisation_name },
      ownerUser:
        row.owner_user_id && row.owner_display_name
          ? { id: row.owner_user_id, displayName: row.owner_display_name }
          : null,
      dueOn: row.due_on,
      status: row.status,
      result: open('result', row.result_sealed),
      overdue: (row.status === 'open' || row.status === 'in-progress') && row.due_on < today(),
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  };
}

/**
 * The actions (afspraken) agreed at a case's table: each with an owner organisation (and maybe
 * one of its people), a due date, a status and a result. Texts pass the PII guard and are
 * sealed; saves are versioned; the two views and the badge read only the cases one reaches.
 */
export function caseActionsService(
  db: Kysely<Database>,
  deps: { audit: AuditService; pii: PiiService; cipher: FieldCipher; clock: () => Date },
) {
  const { audit, pii, cipher, clock } = deps;
  const repository = casesRepository(db);
  const { scope, reachable, assertWritable, holdOpenCase } = caseGuards(db, clock);
  const toAction = actionView(cipher, clock);
  const today = () => clock().toISOString().slice(0, 10);

  /** An action of a case the actor reaches; 404 otherwise. */
  async function reachableAction(actor: Actor, id: string): Promise<ActionRow> {
    authorize(actor, 'cases.work');
    const action = await repository.findAction(scope(actor), actor.user.id, id);
    if (!action) throw new NotFoundError('There is no such action, or it is not yours to see.');
    return action;
  }

  /** The owner is an organisation, and the person, if named, works there. */
  async function assertOwner(input: { ownerOrganisationId: string; ownerUserId: string | null }) {
    if (!(await organisationsService(db).findById(input.ownerOrganisationId))) {
      throw new InvalidInputError('The owner is not an organisation.', [
        { location: 'body', path: 'ownerOrganisationId', message: 'is not an organisation' },
      ]);
    }
    if (input.ownerUserId) {
      const person = await peopleService(db).findUserById(input.ownerUserId);
      if (person?.organisation_id !== input.ownerOrganisationId) {
        throw new InvalidInputError('The owner person does not work for the owner organisation.', [
          {
            location: 'body',
            path: 'ownerUserId',
            message: 'is not a person of that organisation',
          },
        ]);
      }
    }
  }

  return {
    /**
     * An action agreed at the table: what, which organisation (and optionally which of its
     * people), by when. The text is checked for personal data and sealed. Not on a closed case.
     */
    async create(actor: Actor, caseId: string, input: ActionCreate): Promise<Action> {
      const row = await reachable(actor, caseId);
      assertWritable(row);
      if (row.status === 'closed') {
        throw new ConflictError('The case is closed: reopen it to agree new actions.');
      }
      await pii.check(actor, { text: input.text });
      await assertOwner(input);
      const id = newId();
      const at = clock().toISOString();
      await inTransaction(db, async (trx) => {
        await holdOpenCase(trx, caseId, true);
        await casesRepository(trx).insertAction({
          id,
          case_id: caseId,
          text_sealed: cipher.seal(input.text, actionPlace('text', id)),
          owner_organisation_id: input.ownerOrganisationId,
          owner_user_id: input.ownerUserId,
          due_on: input.dueOn,
          status: 'open',
          result_sealed: null,
          version: 1,
          created_by: actor.user.id,
          created_at: at,
          updated_at: at,
        });
        await audit.record(trx, actor, {
          action: 'case.action.create',
          resource: caseResource(row),
          districtId: row.district_id,
        });
      });
      return toAction(await reachableAction(actor, id));
    },

    /**
     * Updates an action — its owner reports progress and the result; "not done" needs the
     * reason as result. Versioned: a save from an older version gets 409 with the current one.
     */
    async update(actor: Actor, id: string, input: ActionUpdate): Promise<Action> {
      const action = await reachableAction(actor, id);
      assertWritable(action);
      const stale = (currentVersion: number) =>
        new VersionConflictError(
          'Someone else saved this action after you opened it. Look at it again, then save.',
          currentVersion,
          [],
        );
      if (action.version !== input.version) throw stale(action.version);
      if (input.status === 'not-done' && input.result === '') {
        throw new InvalidInputError('Say why the action was not done.', [
          { location: 'body', path: 'result', message: 'is required when not done' },
        ]);
      }
      await pii.check(actor, { text: input.text, result: input.result });
      await assertOwner(input);
      const at = clock().toISOString();
      const saved = await inTransaction(db, async (trx) => {
        await holdOpenCase(trx, action.case_id);
        const written = await casesRepository(trx).updateAction(id, input.version, {
          text_sealed: cipher.seal(input.text, actionPlace('text', id)),
          owner_organisation_id: input.ownerOrganisationId,
          owner_user_id: input.ownerUserId,
          due_on: input.dueOn,
          status: input.status,
          result_sealed:
            input.result === '' ? null : cipher.seal(input.result, actionPlace('result', id)),
          updated_at: at,
        });
        if (written) {
          await audit.record(trx, actor, {
            action: 'case.action.update',
            resource: { type: 'case', id: action.case_id },
            districtId: action.district_id,
          });
        }
        return written;
      });
      if (!saved) throw stale((await reachableAction(actor, id)).version);
      return toAction(await reachableAction(actor, id));
    },

    /**
     * The unfinished actions someone's organisation owns, in the cases they reach, for the
     * digest and the badge (not audited here: the digest records its own entry).
     */
    async ownedBy(who: Pick<Actor, 'principal' | 'user'>): Promise<Action[]> {
      const rows = await repository.listActions(scopeOf(who.principal, 'cases.work'), who.user.id, {
        ownerOrganisationId: who.user.organisation_id,
      });
      return rows.map(toAction);
    },

    /** For the badge: how many unfinished actions my organisation owns, and how many are late. */
    async counts(actor: Actor): Promise<{ open: number; overdue: number }> {
      authorize(actor, 'cases.work');
      const actions = await this.ownedBy(actor);
      return {
        open: actions.length,
        overdue: actions.filter((action) => action.overdue).length,
      };
    },

    /**
     * "My organisation's actions" (unfinished, owned by the caller's organisation) or "overdue
     * actions of my network groups", of the cases the caller reaches. Audited as one read.
     */
    async list(actor: Actor, view: 'my-organisation' | 'overdue'): Promise<Action[]> {
      authorize(actor, 'cases.work');
      const rows = await repository.listActions(
        scope(actor),
        actor.user.id,
        view === 'my-organisation'
          ? { ownerOrganisationId: actor.user.organisation_id }
          : { overdueBefore: today() },
      );
      const actions = rows.map(toAction);
      // One entry per case whose actions were read, so the trail answers "who saw case X".
      const cases = new Map(rows.map((row) => [row.case_id, row.district_id]));
      await Promise.all(
        [...cases].map(([caseId, districtId]) =>
          audit.recordNow(actor, {
            action: 'case.actions.read',
            resource: { type: 'case', id: caseId },
            districtId,
            purpose: view,
          }),
        ),
      );
      return actions;
    },
  };
}

export type CaseActionsService = ReturnType<typeof caseActionsService>;
