import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  publicDirectoryEntrySchema,
  publicDirectorySearchPageSchema,
  publicDirectorySearchQuerySchema,
} from '../../../shared/schemas/public-directory.js';
import { problemResponses } from '../../http/problem.js';
import type { PublicDirectoryServiceApi } from './public-directory.service.js';

const optional =
  'Optional per installation (`SCHAKEL_PUBLIC_DIRECTORY=true`); when it is off, this answers ' +
  '404 like an address that does not exist. ';

/**
 * The public page of the partner directory: anyone, without signing in, reads public fields.
 * The service comes with the options, built on the app's database with the deployment's
 * setting (see app.ts).
 */
export const publicDirectoryRoutes: FastifyPluginAsyncZod<{
  service: PublicDirectoryServiceApi;
}> = async (app, { service }) => {
  // Before validation: with the page off, not even a malformed request may tell it exists.
  app.addHook('onRequest', async () => service.assertEnabled());

  app.get(
    '/public/directory/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'Search the public directory / Openbare sociale kaart doorzoeken',
        description:
          optional +
          'The same ranked search as the signed-in directory, over active entries only, ' +
          'answering public fields only.',
        querystring: publicDirectorySearchQuerySchema,
        response: { 200: publicDirectorySearchPageSchema, ...problemResponses(400, 404) },
      },
    },
    (request) => service.search(request.query),
  );

  app.get(
    '/public/directory/organisations/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: "An organisation's public entry / Openbare vermelding",
        description:
          optional +
          'Role (what we do and do not do), general e-mail, phone and website, active ' +
          'services and public locations. Never warm-line contacts or confidential addresses. ' +
          'An inactive entry answers 404.',
        params: z.object({ id: z.uuid() }),
        response: { 200: publicDirectoryEntrySchema, ...problemResponses(400, 404) },
      },
    },
    (request) => service.entry(request.params.id),
  );
};
