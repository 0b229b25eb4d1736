import {
  type AuthSettings,
  authService,
  type Clock,
  defaultAuthSettings,
} from './auth/auth.service.js';
import type { DatabaseHandle } from './db/database.js';
import { districtsService } from './modules/districts/districts.service.js';
import { organisationsService } from './modules/organisations/organisations.service.js';
import { peopleService } from './modules/people/people.service.js';
import { systemService } from './modules/system/system.service.js';

export interface ServiceOptions {
  auth?: Partial<AuthSettings>;
  /** The time; tests pass a fake clock to move through timeouts. */
  clock?: Clock;
}

/** The services that routes call, one per module, all on the same database. */
export function createServices(
  { db, engine }: Pick<DatabaseHandle, 'db' | 'engine'>,
  options: ServiceOptions = {},
) {
  const clock = options.clock ?? (() => new Date());
  return {
    system: systemService(db, engine),
    districts: districtsService(db),
    organisations: organisationsService(db),
    people: peopleService(db),
    auth: authService(db, { ...defaultAuthSettings, ...options.auth }, clock),
  };
}

export type Services = ReturnType<typeof createServices>;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
