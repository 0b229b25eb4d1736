import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  directoryContactSchema,
  directoryContactWriteSchema,
  directoryEntrySchema,
  directoryHistoryPageSchema,
  directoryHistoryQuerySchema,
  directoryLocationSchema,
  directoryLocationWriteSchema,
  directoryProfileSchema,
  directoryProfileWriteSchema,
  directorySearchPageSchema,
  directorySearchQuerySchema,
  directoryServiceSchema,
  directoryServiceWriteSchema,
  directoryWhoIsWhoParamsSchema,
  directoryWhoIsWhoSchema,
} from '../../../shared/schemas/directory.js';
import { actorOf } from '../../auth/session-plugin.js';
import { problemResponses } from '../../http/problem.js';

/** Who keeps a location, as the three location routes document it. */
const locationRule =
  "The organisation's own people, the coordinators of its districts and administrators; " +
  "a confidential location only the organisation's own people (for anyone else it does " +
  'not exist: 404), and only they can make one confidential (403)';

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
        description:
          'Profile, role (what we do and do not do), services, locations and warm-line ' +
          "contacts. Confidential locations are shown to the organisation's own people only. " +
          'Reading an entry with contacts (named professionals) is recorded in the audit trail.',
        params: idParams,
        response: { 200: directoryEntrySchema, ...problemResponses(400, 401, 404) },
      },
    },
    (request) => app.services.directory.entry(actorOf(request), request.params.id),
  );

  app.get(
    '/directory/organisations/:id/history',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: "An entry's history / Geschiedenis van een vermelding",
        description:
          'Who changed the entry and when, newest first, from the audit trail. For those who ' +
          'may edit the entry.',
        params: idParams,
        querystring: directoryHistoryQuerySchema,
        response: { 200: directoryHistoryPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => app.services.directory.history(actorOf(request), request.params.id, request.query),
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

  app.post(
    '/directory/organisations/:id/locations',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Add a location / Locatie toevoegen',
        description: locationRule,
        params: idParams,
        body: directoryLocationWriteSchema,
        response: { 201: directoryLocationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const created = await app.services.directory.addLocation(
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/directory/locations/:id',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Change a location / Locatie wijzigen',
        description: locationRule,
        params: idParams,
        body: directoryLocationWriteSchema,
        response: { 200: directoryLocationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      app.services.directory.updateLocation(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/directory/locations/:id',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Remove a location / Locatie verwijderen',
        description: locationRule,
        params: idParams,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.services.directory.deleteLocation(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/directory/organisations/:id/contacts',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Add a contact / Contactpersoon toevoegen',
        description:
          'A named professional who agreed to be listed (`optedIn: true`); shown to signed-in ' +
          'people only. Kept by those who keep the entry',
        params: idParams,
        body: directoryContactWriteSchema,
        response: { 201: directoryContactSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const created = await app.services.directory.addContact(
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/directory/contacts/:id',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Change a contact / Contactpersoon wijzigen',
        description:
          'A named professional who agreed to be listed (`optedIn: true`); shown to signed-in ' +
          'people only. Kept by those who keep the entry',
        params: idParams,
        body: directoryContactWriteSchema,
        response: { 200: directoryContactSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      app.services.directory.updateContact(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/directory/contacts/:id',
    {
      config: { access: 'directory.edit' },
      schema: {
        tags: ['directory'],
        summary: 'Remove a contact / Contactpersoon verwijderen',
        description:
          'A named professional who agreed to be listed (`optedIn: true`); shown to signed-in ' +
          'people only. Kept by those who keep the entry',
        params: idParams,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.services.directory.deleteContact(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};

/** The who-is-who overview of a district, made to be printed for walk-ins and network meetings. */
export const directoryWhoIsWhoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/directory/who-is-who/:districtCode',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: "A district's who-is-who / Wie is wie in een stadsdeel",
        description:
          'The active organisations serving the district (one of their own districts), ' +
          'informal first and then by name, each with its role (what we do and do not do), ' +
          'general phone, e-mail and website, its active services in the district (naming it, ' +
          'or no district at all), public locations (never a confidential one) ' +
          'and warm-line contacts. Showing contacts (named professionals) is recorded in the ' +
          'audit trail, once per organisation whose contacts are listed.',
        params: directoryWhoIsWhoParamsSchema,
        response: { 200: directoryWhoIsWhoSchema, ...problemResponses(400, 401, 404) },
      },
    },
    (request) => app.services.directory.whoIsWho(actorOf(request), request.params.districtCode),
  );
};
