import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { mailRepository } from './mail.repository.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSettings {
  /** smtp://user:password@host:port or smtps://…; unset: keep mails in the dev outbox. */
  smtpUrl?: string | undefined;
  from: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** True when mails are kept in the outbox rather than sent. */
  readonly keepsMail: boolean;
}

/**
 * Sends through the configured SMTP server, or keeps the mail in the dev outbox that admins
 * read in the app. Either way the log says that a mail went out, never what it says: mails carry
 * single-use links.
 */
export function createMailer(
  db: Kysely<Database>,
  settings: MailSettings,
  log: (message: string, fields: Record<string, unknown>) => void,
): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    return {
      keepsMail: false,
      async send(mail) {
        await transport.sendMail({ from: settings.from, ...mail });
        log('mail sent', { subject: mail.subject });
      },
    };
  }
  return {
    keepsMail: true,
    async send(mail) {
      // The outbox holds live links: keep no mail longer than the longest link lives (7 days).
      await mailRepository(db).forgetBefore(new Date(Date.now() - 7 * 86_400_000).toISOString());
      await mailRepository(db).keep({
        id: newId(),
        recipient: mail.to,
        subject: mail.subject,
        body: mail.text,
        created_at: nowIso(),
      });
      log('mail kept in the dev outbox (no SMTP server configured)', { subject: mail.subject });
    },
  };
}
