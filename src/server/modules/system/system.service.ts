import type { Kysely } from 'kysely';
import type { Health, Instance } from '../../../shared/schemas/system.js';
import type { Engine } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { UnavailableError } from '../../errors.js';
import { version } from '../../version.js';
import { systemRepository } from './system.repository.js';

const demoSeededAtKey = 'demo.seededAt';

export function systemService(db: Kysely<Database>, engine: Engine) {
  const repository = systemRepository(db);
  return {
    async health(): Promise<Health> {
      try {
        await repository.ping();
      } catch (cause) {
        throw new UnavailableError('The database does not answer.', { cause });
      }
      return { status: 'ok', database: engine, version };
    },

    async instance(): Promise<Instance> {
      const demoSeededAt = await repository.getSetting(demoSeededAtKey);
      return { demo: demoSeededAt !== undefined, version };
    },

    markDemoSeeded(at: string): Promise<void> {
      return repository.setSetting(demoSeededAtKey, at);
    },
  };
}

export type SystemService = ReturnType<typeof systemService>;
