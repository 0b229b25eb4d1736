import type { Kysely } from 'kysely';
import { verificationPeriodMonths } from '../../../shared/schemas/directory.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Clock } from '../../auth/auth.service.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Mail, Mailer } from '../../mail/mailer.js';
import { confirmationCutoff } from './directory.repository.js';
import { directoryRemindersRepository } from './directory-reminders.repository.js';

/** While an entry stays unconfirmed, its editors are reminded again after this long. */
const remindAgainAfterDays = 28;

/** The edit page of an entry in the web app (src/web/features/directory/directoryPaths.ts). */
const editPath = (organisationId: string) =>
  `/sociale-kaart/organisaties/${encodeURIComponent(organisationId)}/bewerken`;

function reminderMail(to: string, organisationName: string, link: string): Mail {
  return {
    to,
    subject: `Sociale kaart: klopt de vermelding van ${organisationName} nog?`,
    text: [
      'Beste collega,',
      '',
      `De vermelding van ${organisationName} op de sociale kaart van Schakel is langer dan ` +
        `${verificationPeriodMonths} maanden niet bevestigd. Partners zoeken u daar op: kijk ` +
        'of wat u doet, wat u niet doet, uw diensten en uw warme lijn nog kloppen, en klik op ' +
        '"Vermelding bevestigen".',
      '',
      link,
      '',
      'Tot die tijd staat de vermelding als "te controleren" op de kaart.',
      '',
      '---',
      '',
      `The entry of ${organisationName} in Schakel's partner directory has not been confirmed ` +
        `for more than ${verificationPeriodMonths} months. Please check it and press "Confirm ` +
        'entry" (link above). Until then it shows as "to be checked".',
    ].join('\n'),
  };
}

/**
 * The reminder job: an organisation whose entry was not confirmed for six months gets one
 * reminder mail to its own editors (or, with none, to its districts' coordinators), and another
 * every four weeks while it stays unconfirmed. Each reminder is claimed and audited in one
 * transaction before the mails go out, so a second server running the same job sends nothing.
 */
export function directoryRemindersService(
  db: Kysely<Database>,
  audit: AuditService,
  clock: Clock,
  { mailer, publicUrl }: { mailer: Mailer; publicUrl: string },
) {
  return {
    async remindUnconfirmedEntries(): Promise<{ reminded: number; mails: number; failed: number }> {
      const now = clock();
      const at = now.toISOString();
      const remindAgainBefore = new Date(
        now.getTime() - remindAgainAfterDays * 86_400_000,
      ).toISOString();
      const due = await directoryRemindersRepository(db).dueForReminder(
        confirmationCutoff(now),
        remindAgainBefore,
      );
      let reminded = 0;
      let mails = 0;
      let failed = 0;
      for (const entry of due) {
        const recipients = await inTransaction(db, async (trx) => {
          const repository = directoryRemindersRepository(trx);
          if (!(await repository.claim(entry, at, remindAgainBefore))) return undefined;
          await audit.record(
            trx,
            {},
            { action: 'directory.reminder', resource: { type: 'organisation', id: entry.id } },
          );
          return repository.recipientsOf(entry.id);
        });
        if (recipients === undefined) continue;
        reminded += 1;
        const link = `${publicUrl}${editPath(entry.id)}`;
        for (const recipient of recipients) {
          // One unreachable address must not keep the others from their reminder.
          try {
            await mailer.send(reminderMail(recipient.email, entry.name, link));
            mails += 1;
          } catch {
            failed += 1;
          }
        }
      }
      return { reminded, mails, failed };
    },
  };
}
