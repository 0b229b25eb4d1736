import type { FastifyInstance } from 'fastify';

/**
 * Who may call a route. Every API route must declare it (deny by default): a route without
 * a declaration stops start-up. Only public routes exist so far; the access-control issue adds
 * permissions here.
 */
export type RouteAccess = 'public';

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
