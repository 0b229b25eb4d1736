import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { districtListSchema } from '../../../shared/schemas/district.js';

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
};
