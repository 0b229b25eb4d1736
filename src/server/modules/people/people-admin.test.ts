import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';

const clock = fakeClock();
let ctx: TestContext;
let districtA: string;
let districtB: string;
let organisationA: string;
let organisationB: string;
let organisationAB: string;
let groupA: string;

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  districtA = (await ctx.newDistrict()).code;
  districtB = (await ctx.newDistrict()).code;
  organisationA = (await ctx.newOrganisation({ districtCodes: [districtA] })).id;
  organisationB = (await ctx.newOrganisation({ districtCodes: [districtB] })).id;
  organisationAB = (await ctx.newOrganisation({ districtCodes: [districtA, districtB] })).id;
  groupA = (
    await ctx.newNetworkGroup({ districtCode: districtA, organisationIds: [organisationA] })
  ).id;
});
afterAll(() => ctx?.close());

async function signedIn(roles: Parameters<TestContext['newUser']>[0]) {
  const person = await ctx.newUser(roles);
  const tab = apiClient(ctx.app);
  expect((await tab.signInFully(person, clock())).statusCode).toBe(200);
  return { ...person, tab };
}

const coordinatorOfA = () =>
  signedIn({
    organisationId: organisationA,
    roles: [{ role: 'coordinator', districtCode: districtA }],
  });

describe('a coordinator', () => {
  it('lists only the accounts of people working in their district, never an administrator', async () => {
    const { tab } = await coordinatorOfA();
    const inA = await ctx.newUser({ organisationId: organisationA, roles: [] });
    const inBoth = await ctx.newUser({ organisationId: organisationAB, roles: [] });
    const workingInB = await ctx.newUser({
      organisationId: organisationAB,
      roles: [{ role: 'analyst', districtCode: districtB }],
    });
    const inB = await ctx.newUser({ organisationId: organisationB, roles: [] });
    const adminInA = await ctx.newUser({
      organisationId: organisationA,
      roles: [{ role: 'admin' }],
    });
    const list = (await tab.request('GET', '/users?pageSize=100')).json() as {
      items: { id: string }[];
    };
    const ids = list.items.map((item) => item.id);
    expect(ids).toContain(inA.user.id);
    expect(ids).toContain(inBoth.user.id);
    expect(ids).not.toContain(inB.user.id);
    expect(ids).not.toContain(workingInB.user.id);
    expect(ids).not.toContain(adminInA.user.id);
    expect((await tab.request('GET', `/users/${inB.user.id}`)).statusCode).toBe(404);
    expect((await tab.request('GET', `/users/${adminInA.user.id}`)).statusCode).toBe(404);
  });

  it('gives roles only within their district, and never the administrator role', async () => {
    const { tab } = await coordinatorOfA();
    const colleague = await ctx.newUser({ organisationId: organisationA, roles: [] });
    const grant = (body: object) => tab.request('POST', `/users/${colleague.user.id}/roles`, body);
    expect((await grant({ role: 'admin' })).statusCode).toBe(403);
    expect((await grant({ role: 'analyst', districtCode: districtB })).statusCode).toBe(403);
    expect((await grant({ role: 'analyst' })).json()).toMatchObject({
      status: 400,
      errors: [{ path: 'districtCode', message: 'is required for this role' }],
    });
    expect((await grant({ role: 'member', networkGroupId: groupA })).statusCode).toBe(201);
    const detail = (await tab.request('GET', `/users/${colleague.user.id}`)).json() as {
      roles: { role: string; networkGroup: { id: string } | null }[];
    };
    expect(detail.roles).toMatchObject([{ role: 'member', networkGroup: { id: groupA } }]);
  });

  it('keeps another district’s link of an organisation they edit', async () => {
    const { tab } = await coordinatorOfA();
    const put = (districtCodes: string[]) =>
      tab.request('PUT', `/organisations/${organisationAB}`, {
        name: 'Stichting Samen',
        kind: 'informal',
        districtCodes,
      });
    expect((await put([districtA])).statusCode).toBe(403);
    expect((await put([districtA, districtB])).json()).toMatchObject({
      name: 'Stichting Samen',
      districts: expect.arrayContaining([
        expect.objectContaining({ code: districtA }),
        expect.objectContaining({ code: districtB }),
      ]),
    });
    expect(
      (
        await tab.request('PUT', `/organisations/${organisationB}`, {
          name: 'Niet van mij',
          kind: 'formal',
          districtCodes: [districtB],
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('an administrator', () => {
  it('deactivates an account: its sessions stop at once, and it cannot sign in', async () => {
    const { tab } = await signedIn({ roles: [{ role: 'admin' }] });
    const member = await signedIn({
      organisationId: organisationA,
      roles: [{ role: 'member', networkGroupId: groupA }],
    });
    expect((await member.tab.request('GET', '/me')).statusCode).toBe(200);
    expect((await tab.request('POST', `/users/${member.user.id}/deactivate`)).statusCode).toBe(204);
    expect((await member.tab.request('GET', '/me')).statusCode).toBe(401);
    expect((await apiClient(ctx.app).signIn(member.email, member.password)).statusCode).toBe(401);
    expect((await tab.request('POST', `/users/${member.user.id}/reactivate`)).statusCode).toBe(204);
    clock.advance(1); // a new authenticator code: each works once
    expect((await apiClient(ctx.app).signInFully(member, clock())).statusCode).toBe(200);
  });

  it('cannot deactivate themselves or take away their own administrator role', async () => {
    const admin = await signedIn({ roles: [{ role: 'admin' }] });
    expect((await admin.tab.request('POST', `/users/${admin.user.id}/deactivate`)).statusCode).toBe(
      409,
    );
    const detail = (await admin.tab.request('GET', `/users/${admin.user.id}`)).json() as {
      roles: { id: string }[];
    };
    const roleId = detail.roles[0]?.id;
    expect(
      (await admin.tab.request('DELETE', `/users/${admin.user.id}/roles/${roleId}`)).statusCode,
    ).toBe(409);
  });

  it('resets a lost second factor only shortly after signing in; the person sets up a new one', async () => {
    const admin = await signedIn({ roles: [{ role: 'admin' }] });
    const member = await ctx.newUser({
      organisationId: organisationA,
      roles: [{ role: 'member', networkGroupId: groupA }],
    });
    clock.advance(16);
    const stale = await admin.tab.request('POST', `/users/${member.user.id}/mfa-reset`);
    expect(stale.json()).toMatchObject({
      status: 401,
      type: 'urn:schakel:problem:reauthentication-required',
    });
    const fresh = await signedIn({ roles: [{ role: 'admin' }] });
    expect((await fresh.tab.request('POST', `/users/${member.user.id}/mfa-reset`)).statusCode).toBe(
      204,
    );
    expect((await apiClient(ctx.app).signIn(member.email, member.password)).json()).toMatchObject({
      mfaRequired: true,
      enrolmentRequired: true,
    });
  });

  it('sees a role taken away take effect on the next request', async () => {
    const admin = await signedIn({ roles: [{ role: 'admin' }] });
    const coordinator = await coordinatorOfA();
    expect((await coordinator.tab.request('GET', '/users')).statusCode).toBe(200);
    const detail = (await admin.tab.request('GET', `/users/${coordinator.user.id}`)).json() as {
      roles: { id: string }[];
    };
    await admin.tab.request('DELETE', `/users/${coordinator.user.id}/roles/${detail.roles[0]?.id}`);
    expect((await coordinator.tab.request('GET', '/users')).statusCode).toBe(403);
  });
});

describe('a director', () => {
  it('adds and removes members of their own group, but appoints no director', async () => {
    const director = await signedIn({
      organisationId: organisationA,
      roles: [{ role: 'director', networkGroupId: groupA }],
    });
    const colleague = await ctx.newUser({ organisationId: organisationA, roles: [] });
    const outsider = await ctx.newUser({ organisationId: organisationB, roles: [] });
    const add = (userId: string, role: string) =>
      director.tab.request('POST', `/network-groups/${groupA}/members`, { userId, role });

    const candidates = (
      await director.tab.request('GET', `/network-groups/${groupA}/candidates`)
    ).json() as {
      items: { userId: string }[];
    };
    expect(candidates.items.map((item) => item.userId)).toContain(colleague.user.id);
    expect(candidates.items.map((item) => item.userId)).not.toContain(outsider.user.id);

    expect((await add(colleague.user.id, 'director')).statusCode).toBe(403);
    expect((await add(outsider.user.id, 'member')).statusCode).toBe(422);
    expect((await add(colleague.user.id, 'member')).statusCode).toBe(204);
    const group = (await director.tab.request('GET', `/network-groups/${groupA}`)).json() as {
      members: { userId: string; role: string }[];
    };
    expect(group.members).toContainEqual(
      expect.objectContaining({ userId: colleague.user.id, role: 'member' }),
    );
    // The organisation cannot leave while its people take part.
    expect(
      (
        await director.tab.request(
          'DELETE',
          `/network-groups/${groupA}/organisations/${organisationA}`,
        )
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await director.tab.request(
          'DELETE',
          `/network-groups/${groupA}/members/${colleague.user.id}`,
        )
      ).statusCode,
    ).toBe(204);
    expect((await director.tab.request('GET', '/network-groups')).json()).toMatchObject({
      items: [{ id: groupA }],
    });
  });
});
