import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/schemas/problem.js';
import {
  meSchema,
  mfaCodeSchema,
  recoveryCodesSchema,
  sessionListSchema,
  signInResultSchema,
  signInSchema,
  totpEnrolmentSchema,
} from '../../shared/schemas/session.js';
import { actorOf, clientOf, type sessionCookie } from './session-plugin.js';

const problems = { 401: problemSchema, 403: problemSchema };

export const authRoutes: FastifyPluginAsyncZod<{
  cookie: ReturnType<typeof sessionCookie>;
}> = async (app, { cookie }) => {
  const { auth } = app.services;

  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Sign in with e-mail address and password / Inloggen',
        description:
          'Sets the session cookie. When `mfaRequired` is true, send a code to /session/mfa ' +
          '(or set up an authenticator app first when `enrolmentRequired`).',
        body: signInSchema,
        response: {
          200: signInResultSchema,
          401: problemSchema,
          423: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      // Every attempt in the log, without the address typed: a mistyped one may be someone's.
      try {
        const { token, result } = await auth.signIn({ ...request.body, ...clientOf(request) });
        cookie.set(reply, token);
        request.log.info({ event: 'sign-in', outcome: 'password-accepted' }, 'sign-in attempt');
        return result;
      } catch (error) {
        request.log.info({ event: 'sign-in', outcome: 'refused' }, 'sign-in attempt');
        throw error;
      }
    },
  );

  app.post(
    '/session/mfa',
    {
      config: { access: 'first-factor' },
      schema: {
        tags: ['session'],
        summary: 'Second factor: authenticator code or recovery code / Tweede stap',
        body: mfaCodeSchema,
        response: { 200: signInResultSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { token, result } = await auth.completeMfa(actorOf(request), request.body.code);
      if (token) cookie.set(reply, token);
      return result;
    },
  );

  app.delete(
    '/session',
    {
      config: { access: 'first-factor' },
      schema: {
        tags: ['session'],
        summary: 'Sign out / Uitloggen',
        response: { 204: z.undefined(), ...problems },
      },
    },
    async (request, reply) => {
      await auth.signOut(actorOf(request));
      cookie.clear(reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'first-factor' },
      schema: {
        tags: ['session'],
        summary: 'Who am I? / Wie ben ik?',
        response: { 200: meSchema, ...problems },
      },
    },
    (request) => auth.me(actorOf(request)),
  );

  app.get(
    '/me/sessions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['session'],
        summary: 'My sessions / Mijn sessies',
        response: { 200: sessionListSchema, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const sessions = await auth.sessionsOf(actor);
      return {
        items: sessions.map((session) => ({
          id: session.id,
          current: session.id === actor.session.id,
          createdAt: session.created_at,
          lastSeenAt: session.last_seen_at,
          userAgent: session.user_agent,
        })),
      };
    },
  );

  app.delete(
    '/me/sessions/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['session'],
        summary: 'End one of my sessions / Sessie beëindigen',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.undefined(), 404: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      await auth.endSession(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/me/totp',
    {
      config: { access: 'first-factor' },
      schema: {
        tags: ['session'],
        summary: 'Start setting up an authenticator app / Authenticator-app instellen',
        response: { 200: totpEnrolmentSchema, ...problems },
      },
    },
    (request) => auth.startTotpEnrolment(actorOf(request)),
  );

  app.post(
    '/me/totp/confirm',
    {
      config: { access: 'first-factor' },
      schema: {
        tags: ['session'],
        summary: 'Confirm the authenticator app with a first code / Bevestigen',
        body: mfaCodeSchema,
        response: { 200: recoveryCodesSchema, 422: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { token, recoveryCodes } = await auth.confirmTotpEnrolment(
        actorOf(request),
        request.body.code,
      );
      cookie.set(reply, token);
      return { recoveryCodes };
    },
  );

  app.post(
    '/me/recovery-codes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['session'],
        summary: 'New recovery codes, replacing the old / Nieuwe herstelcodes',
        response: { 200: recoveryCodesSchema, ...problems },
      },
    },
    async (request) => ({ recoveryCodes: await auth.regenerateRecoveryCodes(actorOf(request)) }),
  );
};
