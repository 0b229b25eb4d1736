import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../shared/schemas/problem.js';
import { outboxSchema } from '../../shared/schemas/session.js';
import { actorOf } from '../auth/session-plugin.js';

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dev-outbox',
    {
      config: { access: 'mail-outbox.read' },
      schema: {
        tags: ['accounts'],
        summary: 'Mails kept instead of sent, without SMTP (administrators) / Postvak',
        response: { 200: outboxSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    (request) => app.services.mail.outbox(actorOf(request)),
  );
};
