import { reachOf } from '../../../../shared/permissions.js';
import type { DirectoryEntry } from '../../../../shared/schemas/directory.js';
import type { Me } from '../../../../shared/schemas/session.js';

/**
 * One of the organisation's own editors: a member or director of the organisation itself. Only
 * they see and keep its confidential addresses (the server's `isOwnEditor`).
 */
export const isOwnEditor = (me: Me, organisationId: string): boolean =>
  me.user.organisation.id === organisationId &&
  me.roles.some((assignment) => reachOf(assignment.role, 'directory.edit') === 'own-organisation');

/**
 * Whether the signed-in person may keep this entry, read from the shared permission table as the
 * server applies it: an administrator every entry, a coordinator those of their districts, the
 * organisation's own people their own. The server decides; this only picks the page to show.
 */
export function mayEditEntry(me: Me, entry: Pick<DirectoryEntry, 'id' | 'districts'>): boolean {
  return me.roles.some((assignment) => {
    switch (reachOf(assignment.role, 'directory.edit')) {
      case 'everything':
        return true;
      case 'own-districts':
        return entry.districts.some((district) => district.code === assignment.district?.code);
      case 'own-organisation':
        return me.user.organisation.id === entry.id;
      default:
        return false;
    }
  });
}
