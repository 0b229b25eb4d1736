import type { Kysely } from 'kysely';
import type { Actor } from '../auth/auth.service.js';
import type { Database } from '../db/schema.js';
import { ForbiddenError } from '../errors.js';
import { mailRepository } from './mail.repository.js';
import type { Mailer } from './mailer.js';

export function mailService(db: Kysely<Database>, mailer: Mailer) {
  return {
    /** The dev outbox, newest first: for administrators of an installation without SMTP. */
    async outbox(actor: Actor) {
      if (!actor.roles.some((assignment) => assignment.role === 'admin')) {
        throw new ForbiddenError('Only an administrator can read the outbox.');
      }
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
