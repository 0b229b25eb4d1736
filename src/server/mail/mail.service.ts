import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/auth.service.js';
import { authorize } from '../auth/permissions.js';
import type { Database } from '../db/schema.js';
import { mailRepository } from './mail.repository.js';
import type { Mailer } from './mailer.js';

export function mailService(db: Kysely<Database>, mailer: Mailer, audit: AuditService) {
  return {
    /** The dev outbox, newest first: for administrators of an installation without SMTP. */
    async outbox(actor: Actor) {
      authorize(actor, 'mail-outbox.read');
      // Mails hold names, addresses and sign-in links: reading them is audited.
      await audit.recordNow(actor, {
        action: 'mail-outbox.read',
        resource: { type: 'mail-outbox' },
      });
      const mails = await mailRepository(db).latest(50);
      return {
        keepsMail: mailer.keepsMail,
        items: mails.map((mail) => ({
          id: mail.id,
          to: mail.recipient,
          subject: mail.subject,
          body: mail.body,
          createdAt: mail.created_at,
        })),
      };
    },
  };
}
