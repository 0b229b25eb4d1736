import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/schemas/problem.js';
import {
  passkeyListSchema,
  passkeyOptionsSchema,
  passkeyRegistrationSchema,
  passkeySignInSchema,
  signInResultSchema,
} from '../../shared/schemas/session.js';
import { actorOf, clientOf, type sessionCookie } from './session-plugin.js';

const problems = { 401: problemSchema, 403: problemSchema };

export const passkeysRoutes: FastifyPluginAsyncZod<{
  cookie: ReturnType<typeof sessionCookie>;
}> = async (app, { cookie }) => {
  const { passkeys, auth } = app.services;

  app.post(
    '/me/passkeys/options',
    {
      config: { access: 'first-factor' },
      schema: {
        tags: ['passkeys'],
        summary: 'Start adding a passkey / Passkey toevoegen (stap 1)',
        response: { 200: passkeyOptionsSchema, ...problems },
      },
    },
    (request) => passkeys.registrationOptions(actorOf(request)),
  );

  app.post(
    '/me/passkeys',
    {
      config: { access: 'first-factor' },
      schema: {
        tags: ['passkeys'],
        summary: 'Add the passkey the browser made / Passkey toevoegen (stap 2)',
        body: passkeyRegistrationSchema,
        response: {
          201: z.object({ id: z.uuid(), name: z.string() }),
          409: problemSchema,
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const { passkey, token } = await passkeys.register(actorOf(request), {
        ...request.body,
        response: request.body.response as unknown as RegistrationResponseJSON,
      });
      if (token) cookie.set(reply, token);
      return reply.code(201).send(passkey);
    },
  );

  app.get(
    '/me/passkeys',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['passkeys'],
        summary: 'My passkeys / Mijn passkeys',
        response: { 200: passkeyListSchema, ...problems },
      },
    },
    async (request) => ({
      items: (await passkeys.list(actorOf(request))).map((passkey) => ({
        id: passkey.id,
        name: passkey.name,
        createdAt: passkey.created_at,
        lastUsedAt: passkey.last_used_at,
      })),
    }),
  );

  app.delete(
    '/me/passkeys/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['passkeys'],
        summary: 'Remove one of my passkeys / Passkey verwijderen',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.undefined(), 404: problemSchema, 409: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      await passkeys.remove(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/session/passkey/options',
    {
      config: { access: 'public' },
      schema: {
        tags: ['passkeys'],
        summary: 'Start signing in with a passkey / Inloggen met passkey (stap 1)',
        response: { 200: passkeyOptionsSchema },
      },
    },
    () => passkeys.authenticationOptions(),
  );

  app.post(
    '/session/passkey',
    {
      config: { access: 'public' },
      schema: {
        tags: ['passkeys'],
        summary: 'Sign in with a passkey / Inloggen met passkey (stap 2)',
        description:
          'Signs in on its own, or completes a sign-in that began with a password in this browser.',
        body: passkeySignInSchema,
        response: { 200: signInResultSchema, 401: problemSchema },
      },
    },
    async (request, reply) => {
      const current = await auth.actorOf(request.cookies[cookie.name], clientOf(request));
      const { token, result } = await passkeys.authenticate(
        {
          challengeId: request.body.challengeId,
          response: request.body.response as unknown as AuthenticationResponseJSON,
        },
        current,
        clientOf(request),
      );
      cookie.set(reply, token);
      request.log.info({ event: 'sign-in', outcome: 'passkey-accepted' }, 'sign-in attempt');
      return result;
    },
  );
};
