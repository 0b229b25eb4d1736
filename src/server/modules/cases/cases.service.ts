import type { Kysely } from 'kysely';
import type {
  Action,
  ActionCreate,
  ActionUpdate,
  BreakthroughWrite,
  Case,
  CaseCreate,
  CaseSummary,
  Intake,
  IntakeWrite,
  StatusChange,
} from '../../../shared/schemas/cases.js';
import type { AuditService, AuditSource } from '../../audit/audit.service.js';
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
import { type ActionRow, type CaseRow, casesRepository } from './cases.repository.js';
import type { CaseTable } from './cases.table.js';
import type { RiskSignalsService } from './risk-signals.service.js';
import { actionPlace, breakthroughPlace, casePlace, sealedColumns } from './sealed-places.js';

const caseResource = (row: { id: string }) => ({ type: 'case', id: row.id });
const notFound = () => new NotFoundError('There is no such case, or it is not yours to see.');

type NarrativeField = 'question' | 'description';

/**
 * Cases of the network groups: brought in with consent, read and kept by the group's members
 * and directors (and always by their holder), every read and write audited. The free texts
 * pass the PII guard and are stored sealed; withdrawing consent erases them at once.
 */
export function casesService(
  db: Kysely<Database>,
  deps: {
    audit: AuditService;
    pii: PiiService;
    cipher: FieldCipher;
    clock: () => Date;
    /** Months after closing before the free texts are erased. */
    retentionMonths: number;
    riskSignals: RiskSignalsService;
  },
) {
  const { audit, pii, cipher, clock, retentionMonths, riskSignals } = deps;
  const repository = casesRepository(db);
  const scope = (actor: Actor) => scopeOf(actor.principal, 'cases.work');

  /** The case if the actor reaches it (its group, or they hold it); 404 otherwise. */
  async function reachable(actor: Actor, id: string): Promise<CaseRow> {
    authorize(actor, 'cases.work');
    const row = await repository.find(scope(actor), actor.user.id, id);
    if (!row) throw notFound();
    return row;
  }

  function toIntake(row: CaseRow): Omit<Intake, 'involvedOrganisations'> | null {
    if (!row.intake_saved_at) return null;
    const open = (field: NarrativeField, sealed: string | null) =>
      sealed === null ? '' : cipher.open(sealed, casePlace(field, row.id));
    return {
      household: JSON.parse(row.household),
      violenceForms: JSON.parse(row.violence_forms),
      lifeDomains: JSON.parse(row.life_domains),
      involvedOrganisationIds: JSON.parse(row.involved_organisation_ids),
      riskSignals: JSON.parse(row.risk_signals),
      urgency: row.urgency ?? 'normal',
      question: open('question', row.question_sealed),
      description: open('description', row.description_sealed),
      savedAt: row.intake_saved_at,
    };
  }

  const toSummary = (row: CaseRow): CaseSummary => ({
    id: row.id,
    code: row.code,
    networkGroup: {
      id: row.network_group_id,
      name: row.network_group_name,
      districtCode: row.district_code,
    },
    status: row.status,
    urgency: row.urgency,
    holderOrganisation: { id: row.holder_organisation_id, name: row.holder_organisation_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  /** The organisations named by id, with their names; unknown ones are left out. */
  async function organisationsNamed(ids: string[]) {
    const organisations = organisationsService(db);
    const found = await Promise.all(ids.map((id) => organisations.findById(id)));
    return found.flatMap((organisation) =>
      organisation ? [{ id: organisation.id, name: organisation.name }] : [],
    );
  }

  /** The indexes of the ids that name no organisation, as field errors under `path`. */
  async function unknownOrganisations(ids: string[], path: string) {
    const organisations = organisationsService(db);
    const missing = await Promise.all(
      ids.map(async (id, index) => ((await organisations.findById(id)) ? [] : [index])),
    );
    return missing.flat().map((index) => ({
      location: 'body' as const,
      path: `${path}.${index}`,
      message: 'is not an organisation',
    }));
  }

  function toAction(row: ActionRow): Action {
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
  }

  async function withOrganisationNames(
    intake: Omit<Intake, 'involvedOrganisations'> | null,
  ): Promise<Intake | null> {
    return (
      intake && {
        ...intake,
        involvedOrganisations: await organisationsNamed(intake.involvedOrganisationIds),
      }
    );
  }

  async function toCase(row: CaseRow): Promise<Case> {
    const breakthroughs = await repository.breakthroughsOf(row.id);
    const actions = await repository.actionsOfCase(row.id);
    return {
      ...toSummary(row),
      holder: { userId: row.holder_user_id, displayName: row.holder_display_name },
      closureReason: row.closure_reason,
      consent: {
        givenOn: row.consent_given_on,
        form: row.consent_form,
        recordedAt: row.consent_recorded_at,
        withdrawnAt: row.consent_withdrawn_at,
      },
      intake: await withOrganisationNames(toIntake(row)),
      narrativeErased:
        row.narrative_erased_at && row.narrative_erasure_reason
          ? { at: row.narrative_erased_at, reason: row.narrative_erasure_reason }
          : null,
      breakthroughs: await Promise.all(
        breakthroughs.map(async (breakthrough) => ({
          id: breakthrough.id,
          description:
            breakthrough.description_sealed === null
              ? ''
              : cipher.open(
                  breakthrough.description_sealed,
                  `case_breakthroughs.description:${breakthrough.id}`,
                ),
          partnerOrganisations: await organisationsNamed(
            JSON.parse(breakthrough.partner_organisation_ids) as string[],
          ),
          occurredOn: breakthrough.occurred_on,
          recordedAt: breakthrough.recorded_at,
        })),
      ),
      actions: actions.map(toAction),
      table: await peopleService(db).tableOf(row.network_group_id),
      version: row.version,
    };
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

  /** Today, as the dates of consent and breakthroughs are written. */
  const today = () => clock().toISOString().slice(0, 10);
  /**
   * The latest date it is anywhere now (UTC+14): a date of consent or of a breakthrough is in
   * the future only once it has begun nowhere, so "today" in Amsterdam just after midnight,
   * still yesterday in UTC, is taken.
   */
  const latestToday = () => new Date(clock().getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

  /** The whole case as the actor reads it, audited before it is answered. */
  async function readCase(actor: Actor, row: CaseRow): Promise<Case> {
    const found = await toCase(row);
    await audit.recordNow(actor, {
      action: 'case.read',
      resource: caseResource(row),
      districtId: row.district_id,
    });
    return found;
  }

  /** Someone saved since `version`: 409 naming those saves and what each changed. */
  async function conflict(id: string, version: number): Promise<never> {
    const events = await repository.events(id);
    throw new VersionConflictError(
      'Someone else saved this case after you opened it. Look at what changed, then save again.',
      Number(events.at(-1)?.version ?? version),
      events
        .filter((event) => Number(event.version) > version)
        .map((event) => ({
          version: Number(event.version),
          at: event.at,
          fields: JSON.parse(event.changed_fields) as string[],
        })),
    );
  }

  /**
   * One save of a case, all or nothing: the change, its event (what changed, by whom) and its
   * audit entry — only if no one saved since `version`. Answers whether it was written. Erasing
   * the texts takes those of the case's breakthroughs and actions along.
   */
  function saveCase(
    source: AuditSource & { user?: Actor['user'] },
    target: { id: string; district_id: string },
    version: number,
    save: {
      changes: Partial<CaseTable>;
      kind: string;
      changedFields: string[];
      action: string;
      purpose?: string;
    },
  ): Promise<boolean> {
    const at = save.changes.updated_at ?? clock().toISOString();
    return inTransaction(db, async (trx) => {
      const cases = casesRepository(trx);
      const written = await cases.update(target.id, version, save.changes, {
        id: newId(),
        kind: save.kind,
        user_id: source.user?.id ?? null,
        changed_fields: JSON.stringify(save.changedFields),
        at,
      });
      if (!written) return false;
      if (save.changes.narrative_erased_at) {
        await cases.eraseBreakthroughTexts(target.id);
        await cases.eraseActionTexts(target.id);
      }
      await audit.record(trx, source, {
        action: save.action,
        resource: caseResource(target),
        districtId: target.district_id,
        ...(save.purpose ? { purpose: save.purpose } : {}),
      });
      return true;
    });
  }

  return {
    /** Codes and stages only; audited as one read. */
    async list(actor: Actor): Promise<CaseSummary[]> {
      authorize(actor, 'cases.work');
      const cases = (await repository.list(scope(actor), actor.user.id)).map(toSummary);
      await audit.recordNow(actor, { action: 'case.list', resource: { type: 'case' } });
      return cases;
    },

    /** Reading a case is audited before it is answered. */
    async get(actor: Actor, id: string): Promise<Case> {
      return readCase(actor, await reachable(actor, id));
    },

    /**
     * A new case in one of the actor's network groups, held by them and their organisation,
     * with the household's consent: the consent is part of the case, so none exists without.
     */
    async create(actor: Actor, input: CaseCreate): Promise<Case> {
      authorize(actor, 'cases.work');
      const group = await peopleService(db).networkGroupInScope(scope(actor), input.networkGroupId);
      if (!group) {
        throw new NotFoundError('There is no such network group, or you are not a member.');
      }
      const now = clock();
      if (input.consent.givenOn > latestToday()) {
        throw new InvalidInputError('Consent cannot be given in the future.', [
          { location: 'body', path: 'consent.givenOn', message: 'must not be after today' },
        ]);
      }
      const at = now.toISOString();
      const id = newId();
      await inTransaction(db, async (trx) => {
        const cases = casesRepository(trx);
        const year = now.getUTCFullYear();
        const number = await cases.nextNumber(group.districtId, year);
        const row: CaseTable = {
          id,
          code: `${group.districtCode}-${year}-${String(number).padStart(4, '0')}`,
          network_group_id: group.id,
          district_id: group.districtId,
          holder_user_id: actor.user.id,
          holder_organisation_id: actor.user.organisation_id,
          status: 'new',
          closure_reason: null,
          version: 1,
          consent_given_on: input.consent.givenOn,
          consent_form: input.consent.form,
          consent_recorded_by: actor.user.id,
          consent_recorded_at: at,
          consent_withdrawn_at: null,
          household: '[]',
          violence_forms: '[]',
          life_domains: '{}',
          involved_organisation_ids: '[]',
          risk_signals: '[]',
          urgency: null,
          question_sealed: null,
          description_sealed: null,
          intake_saved_at: null,
          narrative_erased_at: null,
          narrative_erasure_reason: null,
          created_at: at,
          updated_at: at,
          closed_at: null,
        };
        await cases.insert(row);
        await cases.addEvent({
          id: newId(),
          case_id: id,
          version: 1,
          kind: 'created',
          user_id: actor.user.id,
          changed_fields: JSON.stringify(['consent']),
          at,
        });
        await audit.record(trx, actor, {
          action: 'case.create',
          resource: caseResource(row),
          districtId: group.districtId,
        });
      });
      return await toCase(await reachable(actor, id));
    },

    /**
     * The intake, structured first and free text second. Only while consent holds; the free
     * texts pass the PII guard (422 with findings) and are stored sealed. From an older version
     * than the case's: 409, nothing written.
     */
    async saveIntake(actor: Actor, id: string, input: IntakeWrite): Promise<Case> {
      const row = await reachable(actor, id);
      assertWritable(row);
      if (row.version !== input.version) await conflict(id, input.version);
      await pii.check(actor, { question: input.question, description: input.description });
      const unknown = await unknownOrganisations(
        input.involvedOrganisationIds,
        'involvedOrganisationIds',
      );
      if (unknown.length > 0) {
        throw new InvalidInputError('Some involved organisations do not exist.', unknown);
      }
      // The district's checklist, and what the case named before a signal left it.
      const offered = new Set([
        ...(await riskSignals.signalsOf(row.district_id)).signals.map((signal) => signal.id),
        ...(JSON.parse(row.risk_signals) as string[]),
      ]);
      const unknownSignals = input.riskSignals.flatMap((signal, index) =>
        offered.has(signal)
          ? []
          : [
              {
                location: 'body' as const,
                path: `riskSignals.${index}`,
                message: 'is not on the checklist',
              },
            ],
      );
      if (unknownSignals.length > 0) {
        throw new InvalidInputError(
          "Some risk signals are not on the district's checklist.",
          unknownSignals,
        );
      }

      const before = toIntake(row);
      const next = {
        household: input.household,
        violenceForms: input.violenceForms,
        lifeDomains: input.lifeDomains,
        involvedOrganisationIds: input.involvedOrganisationIds,
        riskSignals: [...new Set(input.riskSignals)],
        urgency: input.urgency,
        question: input.question,
        description: input.description,
      };
      const changedFields = Object.keys(next).filter(
        (field) =>
          JSON.stringify(before?.[field as keyof typeof next] ?? null) !==
          JSON.stringify(next[field as keyof typeof next]),
      );
      const at = clock().toISOString();
      const seal = (field: NarrativeField) =>
        next[field] === '' ? null : cipher.seal(next[field], casePlace(field, id));
      const saved = await saveCase(actor, row, input.version, {
        changes: {
          household: JSON.stringify(next.household),
          violence_forms: JSON.stringify(next.violenceForms),
          life_domains: JSON.stringify(next.lifeDomains),
          involved_organisation_ids: JSON.stringify(next.involvedOrganisationIds),
          risk_signals: JSON.stringify(next.riskSignals),
          urgency: next.urgency,
          question_sealed: seal('question'),
          description_sealed: seal('description'),
          intake_saved_at: at,
          updated_at: at,
        },
        kind: 'intake-saved',
        changedFields,
        action: 'case.intake.save',
      });
      // Another save slipped in between the check and the write: nothing of ours was written.
      if (!saved) await conflict(id, input.version);
      return await toCase(await reachable(actor, id));
    },

    /**
     * Moves a case through its stages. Open stages follow each other in any order (a table
     * goes back as often as forward); closing needs a reason; a closed case can be reopened —
     * unless consent was withdrawn — and the reopening stays in its history.
     */
    async changeStatus(actor: Actor, id: string, input: StatusChange): Promise<Case> {
      const row = await reachable(actor, id);
      if (row.version !== input.version) await conflict(id, input.version);
      const closing = input.status === 'closed';
      const reopening = row.status === 'closed' && !closing;
      if (reopening) assertWritable(row);
      if (closing && !input.closureReason) {
        throw new InvalidInputError('Say why the case closes.', [
          { location: 'body', path: 'closureReason', message: 'is required when closing' },
        ]);
      }
      if (!closing && input.closureReason) {
        throw new InvalidInputError('Only a closing case has a reason to close.', [
          { location: 'body', path: 'closureReason', message: 'only when closing' },
        ]);
      }
      if (input.status === row.status && (input.closureReason ?? null) === row.closure_reason) {
        return readCase(actor, row);
      }
      const at = clock().toISOString();
      const saved = await saveCase(actor, row, input.version, {
        changes: {
          status: input.status,
          closure_reason: closing ? (input.closureReason ?? null) : null,
          closed_at: closing ? at : null,
          updated_at: at,
        },
        kind: reopening ? 'reopened' : 'status-changed',
        changedFields: closing ? ['status', 'closureReason'] : ['status'],
        action: reopening ? 'case.reopen' : 'case.status.change',
      });
      if (!saved) await conflict(id, input.version);
      return await toCase(await reachable(actor, id));
    },

    /**
     * Records a breakthrough: what unblocked the situation (checked for personal data,
     * sealed), the partners who did it, and when. It adds to the case without changing what
     * others are editing, so it needs no version.
     */
    async addBreakthrough(actor: Actor, id: string, input: BreakthroughWrite): Promise<Case> {
      const row = await reachable(actor, id);
      assertWritable(row);
      if (input.occurredOn > latestToday()) {
        throw new InvalidInputError('A breakthrough cannot lie in the future.', [
          { location: 'body', path: 'occurredOn', message: 'must not be after today' },
        ]);
      }
      await pii.check(actor, { description: input.description });
      const unknown = await unknownOrganisations(
        input.partnerOrganisationIds,
        'partnerOrganisationIds',
      );
      if (unknown.length > 0) {
        throw new InvalidInputError('Some partners are not organisations.', unknown);
      }
      const breakthroughId = newId();
      await inTransaction(db, async (trx) => {
        await holdOpenCase(trx, id);
        await casesRepository(trx).insertBreakthrough({
          id: breakthroughId,
          case_id: id,
          description_sealed: cipher.seal(input.description, breakthroughPlace(breakthroughId)),
          partner_organisation_ids: JSON.stringify([...new Set(input.partnerOrganisationIds)]),
          occurred_on: input.occurredOn,
          recorded_by: actor.user.id,
          recorded_at: clock().toISOString(),
        });
        await audit.record(trx, actor, {
          action: 'case.breakthrough.add',
          resource: caseResource(row),
          districtId: row.district_id,
        });
      });
      return await toCase(await reachable(actor, id));
    },

    /**
     * An action agreed at the table: what, which organisation (and optionally which of its
     * people), by when. The text is checked for personal data and sealed. Not on a closed case.
     */
    async createAction(actor: Actor, caseId: string, input: ActionCreate): Promise<Action> {
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
    async updateAction(actor: Actor, id: string, input: ActionUpdate): Promise<Action> {
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
    async actionsOwnedBy(who: Pick<Actor, 'principal' | 'user'>): Promise<Action[]> {
      const rows = await repository.listActions(scopeOf(who.principal, 'cases.work'), who.user.id, {
        ownerOrganisationId: who.user.organisation_id,
      });
      return rows.map(toAction);
    },

    /** For the badge: how many unfinished actions my organisation owns, and how many are late. */
    async actionCounts(actor: Actor): Promise<{ open: number; overdue: number }> {
      authorize(actor, 'cases.work');
      const actions = await this.actionsOwnedBy(actor);
      return {
        open: actions.length,
        overdue: actions.filter((action) => action.overdue).length,
      };
    },

    /**
     * "My organisation's actions" (unfinished, owned by the caller's organisation) or "overdue
     * actions of my network groups", of the cases the caller reaches. Audited as one read.
     */
    async listActions(actor: Actor, view: 'my-organisation' | 'overdue'): Promise<Action[]> {
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

    /**
     * The ids of keys that sealed texts in the database but that this installation lacks (a key
     * file not restored with the database, a key left out of SCHAKEL_DATA_KEY). Checked at
     * start: without them those texts cannot be read, so the server does not start.
     */
    async missingKeyIds(): Promise<string[]> {
      const missing = new Set<string>();
      for (const { table, column } of sealedColumns) {
        for (const id of await repository.keyIdsIn(table, column)) {
          if (!cipher.hasKey(id)) missing.add(id);
        }
      }
      return [...missing].sort();
    },

    /**
     * After a key rotation (`schakel keys rotate`): seals every value sealed with an older key
     * again with the current one, so the older keys can go once no backup needs them. A value
     * changed meanwhile is left alone (it was sealed with the current key by then).
     */
    async resealNarratives(): Promise<{ resealed: number }> {
      let resealed = 0;
      for (const { table, column, place } of sealedColumns) {
        for (const { id, value } of await repository.sealedValues(table, column)) {
          if (!cipher.isSealedWithOlderKey(value)) continue;
          const fresh = cipher.seal(cipher.open(value, place(id)), place(id));
          if (await repository.replaceSealed(table, column, id, value, fresh)) resealed += 1;
        }
      }
      if (resealed > 0) {
        await audit.recordNow({}, { action: 'data-key.rotate' });
      }
      return { resealed };
    },

    /**
     * The retention job (run by the server every hour): erases the free texts of cases closed
     * longer than the retention period ago — the structure stays for the figures — each in its
     * own transaction with its audit entry. A case saved meanwhile is left for the next round.
     */
    async eraseExpiredNarratives(): Promise<{ erased: number }> {
      const now = clock();
      const cutoff = new Date(now);
      cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
      const at = now.toISOString();
      let erased = 0;
      for (const expired of await repository.closedBefore(cutoff.toISOString())) {
        const done = await saveCase({}, expired, Number(expired.version), {
          changes: {
            question_sealed: null,
            description_sealed: null,
            narrative_erased_at: at,
            narrative_erasure_reason: 'retention',
            updated_at: at,
          },
          kind: 'narrative-erased',
          changedFields: ['question', 'description', 'breakthroughs', 'actions'],
          action: 'case.narrative.erase',
          purpose: 'retention',
        });
        if (done) erased += 1;
      }
      return { erased };
    },

    /**
     * The household withdrew its consent: the case closes at once, its free texts are erased
     * (the structured intake stays, for the figures), and it is audited.
     */
    async withdrawConsent(actor: Actor, id: string): Promise<Case> {
      // No version asked: a save by someone else at the same moment only means trying again.
      for (let attempt = 0; attempt < 3; attempt++) {
        const row = await reachable(actor, id);
        if (row.consent_withdrawn_at) return readCase(actor, row);
        const at = clock().toISOString();
        const saved = await saveCase(actor, row, row.version, {
          changes: {
            consent_withdrawn_at: at,
            status: 'closed',
            closure_reason: 'consent-withdrawn',
            closed_at: at,
            question_sealed: null,
            description_sealed: null,
            narrative_erased_at: at,
            narrative_erasure_reason: 'consent-withdrawn',
            updated_at: at,
          },
          kind: 'consent-withdrawn',
          changedFields: [
            'consent',
            'status',
            'question',
            'description',
            'breakthroughs',
            'actions',
          ],
          action: 'case.consent.withdraw',
        });
        if (saved) return await toCase(await reachable(actor, id));
      }
      throw new ConflictError('The case keeps changing; try again in a moment.');
    },
  };
}

export type CasesService = ReturnType<typeof casesService>;
