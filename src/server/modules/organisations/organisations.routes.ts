import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organisationPageSchema,
  organisationQuerySchema,
} from '../../../shared/schemas/organisation.js';
import { problemSchema } from '../../../shared/schemas/problem.js';

export const organisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organisations'],
        summary: 'Partner organisations / Partnerorganisaties',
        description: 'Informal and formal partners, by name; filter by district code and kind.',
        querystring: organisationQuerySchema,
        response: { 200: organisationPageSchema, 400: problemSchema },
      },
    },
    (request) => app.services.organisations.list(request.query),
  );
};
