import type { FastifyInstance } from 'fastify';
import { type Action, actions } from '../auth/permissions.js';

/**
 * Who may call a route. Every API route must declare it (deny by default): a route without
 * a declaration stops start-up.
 * - `public`: anyone;
 * - `first-factor`: a session whose password is checked, second factor perhaps still due
 *   (the routes that complete sign-in);
 * - `signed-in`: a session that has completed sign-in (one's own account);
 * - an action of the permission model (`users.manage`, …): a completed session whose roles
 *   can do it; which objects it reaches, the service decides (out of scope: 404).
 */
export type RouteAccess = 'public' | 'first-factor' | 'signed-in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export class UndeclaredAccessError extends Error {}

const accessLevels: readonly string[] = ['public', 'first-factor', 'signed-in', ...actions];

export const isAction = (access: RouteAccess): access is Action =>
  (actions as readonly string[]).includes(access);

/** Call inside the API's plugin scope: the hook sees every route registered there. */
export function requireDeclaredAccess(api: FastifyInstance): void {
  api.addHook('onRoute', (route) => {
    const access = (route.config as { access?: unknown } | undefined)?.access;
    if (typeof access !== 'string' || !accessLevels.includes(access)) {
      throw new UndeclaredAccessError(
        `Route ${String(route.method)} ${route.url} declares no access (config.access).`,
      );
    }
  });
}
