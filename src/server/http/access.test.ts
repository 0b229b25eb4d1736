import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.js';

let ctx: TestContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('deny by default', () => {
  it('refuses to start when an API route declares no access', async () => {
    await expect(
      createTestApp({
        extraApiRoutes(api) {
          api.get('/forgotten', () => 'open to all by mistake');
        },
      }),
    ).rejects.toThrow('Route GET /api/v1/forgotten declares no access');
  });

  it('refuses to start when a route names an action the permission model does not know', async () => {
    await expect(
      createTestApp({
        extraApiRoutes(api) {
          api.get('/misspelt', { config: { access: 'user.manage' as never } }, () => 'oops');
        },
      }),
    ).rejects.toThrow('Route GET /api/v1/misspelt declares no access');
  });

  it('starts when every route declares its access', async () => {
    ctx = await createTestApp();
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
  });
});
