import type { Kysely } from 'kysely';
import type { Action } from '../../../shared/schemas/cases.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/auth.service.js';
import { authorize } from '../../auth/permissions.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Mail, Mailer } from '../../mail/mailer.js';
import { peopleService } from '../people/people.service.js';
import type { CaseActionsService } from './case-actions.service.js';
import { casesRepository } from './cases.repository.js';

/** Where the browser shows the actions to follow up. */
export const actionsPagePath = '/casussen/acties';

/**
 * The mail: case codes, due dates and states only — never an action's text, which stays in
 * Schakel (a mailbox is not a safe place for case data).
 */
function digestMail(to: string, actions: Action[], link: string): Mail {
  const overdue = actions.filter((action) => action.overdue).length;
  const line = (action: Action, late: string) =>
    `- ${action.caseCode}: ${action.dueOn}${action.overdue ? ` (${late})` : ''}`;
  return {
    to,
    subject: `Schakel: ${actions.length} open actie(s) van uw organisatie, ${overdue} te laat`,
    text: [
      'Goedemorgen,',
      '',
      'Dit zijn de open acties van uw organisatie, op datum:',
      '',
      ...actions.map((action) => line(action, 'te laat')),
      '',
      `Bekijk en werk ze bij in Schakel: ${link}`,
      '',
      'Deze mail komt elke dag dat er open acties zijn. Uitzetten kan in Schakel, bij de acties.',
      '',
      '---',
      '',
      `The open actions of your organisation (${overdue} overdue):`,
      '',
      ...actions.map((action) => line(action, 'overdue')),
      '',
      `See and update them in Schakel: ${link}. This mail comes every day there are open ` +
        'actions; you can turn it off in Schakel, with the actions.',
    ].join('\n'),
  };
}

/**
 * The daily digest of actions: each morning, everyone in a network group whose organisation
 * owns unfinished actions — in cases they reach — gets one mail listing them (codes and dates
 * only), unless they turned it off. Claimed per person and day before sending, and audited.
 */
export function actionDigestService(
  db: Kysely<Database>,
  deps: {
    audit: AuditService;
    caseActions: CaseActionsService;
    mailer: Mailer;
    clock: () => Date;
    publicUrl: string;
  },
) {
  const { audit, caseActions, mailer, clock, publicUrl } = deps;
  const repository = casesRepository(db);

  return {
    async isWanted(actor: Actor): Promise<boolean> {
      authorize(actor, 'cases.work');
      return repository.digestWanted(actor.user.id);
    },

    async setWanted(actor: Actor, wanted: boolean): Promise<boolean> {
      authorize(actor, 'cases.work');
      await repository.setDigestWanted(actor.user.id, wanted, clock().toISOString());
      return wanted;
    },

    /** The job (run every hour by the server): sends what is due today, once per person. */
    async sendDigests(): Promise<Record<string, number>> {
      const now = clock();
      const day = now.toISOString().slice(0, 10);
      const people = peopleService(db);
      let mails = 0;
      let failed = 0;
      for (const candidate of await repository.digestCandidates(day)) {
        const user = await people.findUserById(candidate.id);
        if (!user) continue;
        const { principal } = await people.rolesOf(user);
        const actions = await caseActions.ownedBy({ principal, user });
        if (actions.length === 0) continue;
        const claimed = await inTransaction(db, async (trx) => {
          if (!(await casesRepository(trx).claimDigest(user.id, day, now.toISOString()))) {
            return false;
          }
          await audit.record(
            trx,
            { principal },
            { action: 'case.actions.digest', resource: { type: 'case-action' } },
          );
          return true;
        });
        if (!claimed) continue;
        try {
          await mailer.send(digestMail(user.email, actions, `${publicUrl}${actionsPagePath}`));
          mails += 1;
        } catch {
          failed += 1;
        }
      }
      return { mails, failed };
    },
  };
}

export type ActionDigestService = ReturnType<typeof actionDigestService>;
