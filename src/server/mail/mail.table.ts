/** Mails kept instead of sent when no SMTP server is configured (development, demo). */
export interface MailOutboxTable {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
}
