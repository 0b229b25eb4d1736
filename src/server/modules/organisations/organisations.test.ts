import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationPage } from '../../../shared/schemas/organisation.js';
import { createTestApp, type TestContext } from '../../testing/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const list = async (query: string) => {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/organisations${query}` });
  expect(response.statusCode).toBe(200);
  return response.json() as OrganisationPage;
};

describe('the organisations list', () => {
  it('shows each organisation with its kind and the districts it serves, by name', async () => {
    const west = await ctx.newDistrict({ code: 'WST', name: 'Test-West' });
    const east = await ctx.newDistrict({ code: 'OST', name: 'Test-Oost' });
    await ctx.newOrganisation({
      name: 'Zonnebloem Wijkhulp',
      kind: 'informal',
      districtCodes: ['WST'],
    });
    await ctx.newOrganisation({
      name: 'Anker Jeugdhulp',
      kind: 'formal',
      districtCodes: ['WST', 'OST'],
    });

    const page = await list('');
    expect(page.items.map((organisation) => organisation.name)).toEqual([
      'Anker Jeugdhulp',
      'Zonnebloem Wijkhulp',
    ]);
    expect(page.items[0]).toMatchObject({
      kind: 'formal',
      districts: [
        { code: 'OST', name: east.name },
        { code: 'WST', name: west.name },
      ],
    });
    expect(page.total).toBe(2);
  });

  it('filters by district and by kind', async () => {
    expect((await list('?district=OST')).items.map((o) => o.name)).toEqual(['Anker Jeugdhulp']);
    expect((await list('?kind=informal')).items.map((o) => o.name)).toEqual([
      'Zonnebloem Wijkhulp',
    ]);
    expect((await list('?district=OST&kind=informal')).items).toEqual([]);
  });

  it('pages through the list and reports the total', async () => {
    const first = await list('?pageSize=1');
    const second = await list('?pageSize=1&page=2');
    expect(first).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('refuses a page size over the documented maximum and lists every bad parameter', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/organisations?pageSize=101&kind=secret&district=nw',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { errors: { location: string; path: string }[] };
    expect(body.errors.map((error) => error.path).sort()).toEqual(['district', 'kind', 'pageSize']);
    expect(body.errors.every((error) => error.location === 'query')).toBe(true);
  });
});

describe('creating an organisation', () => {
  it('writes nothing when a district is unknown', async () => {
    await expect(
      ctx.newOrganisation({ name: 'Halfweg Stichting', districtCodes: ['WST', 'NOPE'] }),
    ).rejects.toThrow('Unknown district');
    const page = await list('');
    expect(page.items.map((organisation) => organisation.name)).not.toContain('Halfweg Stichting');
  });
});
