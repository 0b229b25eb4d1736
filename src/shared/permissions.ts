import type { Role } from './schemas/people.js';

/**
 * The permission model's table: which roles can do what, and how far each reaches. The
 * server enforces it (src/server/auth/permissions.ts); the browser reads it only to show
 * the pages a person can use.
 */
export const actions = [
  /** See and manage accounts: invite, roles, deactivate, reset second factors, end sessions. */
  'users.manage',
  /** Create organisations and change their name, kind and districts. */
  'organisations.manage',
  /** Create districts and rename them. */
  'districts.manage',
  /** Create network groups and rename them. */
  'network-groups.manage',
  /** See a network group's member organisations and people, and change them. */
  'network-group-members.manage',
  /** Search and export the audit trail of everyone. */
  'audit.read',
  /** Read the development outbox (mails that were not sent for want of SMTP). */
  'mail-outbox.read',
  /** Set up single sign-on for an organisation. */
  'sso.configure',
  /** Mark a finding of the PII guard as "not personal data", for one's own organisation. */
  'pii.override',
  /** Keep an organisation's entry in the partner directory current: profile and services. */
  'directory.edit',
  /**
   * Bring in, read and keep the cases of one's network groups. Only as a member or director of
   * the group: not as administrator, coordinator or analyst (need to know). A case's holder
   * keeps seeing their own case.
   */
  'cases.work',
  /** Change a district's checklist of risk signals for the intake. */
  'risk-signals.configure',
] as const;
export type Action = (typeof actions)[number];

/** Per action, the roles that can do it, and how far each role reaches. */
export type Reach = 'everything' | 'own-districts' | 'own-network-groups' | 'own-organisation';
const policy: Record<Action, Partial<Record<Role, Reach>>> = {
  'users.manage': { admin: 'everything', coordinator: 'own-districts' },
  'organisations.manage': { admin: 'everything', coordinator: 'own-districts' },
  'districts.manage': { admin: 'everything' },
  'network-groups.manage': { admin: 'everything', coordinator: 'own-districts' },
  'network-group-members.manage': {
    admin: 'everything',
    coordinator: 'own-districts',
    director: 'own-network-groups',
  },
  'audit.read': { admin: 'everything' },
  'mail-outbox.read': { admin: 'everything' },
  'sso.configure': { admin: 'everything' },
  // Those who write case-table texts; the reach is their own organisation's word list.
  'pii.override': {
    admin: 'everything',
    coordinator: 'everything',
    director: 'everything',
    member: 'everything',
  },
  // An organisation's own people keep its entry; coordinators every entry in their district.
  'directory.edit': {
    admin: 'everything',
    coordinator: 'own-districts',
    director: 'own-organisation',
    member: 'own-organisation',
  },
  'cases.work': { director: 'own-network-groups', member: 'own-network-groups' },
  'risk-signals.configure': { admin: 'everything', coordinator: 'own-districts' },
};

/** How far a role reaches with an action; undefined when it can never do it. */
export const reachOf = (role: Role, action: Action): Reach | undefined => policy[action][role];

/** Whether any of these roles can ever do the action. */
export const mayEver = (roles: readonly { role: Role }[], action: Action): boolean =>
  roles.some((assignment) => reachOf(assignment.role, action) !== undefined);
