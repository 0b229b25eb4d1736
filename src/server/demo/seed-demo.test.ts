import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectPersonalData } from '../../shared/privacy/index.js';
import type { Case, CaseSummary } from '../../shared/schemas/cases.js';
import type { OrganisationPage } from '../../shared/schemas/organisation.js';
import type { Instance } from '../../shared/schemas/system.js';
import { fieldCipher } from '../privacy/field-encryption.js';
import { apiClient } from '../testing/api-client.js';
import { createTestApp, type TestContext } from '../testing/test-app.js';
import { demoCases } from './demo-cases.js';
import { demoOrganisations, demoPassword, demoTotpSecret, demoUsers } from './demo-data.js';
import { type SeedResult, seedDemo } from './seed-demo.js';

let ctx: TestContext;
let before: Instance;
let firstSeed: SeedResult;
beforeAll(async () => {
  ctx = await createTestApp();
  before = await get<Instance>('/api/v1/instance');
  firstSeed = await seedDemo(ctx.database.db, ctx.database.engine, fieldCipher(ctx.keyring));
});
afterAll(() => ctx.close());

async function get<T>(url: string): Promise<T> {
  return (await ctx.app.inject({ method: 'GET', url })).json() as T;
}

describe('the demo seed', () => {
  it('fills an empty database with Nieuw-West, Zuidoost and the partners of the report', async () => {
    expect(firstSeed).toEqual({
      seeded: true,
      districts: 2,
      organisations: demoOrganisations.length,
      users: demoUsers.length,
      cases: Object.values(demoCases).flat().length,
    });
    const districts = await get<{ items: { name: string }[] }>('/api/v1/districts');
    expect(districts.items.map((district) => district.name)).toEqual(['Nieuw-West', 'Zuidoost']);

    const all = await get<OrganisationPage>('/api/v1/organisations?pageSize=100');
    expect(all.total).toBe(demoOrganisations.length);
    expect(all.items.map((organisation) => organisation.name)).toEqual(
      expect.arrayContaining(['Blijf Groep', 'Nisa 4 Nisa', 'House of B']),
    );
    const informalInZuidoost = await get<OrganisationPage>(
      '/api/v1/organisations?district=ZO&kind=informal',
    );
    expect(informalInZuidoost.items.map((organisation) => organisation.name)).toContain(
      'House of B',
    );
  });

  it('marks the installation as a demo, which an empty one is not', async () => {
    expect(before.demo).toBe(false);
    expect(await get<Instance>('/api/v1/instance')).toMatchObject({ demo: true });
  });

  it('gives each network group a handful of cases in every stage, readable only by its members', async () => {
    // Kiki: Farah signs in below, and an authenticator code counts once per person.
    const kiki = apiClient(ctx.app);
    const signIn = await kiki.signInFully(
      { email: 'kiki@demo.schakel.example', password: demoPassword, totpSecret: demoTotpSecret },
      new Date(),
    );
    expect(signIn.statusCode).toBe(200);
    const list = (await kiki.request('GET', '/cases')).json() as CaseSummary[];
    expect(list).toHaveLength(demoCases.NW.length);
    expect(new Set(list.map((item) => item.status))).toEqual(
      new Set(demoCases.NW.map((demo) => demo.status)),
    );
    expect(list.every((item) => item.code.startsWith('NW-'))).toBe(true);
    const inProgress = list.find((item) => item.status === 'in-progress');
    const opened = (await kiki.request('GET', `/cases/${inProgress?.id}`)).json() as Case;
    expect(opened.intake?.question).toBe(demoCases.NW[2]?.intake?.question);
    expect(opened.actions.some((action) => action.overdue)).toBe(true);
  });

  it('writes demo case texts that the PII guard lets through', () => {
    const texts = Object.values(demoCases)
      .flat()
      .flatMap((demo) => [
        demo.intake?.question ?? '',
        demo.intake?.description ?? '',
        ...(demo.breakthroughs ?? []).map((b) => b.description),
        ...(demo.actions ?? []).flatMap((a) => [a.text, a.result ?? '']),
      ])
      .filter((text) => text !== '');
    for (const text of texts) expect(detectPersonalData(text), text).toEqual([]);
  });

  it("fills the directory: a member finds the fathers' group of Zuidoost, not the shelter address", async () => {
    const member = apiClient(ctx.app);
    const signIn = await member.signInFully(
      { email: 'farah@demo.schakel.example', password: demoPassword, totpSecret: demoTotpSecret },
      new Date(),
    );
    expect(signIn.statusCode).toBe(200);
    const found = (await member.request('GET', '/directory/search?q=vaders%20zuidoost')).json() as {
      items: { id: string; name: string; whatWeDo: string }[];
    };
    expect(found.items[0]?.name).toBe('Stichting ProFor');
    const entry = (
      await member.request('GET', `/directory/organisations/${found.items[0]?.id}`)
    ).json() as { services: { name: string }[]; contacts: unknown[] };
    expect(entry.services.map((service) => service.name)).toContain('Vadergroep Zuidoost');
    expect(entry.contacts).toHaveLength(1);

    const shelter = (await member.request('GET', '/directory/search?q=blijf')).json() as {
      items: { id: string }[];
    };
    const blijf = (
      await member.request('GET', `/directory/organisations/${shelter.items[0]?.id}`)
    ).json() as { locations: unknown[] };
    expect(blijf.locations).toEqual([]); // its only location is confidential
  });

  it('leaves a database with data alone', async () => {
    expect(await seedDemo(ctx.database.db, ctx.database.engine, fieldCipher(ctx.keyring))).toEqual({
      seeded: false,
      reason: 'not-empty',
    });
    expect((await get<OrganisationPage>('/api/v1/organisations')).total).toBe(
      demoOrganisations.length,
    );
  });
});

describe('the demo seed on a database with only organisations', () => {
  it('does not mix the demo into real data', async () => {
    const other = await createTestApp();
    try {
      await other.newOrganisation({ name: 'Stichting Echte Data' });
      expect(
        await seedDemo(other.database.db, other.database.engine, fieldCipher(other.keyring)),
      ).toMatchObject({
        seeded: false,
      });
    } finally {
      await other.close();
    }
  });
});
