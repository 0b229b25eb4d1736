import type { Kysely } from 'kysely';
import { nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { districtsService } from '../modules/districts/districts.service.js';
import { organisationsService } from '../modules/organisations/organisations.service.js';
import { systemService } from '../modules/system/system.service.js';
import { demoDistricts, demoOrganisations } from './demo-data.js';

export type SeedResult =
  | { seeded: true; districts: number; organisations: number }
  | { seeded: false; reason: 'not-empty' };

/**
 * Seeds the fictional demo into an empty database, all in one transaction.
 * A database that already has districts or organisations is left alone, so a restart never
 * seeds twice and real data is never mixed with the demo.
 */
export function seedDemo(db: Kysely<Database>, engine: 'sqlite' | 'postgres'): Promise<SeedResult> {
  return inTransaction(db, async (trx) => {
    const districts = districtsService(trx);
    const organisations = organisationsService(trx);
    const existing = (await districts.count()) + (await organisations.count());
    if (existing > 0) return { seeded: false, reason: 'not-empty' };
    for (const district of demoDistricts) await districts.create(district);
    for (const organisation of demoOrganisations) {
      await organisations.create({
        name: organisation.name,
        kind: organisation.kind,
        districtCodes: organisation.districts,
      });
    }
    await systemService(trx, engine).markDemoSeeded(nowIso());
    return {
      seeded: true,
      districts: demoDistricts.length,
      organisations: demoOrganisations.length,
    };
  });
}
