import type { Kysely } from 'kysely';
import type {
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
import { authorize } from '../../auth/permissions.js';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
} from '../../errors.js';
import { type FieldCipher, isKeyId } from '../../privacy/field-encryption.js';
import type { PiiService } from '../../privacy/pii.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { peopleService } from '../people/people.service.js';
import { actionView } from './case-actions.service.js';
import { caseGuards, caseResource } from './case-guards.js';
import { type CaseRow, casesRepository } from './cases.repository.js';
import type { CaseTable } from './cases.table.js';
import type { RiskSignalsService } from './risk-signals.service.js';
import { breakthroughPlace, casePlace, sealedColumns } from './sealed-places.js';

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
  const { scope, reachable, assertWritable, holdOpenCase } = caseGuards(db, clock);
  const toAction = actionView(cipher, clock);

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
     * The ids of keys that sealed texts in the database but that this installation lacks (a key
     * file not restored with the database, a key left out of SCHAKEL_DATA_KEY). Checked at
     * start: without them those texts cannot be read, so the server does not start.
     */
    async missingKeyIds(): Promise<string[]> {
      const missing = new Set<string>();
      for (const { table, column } of sealedColumns) {
        for (const id of await repository.keyIdsIn(table, column)) {
          // A value not in the sealed form is no key's: reading it says so, not the start.
          if (isKeyId(id) && !cipher.hasKey(id)) missing.add(id);
        }
      }
      return [...missing].sort();
    },

    /**
     * A key that is lost for good (`schakel keys forget`): the texts it sealed can never be read
     * again, so they are erased — the cases and their structure stay — and the server can start.
     * Without `erase`, only counts them. Audited, without a person.
     */
    async forgetKey(keyId: string, erase: boolean): Promise<{ texts: number }> {
      let texts = 0;
      for (const { table, column } of sealedColumns) {
        texts += erase
          ? await repository.eraseSealedWith(table, column, keyId)
          : await repository.countSealedWith(table, column, keyId);
      }
      if (erase && texts > 0) {
        await audit.recordNow({}, { action: 'data-key.forget', purpose: keyId });
      }
      return { texts };
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
