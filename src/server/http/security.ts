import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const apiVersion = '1.0.0';

/**
 * Security headers on every response, and the API's own headers (NL API Design Rules):
 * API-Version everywhere, and no caching of API answers, which may carry protected data.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' }, // the same as frame-ancestors 'none', for older browsers
    // Served over plain HTTP on localhost too; HSTS belongs on the TLS-terminating proxy.
    strictTransportSecurity: false,
  });

  app.addHook('onSend', async (request, reply, payload) => {
    setApiHeaders(request, reply);
    return payload;
  });
}

function setApiHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('API-Version', apiVersion);
  reply.header('X-Request-Id', request.id);
  if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
}

/**
 * For the few answers Fastify gives before any hook runs (an undecodable URL): the API's headers
 * and the strictest security headers, as the answer is an error body and nothing more.
 */
export function setHeadersWithoutHooks(request: FastifyRequest, reply: FastifyReply): void {
  setApiHeaders(request, reply);
  reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Referrer-Policy', 'no-referrer');
}
