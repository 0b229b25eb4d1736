import type { TFunction } from 'i18next';
import { actions } from '../../../shared/permissions.js';
import type { AuditEntry } from '../../../shared/schemas/audit.js';
import { caseActions } from '../../../shared/schemas/cases.js';
import { directoryChangeActions, directoryReadActions } from '../../../shared/schemas/directory.js';

/**
 * An action of the audit trail in words ("Ingelogd met wachtwoord"), or as it is stored when
 * this version of the web app has no words for it. Keys cannot hold dots: they become `_`.
 */
export const actionLabel = (t: TFunction, action: string): string =>
  t(`audit.action.${action.replaceAll('.', '_')}`, { defaultValue: action });

export const outcomeLabel = (t: TFunction, outcome: AuditEntry['outcome']): string =>
  t(`audit.outcome.${outcome}`);

/** The kind of record an entry is about ("Account"), or its stored name. */
export const resourceTypeLabel = (t: TFunction, type: string): string =>
  t(`audit.resource.${type}`, { defaultValue: type });

/** The roles the person held, in words: the trail stores their names with spaces between. */
export const rolesLabel = (t: TFunction, roles: string | null): string =>
  roles
    ? roles
        .split(' ')
        .map((role) => t(`admin.role.${role}`, { defaultValue: role }))
        .join(', ')
    : '';

/** Every action this version knows, for the filter's list: sorted by their words. */
export const knownActions = [
  'sign-in.password',
  'sign-in.passkey',
  'sign-in.sso',
  'sign-in.second-factor',
  'sign-out',
  'session.end',
  'mfa.totp.enable',
  'mfa.recovery-codes.renew',
  'mfa.passkey.add',
  'mfa.passkey.remove',
  'password-reset.request',
  'password.reset',
  'user.invite',
  'user.invitation.accept',
  'user.list',
  'user.read',
  'user.update',
  'user.deactivate',
  'user.reactivate',
  'user.mfa-reset',
  'user.sessions.end',
  'user.role.grant',
  'user.role.revoke',
  'organisation.create',
  'organisation.update',
  'organisation.sso.configure',
  'district.create',
  'district.update',
  'network-group.create',
  'network-group.update',
  'network-group.read',
  'network-group.candidates.read',
  'network-group.organisation.add',
  'network-group.organisation.remove',
  'network-group.member.add',
  'network-group.member.remove',
  'audit.search',
  'audit.export',
  ...directoryChangeActions,
  ...directoryReadActions,
  ...caseActions,
  'data-key.rotate',
  'data-key.forget',
  // Refusals are stored under the permission that was asked for; reading the outbox is one too.
  ...actions,
] as const;

export const knownResourceTypes = [
  'user',
  'session',
  'organisation',
  'district',
  'network-group',
  'audit-trail',
  'mail-outbox',
  'route',
  'case',
  'case-action',
] as const;
