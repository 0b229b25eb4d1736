import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestContext } from '../testing/test-app.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({
    // Routes that exist only in this test, to exercise the HTTP layer that every module shares.
    extraApiRoutes(api) {
      api.post(
        '/test-echo',
        {
          config: { access: 'public' },
          schema: {
            body: z.object({
              name: z.string().min(2),
              age: z.number().int(),
              tags: z.array(z.string()).max(1),
            }),
          },
        },
        (request) => request.body,
      );
      // Creates the same district twice, past the service's check: as two racing requests do.
      api.get('/test-twice', { config: { access: 'public' } }, async () => {
        const district = { code: 'DUB', name: 'Dubbel' };
        await ctx.app.services.districts.create(district);
        await ctx.app.services.districts.create(district);
      });
      api.get('/test-crash', { config: { access: 'public' } }, () => {
        throw new Error('secret internal detail at /srv/db.ts:12');
      });
    },
  });
});
afterAll(() => ctx.close());

const expectProblem = (response: { headers: Record<string, unknown>; json(): unknown }) => {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json() as {
    type: string;
    title: string;
    status: number;
    detail?: string;
    requestId?: string;
    errors?: { location: string; path: string; message: string }[];
  };
};

describe('the HTTP layer', () => {
  it('reports health with the database engine and version', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: ctx.database.engine,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('answers 409 when the database refuses a duplicate that slipped past the checks', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/test-twice' });
    expect(response.statusCode).toBe(409);
    expect(expectProblem(response).detail).toMatch(/at the same moment/);
  });

  it('answers an unknown API address with 404 problem+json', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(response.statusCode).toBe(404);
    const body = expectProblem(response);
    expect(body).toMatchObject({ status: 404, title: 'Not Found', type: 'about:blank' });
    expect(body.requestId).toBe(response.headers['x-request-id']);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'x-csrf-protection': '1', 'content-type': 'application/json' },
      payload: '{"name": "ab",',
    });
    expect(response.statusCode).toBe(400);
    expect(expectProblem(response).detail).toBe('The request body is not valid JSON.');
  });

  it('answers a body over 1 MiB with 413', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'x-csrf-protection': '1', 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024), age: 1, tags: [] }),
    });
    expect(response.statusCode).toBe(413);
    expect(expectProblem(response).status).toBe(413);
  });

  it('lists every invalid field, not just the first', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'x-csrf-protection': '1', 'content-type': 'application/json' },
      payload: { name: 'a', age: 'old', tags: ['x', 'y'] },
    });
    expect(response.statusCode).toBe(400);
    const body = expectProblem(response);
    expect(body.type).toBe('urn:schakel:problem:validation-error');
    expect(body.errors?.map((error) => error.path).sort()).toEqual(['age', 'name', 'tags']);
    expect(body.errors?.every((error) => error.location === 'body')).toBe(true);
  });

  it('accepts a valid body', async () => {
    const payload = { name: 'ab', age: 3, tags: ['x'] };
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'x-csrf-protection': '1' },
      payload,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(payload);
  });

  it('hides the cause of an unexpected error and answers 500 problem+json', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/test-crash' });
    expect(response.statusCode).toBe(500);
    const body = expectProblem(response);
    expect(response.body).not.toContain('secret internal detail');
    expect(response.body).not.toContain('.ts:');
    expect(body.detail).toContain('request id');
  });

  it('sets security headers, the API version and no-store on API answers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['api-version']).toBe('1.0.0');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('gives every response its own request id', async () => {
    const [a, b] = await Promise.all([
      ctx.app.inject({ method: 'GET', url: '/api/v1/health' }),
      ctx.app.inject({ method: 'GET', url: '/api/v1/health' }),
    ]);
    expect(a?.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a?.headers['x-request-id']).not.toBe(b?.headers['x-request-id']);
  });

  it('ignores a request id chosen by the client', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'forged' },
    });
    expect(response.headers['x-request-id']).not.toBe('forged');
  });
});

describe('the API description', () => {
  it('is an OpenAPI 3.1 document of the public routes', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/instance',
        '/api/v1/districts',
        '/api/v1/organisations',
      ]),
    );
    expect(Object.keys(document.paths)).not.toContain('/api/v1/openapi.json');
  });

  it('has a readable documentation page', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});

describe('addresses that are not what they seem', () => {
  it('answers an undecodable URL with 400 problem+json and the usual headers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/nope%ZZ' });
    expect(response.statusCode).toBe(400);
    expect(expectProblem(response).detail).toBe('The address is not a valid URL.');
    expect(response.headers['api-version']).toBe('1.0.0');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('does not repeat the address in an error body', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/Jan%20de%20Vries' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Vries');
  });

  it('answers /api without a slash as part of the API, not with the web app', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api' });
    expect(response.statusCode).toBe(404);
    expectProblem(response);
  });
});
