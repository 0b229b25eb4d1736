import { z } from 'zod';
import { districtSchema } from '../../../shared/schemas/district.js';
import {
  type OrganisationWrite,
  organisationPageSchema,
  organisationSchema,
} from '../../../shared/schemas/organisation.js';
import {
  networkGroupCandidateSchema,
  networkGroupDetailSchema,
  networkGroupListSchema,
  type RoleGrant,
  type UserStatus,
  userDetailSchema,
  userPageSchema,
} from '../../../shared/schemas/people.js';
import { get, send } from '../../lib/api.js';

const createdSchema = z.object({ id: z.uuid() });
const invitedSchema = z.object({ userId: z.uuid() });
const candidatesSchema = z.object({ items: z.array(networkGroupCandidateSchema) });

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** What the accounts list is searched for. */
export interface UserSearch {
  q?: string | undefined;
  status?: UserStatus | undefined;
  organisation?: string | undefined;
  page?: number;
  pageSize?: number;
}

export interface Invitation extends RoleGrant {
  email: string;
  displayName: string;
  organisationId: string;
}

function searchParams(values: Record<string, string | number | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

/** The API of the managers' pages: accounts, organisations, districts and network groups. */
export const adminApi = {
  users: (search: UserSearch) =>
    get(`/users?${searchParams({ pageSize: 50, ...search })}`, userPageSchema),
  user: (id: string) => get(`/users/${path(id)}`, userDetailSchema),
  renameUser: (id: string, displayName: string) =>
    send('PATCH', `/users/${path(id)}`, { displayName }),
  deactivate: (id: string) => send('POST', `/users/${path(id)}/deactivate`),
  reactivate: (id: string) => send('POST', `/users/${path(id)}/reactivate`),
  resetSecondFactor: (id: string) => send('POST', `/users/${path(id)}/mfa-reset`),
  endSessions: (id: string) => send('POST', `/users/${path(id)}/end-sessions`),
  grantRole: (id: string, grant: RoleGrant) =>
    send('POST', `/users/${path(id)}/roles`, grant, createdSchema),
  revokeRole: (id: string, roleId: string) => send('DELETE', `/users/${path(id, 'roles', roleId)}`),
  invite: (invitation: Invitation) => send('POST', '/invitations', invitation, invitedSchema),

  organisations: (query: { district?: string | undefined; page?: number; pageSize?: number }) =>
    get(`/organisations?${searchParams({ pageSize: 100, ...query })}`, organisationPageSchema),
  createOrganisation: (input: OrganisationWrite) =>
    send('POST', '/organisations', input, organisationSchema),
  updateOrganisation: (id: string, input: OrganisationWrite) =>
    send('PUT', `/organisations/${path(id)}`, input, organisationSchema),

  createDistrict: (input: { code: string; name: string }) =>
    send('POST', '/districts', input, districtSchema),
  renameDistrict: (code: string, name: string) =>
    send('PATCH', `/districts/${path(code)}`, { name }, districtSchema),

  networkGroups: () => get('/network-groups', networkGroupListSchema),
  networkGroup: (id: string) => get(`/network-groups/${path(id)}`, networkGroupDetailSchema),
  candidates: (id: string) => get(`/network-groups/${path(id, 'candidates')}`, candidatesSchema),
  createNetworkGroup: (input: { districtCode: string; name: string; organisationIds: string[] }) =>
    send('POST', '/network-groups', input, createdSchema),
  renameNetworkGroup: (id: string, name: string) =>
    send('PATCH', `/network-groups/${path(id)}`, { name }),
  addGroupOrganisation: (id: string, organisationId: string) =>
    send('PUT', `/network-groups/${path(id, 'organisations', organisationId)}`),
  removeGroupOrganisation: (id: string, organisationId: string) =>
    send('DELETE', `/network-groups/${path(id, 'organisations', organisationId)}`),
  addGroupMember: (id: string, member: { userId: string; role: 'director' | 'member' }) =>
    send('POST', `/network-groups/${path(id, 'members')}`, member),
  removeGroupMember: (id: string, userId: string) =>
    send('DELETE', `/network-groups/${path(id, 'members', userId)}`),
};
