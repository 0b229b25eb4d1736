import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  directoryEntrySchema,
  directoryProfileSchema,
  directoryProfileWriteSchema,
  directorySearchPageSchema,
  directorySearchQuerySchema,
  directoryServiceSchema,
  directoryServiceWriteSchema,
} from '../../../shared/schemas/directory.js';
import { actorOf } from '../../auth/session-plugin.js';
import { problemResponses } from '../../http/problem.js';

const idParams = z.object({ id: z.uuid() });

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/directory/search',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Search the partner directory / Sociale kaart doorzoeken',
        description:
          'Ranked full-text search, in Dutch and English, over names, descriptions, roles, ' +
          'services, categories and target groups; every word counts as a beginning. When ' +
          'nothing is found, names a small typo away (`match: similar-name`). Filters combine.',
        querystring: directorySearchQuerySchema,
        response: { 200: directorySearchPageSchema, ...problemResponses(400, 401) },
      },
    },
    (request) => app.services.directory.search(request.query),
  );

  app.get(
    '/directory/organisations/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: "An organisation's entry / Vermelding van een organisatie",
        description: 'Profile, role (what we do and do not do) and services.',
        params: idParams,
        response: { 200: directoryEntrySchema, ...problemResponses(400, 401, 404) },
      },
    },
    (request) => app.services.directory.entry(request.params.id),
  );

  app.put(
    '/directory/organisations/:id/profile',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: "Change an organisation's profile / Profiel wijzigen",
        description:
          "The organisation's own people, the coordinators of its districts and administrators.",
        params: idParams,
        body: directoryProfileWriteSchema,
        response: { 200: directoryProfileSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      app.services.directory.updateProfile(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/directory/organisations/:id/verified',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Confirm the entry is current / Vermelding bevestigen',
        description: 'Sets "last verified" to now.',
        params: idParams,
        response: { 200: directoryProfileSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => app.services.directory.markVerified(actorOf(request), request.params.id),
  );

  app.post(
    '/directory/organisations/:id/services',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Add a service / Aanbod toevoegen',
        params: idParams,
        body: directoryServiceWriteSchema,
        response: { 201: directoryServiceSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const service = await app.services.directory.addService(
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(service);
    },
  );

  app.put(
    '/directory/services/:id',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Change a service / Aanbod wijzigen',
        params: idParams,
        body: directoryServiceWriteSchema,
        response: { 200: directoryServiceSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    (request) =>
      app.services.directory.updateService(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/directory/services/:id',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Remove a service / Aanbod verwijderen',
        params: idParams,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.services.directory.deleteService(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
