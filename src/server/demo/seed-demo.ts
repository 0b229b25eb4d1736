import type { Kysely } from 'kysely';
import { rolesRequiringMfa } from '../../shared/schemas/people.js';
import { hashPassword } from '../auth/passwords.js';
import { nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { districtsService } from '../modules/districts/districts.service.js';
import { organisationsService } from '../modules/organisations/organisations.service.js';
import { peopleService } from '../modules/people/people.service.js';
import { systemService } from '../modules/system/system.service.js';
import {
  demoDistricts,
  demoNetworkGroups,
  demoOrganisations,
  demoPassword,
  demoTotpSecret,
  demoUsers,
} from './demo-data.js';

export type SeedResult =
  | { seeded: true; districts: number; organisations: number; users: number }
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
    const organisationIds = new Map<string, string>();
    for (const organisation of demoOrganisations) {
      const created = await organisations.create({
        name: organisation.name,
        kind: organisation.kind,
        districtCodes: organisation.districts,
      });
      organisationIds.set(created.name, created.id);
    }

    const people = peopleService(trx);
    const groupIds = new Map<string, string>();
    for (const group of demoNetworkGroups) {
      const members = demoOrganisations.filter((o) =>
        o.districts.some((d) => d === group.district),
      );
      const created = await people.createNetworkGroup({
        districtCode: group.district,
        name: group.name,
        organisationIds: members.map((member) => organisationIds.get(member.name) ?? ''),
      });
      groupIds.set(group.district, created.id);
    }

    // One hash for all: the demo password is public anyway, and scrypt is slow on purpose.
    const passwordHash = await hashPassword(demoPassword);
    for (const demoUser of demoUsers) {
      const needsMfa = demoUser.roles.some((r) => rolesRequiringMfa.includes(r.role));
      const user = await people.createUser({
        organisationId: organisationIds.get(demoUser.organisation) ?? '',
        email: demoUser.email,
        displayName: demoUser.displayName,
        status: 'active',
        passwordHash,
        ...(needsMfa ? { totpSecret: demoTotpSecret } : {}),
      });
      for (const assignment of demoUser.roles) {
        await people.assignRole({
          userId: user.id,
          role: assignment.role,
          ...('district' in assignment ? { districtCode: assignment.district } : {}),
          ...('networkGroupOf' in assignment
            ? { networkGroupId: groupIds.get(assignment.networkGroupOf) ?? '' }
            : {}),
        });
      }
    }

    await systemService(trx, engine).markDemoSeeded(nowIso());
    return {
      seeded: true,
      districts: demoDistricts.length,
      organisations: demoOrganisations.length,
      users: demoUsers.length,
    };
  });
}
