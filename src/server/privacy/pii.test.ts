import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { overrideHash } from '../../shared/privacy/overrideKey.js';
import { actorOf } from '../auth/session-plugin.js';
import { apiClient } from '../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../testing/test-app.js';

const clock = fakeClock();
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({
    clock,
    // A module's route with free text, guarded with one line, as later modules will be.
    extraApiRoutes(untyped) {
      const api = untyped.withTypeProvider<ZodTypeProvider>();
      api.post(
        '/test-notes',
        {
          config: { access: 'signed-in' },
          schema: { body: z.object({ title: z.string(), note: z.string().optional() }) },
        },
        async (request, reply) => {
          await api.services.pii.check(actorOf(request), request.body);
          return reply.code(204).send();
        },
      );
    },
  });
});
afterAll(() => ctx?.close());

const member = async () => {
  const organisation = await ctx.newOrganisation();
  const person = await ctx.newUser({
    organisationId: organisation.id,
    roles: [{ role: 'member' }],
  });
  const tab = apiClient(ctx.app);
  await tab.signInFully(person, clock());
  return { ...person, tab, organisationId: organisation.id };
};

describe('the PII guard on the server', () => {
  it('refuses a text with personal data: 422 with categories and offsets, never the text', async () => {
    const { tab } = await member();
    const note = 'Moeder belt vaak met mevrouw Yasmina Bakkali, 06-12345678.';
    const response = await tab.request('POST', '/test-notes', { title: 'Overleg', note });
    expect(response.statusCode).toBe(422);
    const problem = response.json() as {
      errors: {
        path: string;
        code: string;
        findings: { start: number; end: number; category: string }[];
      }[];
    };
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'note', code: 'personal-data' }),
    ]);
    const findings = problem.errors[0]?.findings ?? [];
    expect(findings.map((f) => [note.slice(f.start, f.end), f.category])).toEqual([
      ['Yasmina Bakkali', 'name'],
      ['06-12345678', 'phone'],
    ]);
    expect(response.body).not.toContain('Bakkali');
    expect(response.body).not.toContain('12345678');
  });

  it('lets an anonymous text through', async () => {
    const { tab } = await member();
    const response = await tab.request('POST', '/test-notes', {
      title: 'Vraag aan de tafel',
      note: 'Moeder zoekt hulp bij schulden; de buurvrouw en het buurtteam in Nieuw-West helpen.',
    });
    expect(response.statusCode).toBe(204);
  });

  it('remembers "not personal data" for the organisation, audited without the text', async () => {
    const first = await member();
    const note = 'Afspraak bij de familie Roos-Huisman aan de overkant.';
    expect((await first.tab.request('POST', '/test-notes', { title: 'x', note })).statusCode).toBe(
      422,
    );

    const marked = await first.tab.request('POST', '/pii-overrides', {
      text: 'Roos-Huisman',
      category: 'name',
      reason: 'Naam van een buurthuis, geen persoon',
    });
    expect(marked.statusCode).toBe(201);
    expect((await first.tab.request('POST', '/test-notes', { title: 'x', note })).statusCode).toBe(
      204,
    );

    // The browser learns the mark as a hash, without the text.
    const marks = (await first.tab.request('GET', '/pii-overrides')).json() as {
      items: { textHash: string; category: string }[];
    };
    expect(marks.items).toEqual([{ textHash: overrideHash('roos-huisman'), category: 'name' }]);

    // Another organisation has its own list.
    const other = await member();
    expect((await other.tab.request('POST', '/test-notes', { title: 'x', note })).statusCode).toBe(
      422,
    );

    const entries = await ctx.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('user_id', '=', first.user.id)
      .where('action', '=', 'pii.override')
      .execute();
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('Roos');
    const stored = await ctx.database.db.selectFrom('pii_overrides').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain('Roos');
  });

  it('refuses a reason with personal data, and never takes a BSN as not personal', async () => {
    const { tab } = await member();
    const withName = await tab.request('POST', '/pii-overrides', {
      text: 'Lelie',
      category: 'name',
      reason: 'Meneer Pieter de Groot zegt dat het mag',
    });
    expect(withName.json()).toMatchObject({ status: 422, errors: [{ path: 'reason' }] });
    const bsn = await tab.request('POST', '/pii-overrides', {
      text: '111222333',
      category: 'bsn',
      reason: 'Een testnummer',
    });
    expect(bsn.json()).toMatchObject({
      status: 422,
      errors: [{ path: 'category', code: 'always-personal' }],
    });
  });
});
