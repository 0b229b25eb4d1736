import type { Action } from '../../../shared/permissions.js';

/**
 * The managers' pages, under /beheer, in Dutch like every address of the web app. Addresses
 * carry ids only: never a name or an e-mail address.
 */
export const adminPaths = {
  overview: '/beheer',
  accounts: '/beheer/accounts',
  account: (id: string) => `/beheer/accounts/${encodeURIComponent(id)}`,
  invite: '/beheer/accounts/uitnodigen',
  organisations: '/beheer/organisaties',
  districts: '/beheer/stadsdelen',
  networkGroups: '/beheer/netwerkgroepen',
  networkGroup: (id: string) => `/beheer/netwerkgroepen/${encodeURIComponent(id)}`,
  riskSignals: '/beheer/risicosignalen',
  auditTrail: '/beheer/logboek',
  outbox: '/beheer/postvak',
} as const;

/** The router's patterns for the pages with an id. */
export const adminRoutePatterns = {
  account: '/beheer/accounts/:id',
  networkGroup: '/beheer/netwerkgroepen/:id',
} as const;

/** The sections of /beheer, each with the action that opens it (src/shared/permissions.ts). */
export const adminSections = [
  { key: 'accounts', href: adminPaths.accounts, action: 'users.manage' },
  { key: 'networkGroups', href: adminPaths.networkGroups, action: 'network-group-members.manage' },
  { key: 'organisations', href: adminPaths.organisations, action: 'organisations.manage' },
  { key: 'districts', href: adminPaths.districts, action: 'districts.manage' },
  { key: 'riskSignals', href: adminPaths.riskSignals, action: 'risk-signals.configure' },
  { key: 'auditTrail', href: adminPaths.auditTrail, action: 'audit.read' },
  { key: 'outbox', href: adminPaths.outbox, action: 'mail-outbox.read' },
] as const satisfies readonly { key: string; href: string; action: Action }[];
