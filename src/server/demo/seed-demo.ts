import type { Kysely } from 'kysely';
import {
  directoryContactWriteSchema,
  directoryLocationWriteSchema,
  directoryProfileWriteSchema,
  directoryServiceWriteSchema,
} from '../../shared/schemas/directory.js';
import { rolesRequiringMfa } from '../../shared/schemas/people.js';
import { hashPassword } from '../auth/passwords.js';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { directoryRepository } from '../modules/directory/directory.repository.js';
import { districtsService } from '../modules/districts/districts.service.js';
import { organisationsService } from '../modules/organisations/organisations.service.js';
import { peopleService } from '../modules/people/people.service.js';
import { systemService } from '../modules/system/system.service.js';
import type { FieldCipher } from '../privacy/field-encryption.js';
import { seedDemoCases } from './demo-cases.js';
import {
  demoDistricts,
  demoNetworkGroups,
  demoOrganisations,
  demoPassword,
  demoTotpSecret,
  demoUsers,
} from './demo-data.js';
import { demoDirectory } from './demo-directory.js';

export type SeedResult =
  | { seeded: true; districts: number; organisations: number; users: number; cases: number }
  | { seeded: false; reason: 'not-empty' };

/**
 * Seeds the fictional demo into an empty database, all in one transaction.
 * A database that already has districts or organisations is left alone, so a restart never
 * seeds twice and real data is never mixed with the demo. `cipher` seals the demo cases' texts
 * with the installation's own key.
 */
export function seedDemo(
  db: Kysely<Database>,
  engine: 'sqlite' | 'postgres',
  cipher: FieldCipher,
): Promise<SeedResult> {
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
    const groups = new Map<string, { id: string; districtId: string }>();
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
    for (const district of await districts.findByCodes(demoDistricts.map((d) => d.code))) {
      const id = groupIds.get(district.code);
      if (id) groups.set(district.code, { id, districtId: district.id });
    }
    const users = new Map<string, { id: string; organisationId: string }>();

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
      users.set(demoUser.email, { id: user.id, organisationId: user.organisation_id });
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

    await seedDemoDirectory(trx, organisationIds);
    const cases = await seedDemoCases(
      trx,
      cipher,
      { users, organisations: organisationIds, groups },
      new Date(),
    );
    await systemService(trx, engine).markDemoSeeded(nowIso());
    return {
      seeded: true,
      districts: demoDistricts.length,
      organisations: demoOrganisations.length,
      users: demoUsers.length,
      cases,
    };
  });
}

/**
 * The demo's directory entries, through the same schemas as the API, so every value is one the
 * application accepts. Some entries were confirmed long ago, to show "to be checked".
 */
async function seedDemoDirectory(trx: Kysely<Database>, organisationIds: Map<string, string>) {
  const repository = directoryRepository(trx);
  const districts = await districtsService(trx).findByCodes(demoDistricts.map((d) => d.code));
  const districtIdOf = (code: string) => districts.find((d) => d.code === code)?.id ?? '';
  const now = new Date();
  const at = now.toISOString();
  for (const entry of demoDirectory) {
    const organisationId = organisationIds.get(entry.organisation);
    if (!organisationId) throw new Error(`Demo directory names an unknown organisation.`);
    await repository.upsertProfile(
      organisationId,
      directoryProfileWriteSchema.parse(entry.profile),
      at,
    );
    if (entry.verifiedMonthsAgo !== undefined) {
      const verifiedAt = new Date(now);
      verifiedAt.setUTCMonth(verifiedAt.getUTCMonth() - entry.verifiedMonthsAgo);
      await repository.markVerified(organisationId, verifiedAt.toISOString());
    }
    for (const service of entry.services) {
      const input = directoryServiceWriteSchema.parse(service);
      await repository.saveService(
        { id: newId(), organisationId, at, isNew: true },
        input,
        input.districtCodes.map(districtIdOf),
      );
    }
    for (const location of entry.locations ?? []) {
      await repository.saveLocation(
        { id: newId(), organisationId, at, isNew: true },
        directoryLocationWriteSchema.parse(location),
      );
    }
    for (const contact of entry.contacts ?? []) {
      await repository.saveContact(
        { id: newId(), organisationId, at, isNew: true },
        directoryContactWriteSchema.parse({ ...contact, optedIn: true }),
      );
    }
    await repository.reindex(organisationId);
  }
}
