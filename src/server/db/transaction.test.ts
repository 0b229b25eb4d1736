import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsService } from '../modules/organisations/organisations.service.js';
import { createTestApp, type TestContext } from '../testing/test-app.js';
import { inTransaction } from './transaction.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('services composed in one transaction', () => {
  it('keep nothing of the work when a later step fails', async () => {
    await ctx.newDistrict({ code: 'TXA' });
    await expect(
      inTransaction(ctx.database.db, async (trx) => {
        // The service opens its own transaction when called alone; here it joins ours.
        await organisationsService(trx).create({
          name: 'Stichting Eerste Stap',
          kind: 'informal',
          districtCodes: ['TXA'],
        });
        throw new Error('a later step failed');
      }),
    ).rejects.toThrow('a later step failed');
    expect(await organisationsService(ctx.database.db).count()).toBe(0);
  });

  it('keep all of it when every step succeeds', async () => {
    await inTransaction(ctx.database.db, async (trx) => {
      const organisations = organisationsService(trx);
      await organisations.create({ name: 'Stichting Een', kind: 'informal', districtCodes: [] });
      await organisations.create({
        name: 'Stichting Twee',
        kind: 'formal',
        districtCodes: ['TXA'],
      });
    });
    expect(await organisationsService(ctx.database.db).count()).toBe(2);
  });
});
