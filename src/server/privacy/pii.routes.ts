import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { piiOverrideSchema } from '../../shared/schemas/privacy.js';
import { actorOf } from '../auth/session-plugin.js';
import { problemResponses } from '../http/problem.js';

export const piiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/pii-overrides',
    {
      config: { access: 'pii.override' },
      schema: {
        tags: ['privacy'],
        summary: 'What my organisation marked as not personal data / Gemarkeerde woorden',
        description:
          'SHA-256 (hex) of each marked text, lower-cased with spaces collapsed, and its ' +
          'category: enough to recognise a mark, without the text.',
        response: {
          200: z.object({
            items: z.array(z.object({ textHash: z.string(), category: z.string() })),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => ({ items: await app.services.pii.marks(actorOf(request)) }),
  );

  app.post(
    '/pii-overrides',
    {
      config: { access: 'pii.override' },
      schema: {
        tags: ['privacy'],
        summary: 'Mark a finding as not personal data / Geen persoonsgegeven',
        description:
          'For your organisation: the PII guard no longer flags this text in this category. ' +
          'The reason must hold no personal data. Audited without the text.',
        body: piiOverrideSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const result = await app.services.pii.override(actorOf(request), request.body);
      return reply.code(201).send(result);
    },
  );
};
