import type { FastifyInstance } from 'fastify';

/**
 * Who may call a route. Every API route must declare it (deny by default): a route without
 * a declaration stops start-up.
 * - `public`: anyone;
 * - `first-factor`: a session whose password is checked, second factor perhaps still due
 *   (the routes that complete sign-in);
 * - `signed-in`: a session that has completed sign-in.
 * The access-control issue adds permissions per role here.
 */
export type RouteAccess = 'public' | 'first-factor' | 'signed-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export class UndeclaredAccessError extends Error {}

/** Call inside the API's plugin scope: the hook sees every route registered there. */
export function requireDeclaredAccess(api: FastifyInstance): void {
  api.addHook('onRoute', (route) => {
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (access === undefined) {
      throw new UndeclaredAccessError(
        `Route ${String(route.method)} ${route.url} declares no access (config.access).`,
      );
    }
  });
}
