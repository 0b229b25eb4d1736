import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from './browser.js';

let server: { url: string; stop(): Promise<void> };
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server?.stop());

describe('serving the built web app', () => {
  it('answers every page address with the app, never cached, under the strict CSP', async () => {
    for (const address of ['/', '/bestaat-niet']) {
      const response = await fetch(`${server.url}${address}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    }
  });

  it('lets browsers keep the hashed assets for a year', async () => {
    const html = await (await fetch(server.url)).text();
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\//);
    const response = await fetch(`${server.url}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('still answers unknown API addresses with 404 problem+json', async () => {
    const response = await fetch(`${server.url}/api/v1/bestaat-niet`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
