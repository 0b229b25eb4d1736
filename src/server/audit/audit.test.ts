import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../auth/totp.js';
import { apiClient } from '../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../testing/test-app.js';

const clock = fakeClock();
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ clock });
});
afterAll(() => ctx?.close());

const entriesOf = (userId: string) =>
  ctx.database.db
    .selectFrom('audit_entries')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('seq')
    .execute();

const signedInAdmin = async () => {
  const admin = await ctx.newUser({ roles: [{ role: 'admin' }] });
  const tab = apiClient(ctx.app);
  expect((await tab.signInFully(admin, clock())).statusCode).toBe(200);
  return { admin, tab };
};

describe('the audit trail records', () => {
  it('sign-ins that fail and succeed, the second factor and sign-out — never the secrets', async () => {
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const tab = apiClient(ctx.app);
    expect((await tab.signIn(member.email, 'niet-het-wachtwoord')).statusCode).toBe(401);
    await tab.signIn(member.email, member.password);
    expect((await tab.code('000000')).statusCode).toBe(401);
    const code = totpCode(member.totpSecret ?? '', clock());
    expect((await tab.code(code)).statusCode).toBe(200);
    expect((await tab.request('DELETE', '/session')).statusCode).toBe(204);

    const entries = await entriesOf(member.user.id);
    expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['sign-in.password', 'failure'],
      ['sign-in.password', 'success'],
      ['sign-in.second-factor', 'failure'],
      ['sign-in.second-factor', 'success'],
      ['sign-out', 'success'],
    ]);
    expect(entries[1]).toMatchObject({
      organisation_id: member.user.organisation_id,
      role: 'member',
      resource_type: 'session',
      client_address: '127.0.0.1',
      user_agent: 'Testbrowser/1.0',
      request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const everything = JSON.stringify(entries);
    for (const secret of [member.email, member.password, 'niet-het-wachtwoord', code]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('a refused sign-in with an unknown address, without the address', async () => {
    const before = await ctx.database.db
      .selectFrom('audit_entries')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    await apiClient(ctx.app).signIn('niemand@test.schakel.example', 'een-gok-van-iemand');
    const [entry] = await ctx.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', '>', Number(before.seq ?? 0))
      .execute();
    expect(entry).toMatchObject({ action: 'sign-in.password', outcome: 'failure', user_id: null });
    expect(JSON.stringify(entry)).not.toContain('niemand');
  });

  it('administrators’ changes, in the same transaction as the change', async () => {
    const { admin, tab } = await signedInAdmin();
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    expect((await tab.request('POST', `/users/${member.user.id}/deactivate`)).statusCode).toBe(204);
    const entries = await entriesOf(admin.user.id);
    expect(entries.at(-1)).toMatchObject({
      action: 'user.deactivate',
      resource_type: 'user',
      resource_id: member.user.id,
      role: 'admin',
    });
  });

  it('a read of an account before answering it; without a durable entry there is no answer', async () => {
    const { admin, tab } = await signedInAdmin();
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const read = await tab.request('GET', `/users/${member.user.id}`);
    expect(read.statusCode).toBe(200);
    expect((await entriesOf(admin.user.id)).at(-1)).toMatchObject({
      action: 'user.read',
      resource_id: member.user.id,
    });

    // The trail refuses new entries (a full disk, a broken table): the read is not answered.
    const postgres = ctx.database.engine === 'postgres';
    if (postgres) {
      await sql`create function audit_refuses() returns trigger language plpgsql
        as $$ begin raise exception 'disk full'; end $$`.execute(ctx.database.db);
      await sql`create trigger audit_refuses before insert on audit_entries
        for each row execute function audit_refuses()`.execute(ctx.database.db);
    } else {
      await sql`create trigger audit_refuses before insert on audit_entries
        begin select raise(abort, 'disk full'); end`.execute(ctx.database.db);
    }
    try {
      const unaudited = await tab.request('GET', `/users/${member.user.id}`);
      expect(unaudited.statusCode).toBeGreaterThanOrEqual(500);
      expect(unaudited.body).not.toContain(member.email);
    } finally {
      await sql`drop trigger audit_refuses ${sql.raw(postgres ? 'on audit_entries' : '')}`.execute(
        ctx.database.db,
      );
    }
  });
});

describe('searching the trail', () => {
  it('finds entries by user, record, action and period, and exports them as CSV', async () => {
    const { tab } = await signedInAdmin();
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const memberTab = apiClient(ctx.app);
    await memberTab.signInFully(member, clock());

    const byUser = await tab.request('GET', `/audit-entries?user=${member.user.id}`);
    expect(byUser.statusCode).toBe(200);
    expect(byUser.json()).toMatchObject({
      total: 2,
      items: [
        {
          action: 'sign-in.second-factor',
          user: { id: member.user.id, name: member.user.display_name },
        },
        { action: 'sign-in.password', outcome: 'success' },
      ],
    });
    const period = `from=${encodeURIComponent(clock().toISOString())}&until=${encodeURIComponent(new Date(clock().getTime() + 1000).toISOString())}`;
    const byAction = await tab.request(
      'GET',
      `/audit-entries?action=sign-in.second-factor&user=${member.user.id}&${period}`,
    );
    expect(byAction.json()).toMatchObject({ total: 1 });
    const later = await tab.request(
      'GET',
      `/audit-entries?user=${member.user.id}&from=2030-01-01T00:00:00Z`,
    );
    expect(later.json()).toMatchObject({ total: 0, items: [] });

    const exported = await tab.request('GET', `/audit-entries/export?user=${member.user.id}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toContain('attachment');
    const lines = exported.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'seq,at,user_id,user_name,organisation,role,action,outcome,resource_type,resource_id,district,purpose,client_address,user_agent,request_id',
    );
    expect(lines.slice(1).map((line) => line.split(',')[6])).toEqual([
      'sign-in.password',
      'sign-in.second-factor',
    ]);
  });

  it('makes a cell that a spreadsheet would run as a formula harmless', async () => {
    const { tab } = await signedInAdmin();
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'x-csrf-protection': '1', 'user-agent': '=HYPERLINK("http://evil.example")' },
      payload: { email: 'formule@test.schakel.example', password: 'iets-anders-dan-dit' },
    });
    const exported = await tab.request('GET', '/audit-entries/export?action=sign-in.password');
    expect(exported.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(exported.body).not.toMatch(/,=HYPERLINK/);
  });

  it('is for administrators; everyone sees the trail of their own account', async () => {
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const other = await ctx.newUser({ roles: [{ role: 'member' }] });
    const tab = apiClient(ctx.app);
    await tab.signInFully(member, clock());
    await apiClient(ctx.app).signInFully(other, clock());
    expect((await tab.request('GET', '/audit-entries')).statusCode).toBe(403);
    expect((await tab.request('GET', '/audit-entries/export')).statusCode).toBe(403);

    const own = await tab.request('GET', '/me/audit-entries');
    expect(own.statusCode).toBe(200);
    const { items } = own.json() as {
      items: { user: { id: string } | null; action: string; outcome: string }[];
    };
    // Newest first: the two refusals, then the sign-in.
    expect(items.map((item) => [item.action, item.outcome])).toEqual([
      ['audit.read', 'denied'],
      ['audit.read', 'denied'],
      ['sign-in.second-factor', 'success'],
      ['sign-in.password', 'success'],
    ]);
    expect(items.every((item) => item.user?.id === member.user.id)).toBe(true);
  });

  it('the searches and exports themselves are audited', async () => {
    const { admin, tab } = await signedInAdmin();
    await tab.request('GET', '/audit-entries?action=user.read');
    await tab.request('GET', '/audit-entries/export');
    expect((await entriesOf(admin.user.id)).slice(-2).map((entry) => entry.action)).toEqual([
      'audit.search',
      'audit.export',
    ]);
  });
});
