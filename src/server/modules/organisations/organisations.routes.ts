import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  organisationPageSchema,
  organisationQuerySchema,
  organisationSchema,
  organisationWriteSchema,
} from '../../../shared/schemas/organisation.js';
import { problemSchema } from '../../../shared/schemas/problem.js';
import { actorOf } from '../../auth/session-plugin.js';
import { problemResponses } from '../../http/problem.js';

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

  app.post(
    '/organisations',
    {
      config: { access: 'organisations.manage' },
      schema: {
        tags: ['organisations'],
        summary: 'Add an organisation / Organisatie toevoegen',
        description: 'Coordinators add organisations of their own district.',
        body: organisationWriteSchema,
        response: { 201: organisationSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const organisation = await app.services.organisationsAdmin.create(
        actorOf(request),
        request.body,
      );
      return reply.code(201).send(organisation);
    },
  );

  app.put(
    '/organisations/:id',
    {
      config: { access: 'organisations.manage' },
      schema: {
        tags: ['organisations'],
        summary: 'Change an organisation / Organisatie wijzigen',
        description: 'Coordinators add or remove only their own district.',
        params: z.object({ id: z.uuid() }),
        body: organisationWriteSchema,
        response: { 200: organisationSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    (request) =>
      app.services.organisationsAdmin.update(actorOf(request), request.params.id, request.body),
  );
};
