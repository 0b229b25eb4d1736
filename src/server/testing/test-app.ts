import type { FastifyInstance } from 'fastify';
import type { OrganisationKind } from '../../shared/schemas/organisation.js';
import { type Role, rolesRequiringMfa, type UserStatus } from '../../shared/schemas/people.js';
import { type AppOptions, buildApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { newTotpSecret } from '../auth/totp.js';
import type { DatabaseHandle } from '../db/database.js';
import { districtsService } from '../modules/districts/districts.service.js';
import { organisationsService } from '../modules/organisations/organisations.service.js';
import { peopleService } from '../modules/people/people.service.js';
import { type Keyring, newDataKey, parseKeys } from '../privacy/field-encryption.js';
import { createMigratedDatabase, type TestDatabase } from './test-database.js';

let sequence = 0;
/** A value no other test data has, readable in a failing assertion. */
export const unique = (label: string) => `${label} ${process.pid}-${++sequence}`;

/** 0 → AAA, 1 → BAA, …: three letters, as district codes are letters only. */
const lettersOf = (n: number) =>
  [0, 1, 2].map((i) => String.fromCharCode(65 + (Math.floor(n / 26 ** i) % 26))).join('');

/** Builders that always make unique, fictional data, so tests never depend on each other. */
export function builders(database: DatabaseHandle) {
  return {
    async newDistrict(overrides: { code?: string; name?: string } = {}) {
      sequence += 1;
      const code = overrides.code ?? `T${lettersOf(sequence)}`;
      return districtsService(database.db).create({
        code,
        name: overrides.name ?? unique('Testdistrict'),
      });
    },
    /**
     * A user who can sign in: with a password, the given roles, and (by default, where a role
     * needs it) an authenticator app already set up. Returns what the test needs to sign in.
     */
    async newUser(
      overrides: {
        email?: string;
        password?: string;
        roles?: { role: Role; districtCode?: string; networkGroupId?: string }[];
        /** The organisation to work for; a new one (serving no district) by default. */
        organisationId?: string;
        totp?: boolean;
        status?: UserStatus;
      } = {},
    ) {
      const organisationId = overrides.organisationId ?? (await this.newOrganisation()).id;
      const password = overrides.password ?? `Lang-genoeg-wachtwoord-${sequence}`;
      const roles = overrides.roles ?? [{ role: 'analyst' as const }];
      const totpSecret =
        (overrides.totp ?? roles.some((r) => rolesRequiringMfa.includes(r.role)))
          ? newTotpSecret()
          : undefined;
      const people = peopleService(database.db);
      const user = await people.createUser({
        organisationId,
        email:
          overrides.email ?? `${unique('gebruiker').replace(/\W+/g, '.')}@test.schakel.example`,
        displayName: unique('Testgebruiker'),
        status: overrides.status ?? 'active',
        passwordHash: await hashPassword(password, testPasswordCost),
        ...(totpSecret ? { totpSecret } : {}),
      });
      for (const role of roles) await people.assignRole({ userId: user.id, ...role });
      return { user, email: user.email, password, totpSecret };
    },
    /** A network group in a district, with these member organisations. */
    newNetworkGroup(input: { districtCode: string; organisationIds?: string[]; name?: string }) {
      return peopleService(database.db).createNetworkGroup({
        districtCode: input.districtCode,
        name: input.name ?? unique('Netwerkgroep'),
        organisationIds: input.organisationIds ?? [],
      });
    },
    newOrganisation(
      overrides: { name?: string; kind?: OrganisationKind; districtCodes?: string[] } = {},
    ) {
      return organisationsService(database.db).create({
        name: overrides.name ?? unique('Stichting Test'),
        kind: overrides.kind ?? 'informal',
        districtCodes: overrides.districtCodes ?? [],
      });
    },
  };
}

export interface TestContext extends ReturnType<typeof builders> {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** The keys of this app (a fresh one per test app), to open what it sealed. */
  keyring: Keyring;
  testDatabase: TestDatabase;
  close(): Promise<void>;
}

/** The whole app on a fresh, migrated database, for inject() calls; no port is opened. */
/** A clock that tests move by hand: `clock.advance(minutes)`. */
export function fakeClock(start = new Date('2026-11-28T09:00:00Z')) {
  let now = start.getTime();
  const clock = () => new Date(now);
  clock.advance = (minutes: number) => {
    now += minutes * 60_000;
  };
  return clock;
}

/** A cheap password hash for tests (2^12 instead of 2^17): the same code, 30× faster. */
export const testPasswordCost = 12;

export async function createTestApp(
  options: Pick<AppOptions, 'extraApiRoutes' | 'logStream'> & {
    logLevel?: string;
    clock?: () => Date;
    /** Send mail to this SMTP server instead of keeping it in the outbox. */
    smtpUrl?: string;
    /** Turn on the public directory page (`SCHAKEL_PUBLIC_DIRECTORY`); off by default. */
    publicDirectory?: boolean;
  } = {},
): Promise<TestContext> {
  const { testDatabase, database } = await createMigratedDatabase();
  const keyring = parseKeys(newDataKey(), 'test key');
  let app: FastifyInstance;
  try {
    app = await buildApp({
      config: {
        logLevel: options.logLevel ?? 'silent',
        sessions: { idleMinutes: 30, absoluteHours: 12, secureCookies: false },
        publicUrl: 'http://localhost:3000',
        mail: { smtpUrl: options.smtpUrl, from: 'Schakel <noreply@test.schakel.example>' },
        publicDirectory: options.publicDirectory ?? false,
      },
      serviceOptions: {
        auth: { passwordCost: testPasswordCost },
        ...(options.clock ? { clock: options.clock } : {}),
      },
      database,
      keyring,
      extraApiRoutes: options.extraApiRoutes,
      logStream: options.logStream,
    });
    await app.ready();
  } catch (error) {
    await testDatabase.drop();
    throw error;
  }
  return {
    app,
    database,
    keyring,
    testDatabase,
    ...builders(database),
    async close() {
      await app.close();
      await testDatabase.drop();
    },
  };
}
