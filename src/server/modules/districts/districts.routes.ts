import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  districtCreateSchema,
  districtListSchema,
  districtSchema,
  districtUpdateSchema,
} from '../../../shared/schemas/district.js';
import { actorOf } from '../../auth/session-plugin.js';
import { problemResponses } from '../../http/problem.js';

export const districtsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/districts',
    {
      config: { access: 'public' },
      schema: {
        tags: ['districts'],
        summary: 'All districts / Alle stadsdelen',
        response: { 200: districtListSchema },
      },
    },
    async () => ({ items: await app.services.districts.list() }),
  );

  app.post(
    '/districts',
    {
      config: { access: 'districts.manage' },
      schema: {
        tags: ['districts'],
        summary: 'Add a district / Stadsdeel toevoegen',
        body: districtCreateSchema,
        response: { 201: districtSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const district = await app.services.districtsAdmin.create(actorOf(request), request.body);
      return reply.code(201).send(district);
    },
  );

  app.patch(
    '/districts/:code',
    {
      config: { access: 'districts.manage' },
      schema: {
        tags: ['districts'],
        summary: 'Rename a district / Stadsdeel hernoemen',
        params: z.object({ code: z.string().regex(/^[A-Z]{2,4}$/) }),
        body: districtUpdateSchema,
        response: { 200: districtSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      app.services.districtsAdmin.rename(actorOf(request), request.params.code, request.body.name),
  );
};
