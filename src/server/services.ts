import type { DatabaseHandle } from './db/database.js';
import { districtsService } from './modules/districts/districts.service.js';
import { organisationsService } from './modules/organisations/organisations.service.js';
import { systemService } from './modules/system/system.service.js';

/** The services that routes call, one per module, all on the same database. */
export function createServices({ db, engine }: Pick<DatabaseHandle, 'db' | 'engine'>) {
  return {
    system: systemService(db, engine),
    districts: districtsService(db),
    organisations: organisationsService(db),
  };
}

export type Services = ReturnType<typeof createServices>;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
