import { type Action, reachOf } from '../../../shared/permissions.js';
import type { Me } from '../../../shared/schemas/session.js';

/**
 * The districts in which someone may do the action, read from the shared permission table:
 * `undefined` when they may do it everywhere (an administrator), else the districts of their
 * roles that reach "own districts" (a coordinator's). Forms offer only these.
 */
export function districtReach(
  me: Me,
  action: Action,
): { code: string; name: string }[] | undefined {
  if (me.roles.some((assignment) => reachOf(assignment.role, action) === 'everything')) {
    return undefined;
  }
  return me.roles.flatMap((assignment) =>
    reachOf(assignment.role, action) === 'own-districts' && assignment.district
      ? [assignment.district]
      : [],
  );
}

/** Whether a district lies within a reach (see districtReach). */
export const withinReach = (reach: { code: string }[] | undefined, districtCode: string): boolean =>
  reach === undefined || reach.some((district) => district.code === districtCode);
