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
  /**
   * Sends without waiting: for answers that must not take longer (or fail) depending on whether
   * a mail went out. A failure is logged, not thrown.
   */
  sendLater(mail: Mail): void;
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
  const later = (send: (mail: Mail) => Promise<void>) => (mail: Mail) => {
    send(mail).catch((error: unknown) =>
      log('mail could not be sent', { subject: mail.subject, error: (error as Error).message }),
    );
  };
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    const send = async (mail: Mail) => {
      await transport.sendMail({ from: settings.from, ...mail });
      log('mail sent', { subject: mail.subject });
    };
    return { keepsMail: false, send, sendLater: later(send) };
  }
  const keep = async (mail: Mail) => {
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
  };
  return { keepsMail: true, send: keep, sendLater: later(keep) };
}
