import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema, instanceSchema } from '../../../shared/schemas/system.js';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Is the service up? / Draait de dienst?',
        description: 'Answers 200 when the server and its database respond.',
        response: { 200: healthSchema },
      },
    },
    () => app.services.system.health(),
  );

  app.get(
    '/instance',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'About this installation / Over deze installatie',
        description: 'Whether this installation holds the fictional demo, and its version.',
        response: { 200: instanceSchema },
      },
    },
    () => app.services.system.instance(),
  );

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () =>
    app.swagger(),
  );
};
