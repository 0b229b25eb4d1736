import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationPage } from '../../shared/schemas/organisation.js';
import { createTestApp, type TestContext } from '../testing/test-app.js';
import { demoOrganisations } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const get = async <T>(url: string) => (await ctx.app.inject({ method: 'GET', url })).json() as T;

describe('the demo seed', () => {
  it('fills an empty database with Nieuw-West, Zuidoost and the partners of the report', async () => {
    expect(await get('/api/v1/instance')).toMatchObject({ demo: false });
    const result = await seedDemo(ctx.database.db, ctx.database.engine);
    expect(result).toEqual({ seeded: true, districts: 2, organisations: demoOrganisations.length });

    const districts = await get<{ items: { code: string; name: string }[] }>('/api/v1/districts');
    expect(districts.items.map((district) => district.name)).toEqual(['Nieuw-West', 'Zuidoost']);

    const all = await get<OrganisationPage>('/api/v1/organisations?pageSize=100');
    expect(all.total).toBe(demoOrganisations.length);
    const names = all.items.map((organisation) => organisation.name);
    expect(names).toEqual(expect.arrayContaining(['Blijf Groep', 'Nisa 4 Nisa', 'House of B']));

    const informalInZuidoost = await get<OrganisationPage>(
      '/api/v1/organisations?district=ZO&kind=informal',
    );
    expect(informalInZuidoost.items.map((organisation) => organisation.name)).toContain(
      'House of B',
    );
  });

  it('marks the installation as a demo', async () => {
    expect(await get('/api/v1/instance')).toMatchObject({ demo: true });
  });

  it('does not seed a second time', async () => {
    expect(await seedDemo(ctx.database.db, ctx.database.engine)).toEqual({
      seeded: false,
      reason: 'not-empty',
    });
    const all = await get<OrganisationPage>('/api/v1/organisations');
    expect(all.total).toBe(demoOrganisations.length);
  });
});
