import { type Action, reachOf } from '../../shared/permissions.js';
import type { Role } from '../../shared/schemas/people.js';
import { ForbiddenError, NotFoundError } from '../errors.js';

export { type Action, actions } from '../../shared/permissions.js';

/**
 * What a signed-in person may do, in one place. A route names the action it needs
 * (`config.access`); the session plugin answers 403 when none of the actor's roles can ever do
 * it. Which objects an allowed actor reaches is decided by `scopeOf`, and the repositories
 * filter by that scope in SQL, so an object outside it answers 404 like an unknown one.
 * The table of roles and actions is shared with the browser: src/shared/permissions.ts.
 */

/** A role as the permission model sees it: ids, not names. */
export interface ScopedRole {
  role: Role;
  districtId: string | null;
  networkGroupId: string | null;
}

/** Who someone is, for the permission model: enough to decide without a query. */
export interface Principal {
  userId: string;
  organisationId: string;
  scopedRoles: ScopedRole[];
}

/**
 * The objects an action reaches: everything, or the objects of some districts, network
 * groups and organisations (one's own). Repositories turn it into a WHERE clause.
 */
export type Scope =
  | { everything: true }
  | {
      everything: false;
      districtIds: string[];
      networkGroupIds: string[];
      organisationIds: string[];
    };

/** Whether any of the principal's roles can ever do the action (otherwise: 403). */
export function mayEver(principal: Principal, action: Action): boolean {
  return principal.scopedRoles.some((assignment) => reachOf(assignment.role, action) !== undefined);
}

/** How far the principal reaches with the action. */
export function scopeOf(principal: Principal, action: Action): Scope {
  const districtIds = new Set<string>();
  const networkGroupIds = new Set<string>();
  const organisationIds = new Set<string>();
  for (const assignment of principal.scopedRoles) {
    const reach = reachOf(assignment.role, action);
    if (reach === 'everything') return { everything: true };
    if (reach === 'own-districts' && assignment.districtId) districtIds.add(assignment.districtId);
    if (reach === 'own-network-groups' && assignment.networkGroupId) {
      networkGroupIds.add(assignment.networkGroupId);
    }
    if (reach === 'own-organisation') organisationIds.add(principal.organisationId);
  }
  return {
    everything: false,
    districtIds: [...districtIds],
    networkGroupIds: [...networkGroupIds],
    organisationIds: [...organisationIds],
  };
}

/**
 * What an object is, for a permission decision: the districts, group and organisation it
 * belongs to.
 */
export interface Resource {
  districtIds?: readonly string[];
  networkGroupId?: string | null;
  organisationId?: string | null;
}

/**
 * Whether the principal may do the action on this object. Lists are filtered in SQL with
 * `scopeOf`; this answers the same question for one object a service already holds.
 */
export function can(principal: Principal, action: Action, resource: Resource = {}): boolean {
  const scope = scopeOf(principal, action);
  if (scope.everything) return true;
  const inDistrict = (resource.districtIds ?? []).some((id) => scope.districtIds.includes(id));
  const inGroup =
    resource.networkGroupId != null && scope.networkGroupIds.includes(resource.networkGroupId);
  const inOrganisation =
    resource.organisationId != null && scope.organisationIds.includes(resource.organisationId);
  return inDistrict || inGroup || inOrganisation;
}

/** True when the principal holds the role anywhere. */
export const holds = (principal: Principal, role: Role) =>
  principal.scopedRoles.some((assignment) => assignment.role === role);

/**
 * For services: throws 403 when the principal's roles can never do the action, and 404 — as
 * for an unknown id — when the object lies outside their reach.
 */
export function authorize(
  who: { principal: Principal },
  action: Action,
  resource?: Resource,
): void {
  if (!mayEver(who.principal, action)) {
    throw new ForbiddenError('Your role does not allow this.');
  }
  if (resource && !can(who.principal, action, resource)) {
    throw new NotFoundError('There is no such record, or it is not yours to see.');
  }
}
