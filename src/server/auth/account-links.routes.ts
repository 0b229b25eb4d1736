import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/schemas/problem.js';
import {
  invitationSchema,
  linkPasswordSchema,
  passwordResetRequestSchema,
} from '../../shared/schemas/session.js';
import { actorOf, clientOf } from './session-plugin.js';

export const accountLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { accountLinks } = app.services;

  app.post(
    '/invitations',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Invite a person by e-mail / Iemand uitnodigen',
        body: invitationSchema,
        response: {
          201: z.object({ userId: z.uuid() }),
          403: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await accountLinks.invite(actorOf(request), request.body);
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/invitations/accept',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: choose a password / Uitnodiging aannemen',
        body: linkPasswordSchema,
        response: { 204: z.undefined(), 422: problemSchema },
      },
    },
    async (request, reply) => {
      await accountLinks.acceptInvitation(
        request.body.token,
        request.body.password,
        clientOf(request),
      );
      return reply.code(204).send();
    },
  );

  app.post(
    '/password-reset',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Ask for a password reset link / Wachtwoord vergeten',
        description: 'Always 202, whether or not the address has an account.',
        body: passwordResetRequestSchema,
        response: { 202: z.object({}) },
      },
    },
    async (request, reply) => {
      await accountLinks.requestPasswordReset(request.body.email, clientOf(request));
      return reply.code(202).send({});
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Choose a new password with the link / Nieuw wachtwoord',
        description: 'Ends every session of the account; signing in still asks the second factor.',
        body: linkPasswordSchema,
        response: { 204: z.undefined(), 422: problemSchema },
      },
    },
    async (request, reply) => {
      await accountLinks.resetPassword(
        request.body.token,
        request.body.password,
        clientOf(request),
      );
      return reply.code(204).send();
    },
  );
};
