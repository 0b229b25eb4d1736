import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ClientInfo } from '../audit/audit.service.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { isAction, type RouteAccess } from '../http/access.js';
import { problem, sendProblem } from '../http/problem.js';
import type { Actor } from './auth.service.js';
import { mayEver } from './permissions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in actor; set on every route whose access is not `public`. */
    actor?: Actor;
  }
}

export interface SessionCookieSettings {
  secureCookies: boolean;
  absoluteHours: number;
}

/** The header a state-changing request must carry; see the README. */
export const csrfHeader = 'x-csrf-protection';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookie(settings: SessionCookieSettings) {
  // `__Host-`: only over HTTPS, only from this host, for the whole site.
  const name = settings.secureCookies ? '__Host-schakel-session' : 'schakel-session';
  return {
    name,
    set(reply: FastifyReply, token: string) {
      reply.setCookie(name, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: settings.secureCookies,
        maxAge: settings.absoluteHours * 3600,
      });
    },
    clear(reply: FastifyReply) {
      reply.clearCookie(name, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: settings.secureCookies,
      });
    },
  };
}

/**
 * Sessions and cross-site request forgery protection for the API's scope. A state-changing
 * request must carry `X-CSRF-Protection: 1` — a header another site cannot send without this
 * server's consent (no CORS) — and, when the browser names its Origin, come from this host.
 */
export async function registerSessions(api: FastifyInstance, settings: SessionCookieSettings) {
  await api.register(cookie);
  const { name } = sessionCookie(settings);

  api.addHook('onRequest', async (request, reply) => {
    if (safeMethods.has(request.method)) return;
    if (request.headers[csrfHeader] !== '1' || !sameOrigin(request)) {
      return sendProblem(
        request,
        reply,
        problem(
          403,
          `A request that changes something must send the header ${csrfHeader}: 1 from this site.`,
        ),
      );
    }
  });

  // Before validation: who may not call a route learns nothing about what it expects.
  api.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access as RouteAccess | undefined;
    if (access === undefined || access === 'public') return;
    const actor = await api.services.auth.actorOf(request.cookies[name], clientOf(request));
    if (!actor) throw new UnauthenticatedError('Sign in first.');
    if (access !== 'first-factor' && actor.session.stage !== 'complete') {
      throw new UnauthenticatedError('Finish signing in with your second factor first.');
    }
    request.actor = actor;
    if (isAction(access) && !mayEver(actor.principal, access)) {
      await api.services.audit.recordNow(actor, {
        action: access,
        outcome: 'denied',
        resource: { type: 'route', id: `${request.method} ${request.routeOptions.url}` },
      });
      throw new ForbiddenError('Your role does not allow this.');
    }
  });
}

/** Where the request came from, for the audit trail. */
export function clientOf(request: FastifyRequest): ClientInfo {
  return {
    userAgent: String(request.headers['user-agent'] ?? 'unknown'),
    clientAddress: request.ip,
    requestId: request.id,
  };
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // scripts and same-origin requests of some browsers send none
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The actor of a route whose access guarantees one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError('Sign in first.');
  return request.actor;
}
