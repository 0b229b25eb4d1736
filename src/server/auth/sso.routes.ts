import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/schemas/problem.js';
import { ssoOrganisationsSchema, ssoSettingsSchema } from '../../shared/schemas/session.js';
import { actorOf, clientOf, type sessionCookie } from './session-plugin.js';
import { SsoError } from './sso.service.js';

const bindingCookie = 'schakel-sso';

export const ssoRoutes: FastifyPluginAsyncZod<{
  cookie: ReturnType<typeof sessionCookie>;
  secureCookies: boolean;
}> = async (app, { cookie, secureCookies }) => {
  const { sso } = app.services;

  app.get(
    '/sso/organisations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['single sign-on'],
        summary: 'Organisations whose people sign in through their own provider / SSO',
        response: { 200: ssoOrganisationsSchema },
      },
    },
    async () => ({ items: await sso.organisations() }),
  );

  app.put(
    '/organisations/:id/sso',
    {
      config: { access: 'sso.configure' },
      schema: {
        tags: ['single sign-on'],
        summary: "Set up an organisation's OpenID Connect provider (administrators)",
        params: z.object({ id: z.uuid() }),
        body: ssoSettingsSchema,
        response: {
          204: z.undefined(),
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      await sso.configure(actorOf(request), request.params.id, request.body);
      return reply.code(204).send();
    },
  );

  app.get(
    '/sso/start',
    {
      config: { access: 'public' },
      schema: {
        tags: ['single sign-on'],
        summary: 'Go to the organisation’s provider to sign in / Inloggen via uw organisatie',
        querystring: z.object({ organisation: z.uuid() }),
        response: { 302: z.undefined() },
      },
    },
    async (request, reply) => {
      try {
        const { redirectTo, binding } = await sso.start(request.query.organisation);
        // Lax, not Strict: it must come back with the provider's redirect to the callback.
        reply.setCookie(bindingCookie, binding, {
          path: '/api/v1/sso',
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies,
          maxAge: 600,
        });
        return reply.redirect(redirectTo, 302);
      } catch (error) {
        if (!(error instanceof SsoError)) throw error;
        request.log.info(
          { event: 'sign-in', outcome: 'sso-refused', reason: error.reason },
          'sign-in attempt',
        );
        return reply.redirect('/inloggen?sso=mislukt', 302);
      }
    },
  );

  app.get(
    '/sso/callback',
    {
      config: { access: 'public' },
      schema: {
        tags: ['single sign-on'],
        summary: 'Where the provider sends the browser back',
        response: { 302: z.undefined() },
      },
    },
    async (request, reply) => {
      reply.clearCookie(bindingCookie, { path: '/api/v1/sso' });
      try {
        const { token, result } = await sso.finish(
          new URL(request.url, 'http://callback.invalid'),
          request.cookies[bindingCookie],
          clientOf(request),
        );
        cookie.set(reply, token);
        request.log.info({ event: 'sign-in', outcome: 'sso-accepted' }, 'sign-in attempt');
        const next = result.enrolmentRequired
          ? '/inloggen/app-instellen'
          : result.mfaRequired
            ? '/inloggen/code'
            : '/';
        return reply.redirect(next, 302);
      } catch (error) {
        if (!(error instanceof SsoError)) throw error;
        request.log.info(
          { event: 'sign-in', outcome: 'sso-refused', reason: error.reason },
          'sign-in attempt',
        );
        return reply.redirect('/inloggen?sso=mislukt', 302);
      }
    },
  );
};
