import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.js';

const lines: Record<string, unknown>[] = [];
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({
    logLevel: 'info',
    logStream: new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  });
});
afterAll(() => ctx.close());

describe('log lines', () => {
  it('name the route and the request id, never the address as typed or the client', async () => {
    const listed = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/organisations?district=ZZ&kind=informal',
    });
    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/v1/Jan%20de%20Vries' });
    const requestIds = [listed.headers['x-request-id'], unknown.headers['x-request-id']];

    const requestLines = lines.filter((line) => requestIds.includes(line.reqId as string));
    expect(requestLines.length).toBeGreaterThanOrEqual(4); // incoming + completed, twice
    expect(requestLines).toContainEqual(
      expect.objectContaining({ req: { method: 'GET', route: '/api/v1/organisations' } }),
    );
    expect(requestLines).toContainEqual(
      expect.objectContaining({ req: { method: 'GET', route: '(unmatched)' } }),
    );
    const text = JSON.stringify(lines);
    expect(text).not.toContain('Vries');
    expect(text).not.toContain('district=ZZ');
    expect(text).not.toContain('remoteAddress');
    expect(text).not.toContain('127.0.0.1');
  });
});
