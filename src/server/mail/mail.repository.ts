import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { MailOutboxTable } from './mail.table.js';

export function mailRepository(db: Kysely<Database>) {
  return {
    async keep(mail: MailOutboxTable): Promise<void> {
      await db.insertInto('mail_outbox').values(mail).execute();
    },

    async forgetBefore(before: string): Promise<void> {
      await db.deleteFrom('mail_outbox').where('created_at', '<', before).execute();
    },

    latest(limit: number): Promise<MailOutboxTable[]> {
      return db
        .selectFrom('mail_outbox')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}
