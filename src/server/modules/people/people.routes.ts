import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  networkGroupCandidateSchema,
  networkGroupCreateSchema,
  networkGroupDetailSchema,
  networkGroupListSchema,
  networkGroupMemberSchema,
  networkGroupUpdateSchema,
  roleGrantSchema,
  userDetailSchema,
  userPageSchema,
  userQuerySchema,
  userUpdateSchema,
} from '../../../shared/schemas/people.js';
import { actorOf } from '../../auth/session-plugin.js';
import { problemResponses } from '../../http/problem.js';

const byId = z.object({ id: z.uuid() });
const denied = problemResponses(401, 403, 404);

/** Accounts (administrators, coordinators) and network groups (also directors). */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, networkGroups } = app.services;

  app.get(
    '/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Accounts you manage / Accounts die u beheert',
        querystring: userQuerySchema,
        response: { 200: userPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => users.list(actorOf(request), request.query),
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'One account / Eén account',
        params: byId,
        response: { 200: userDetailSchema, ...denied },
      },
    },
    (request) => users.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Change the name / Naam wijzigen',
        params: byId,
        body: userUpdateSchema,
        response: { 204: z.undefined(), ...denied },
      },
    },
    async (request, reply) => {
      await users.rename(actorOf(request), request.params.id, request.body.displayName);
      return reply.code(204).send();
    },
  );

  const accountAction = (
    path: string,
    summary: string,
    run: (actor: ReturnType<typeof actorOf>, id: string) => Promise<void>,
  ) =>
    app.post(
      path,
      {
        config: { access: 'users.manage' },
        schema: {
          tags: ['accounts'],
          summary,
          params: byId,
          response: { 204: z.undefined(), ...denied, ...problemResponses(409) },
        },
      },
      async (request, reply) => {
        await run(actorOf(request), request.params.id);
        return reply.code(204).send();
      },
    );

  accountAction(
    '/users/:id/deactivate',
    'Deactivate; ends all sessions / Deactiveren',
    (actor, id) => users.deactivate(actor, id),
  );
  accountAction('/users/:id/reactivate', 'Reactivate / Weer activeren', (actor, id) =>
    users.reactivate(actor, id),
  );
  accountAction(
    '/users/:id/mfa-reset',
    'Forget the second factors (lost phone); needs a recent sign-in / Tweede stap opnieuw instellen',
    (actor, id) => users.resetSecondFactors(actor, id),
  );
  accountAction(
    '/users/:id/end-sessions',
    'End all sessions / Alle sessies beëindigen',
    (actor, id) => users.endSessions(actor, id),
  );

  app.post(
    '/users/:id/roles',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Give a role / Rol geven',
        params: byId,
        body: roleGrantSchema,
        response: { 201: z.object({ id: z.uuid() }), ...denied, ...problemResponses(400, 422) },
      },
    },
    async (request, reply) => {
      const role = await users.grantRole(actorOf(request), request.params.id, request.body);
      return reply.code(201).send(role);
    },
  );

  app.delete(
    '/users/:id/roles/:roleId',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Take a role away / Rol afnemen',
        params: z.object({ id: z.uuid(), roleId: z.uuid() }),
        response: { 204: z.undefined(), ...denied, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      await users.revokeRole(actorOf(request), request.params.id, request.params.roleId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/network-groups',
    {
      config: { access: 'network-group-members.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'Network groups you manage / Netwerkgroepen',
        querystring: z.object({
          district: z
            .string()
            .regex(/^[A-Z]{2,4}$/)
            .optional(),
        }),
        response: { 200: networkGroupListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await networkGroups.list(actorOf(request), request.query.district),
    }),
  );

  app.post(
    '/network-groups',
    {
      config: { access: 'network-groups.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'Start a network group / Netwerkgroep aanmaken',
        body: networkGroupCreateSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const group = await networkGroups.create(actorOf(request), request.body);
      return reply.code(201).send(group);
    },
  );

  app.get(
    '/network-groups/:id',
    {
      config: { access: 'network-group-members.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'A network group with its organisations and people / Netwerkgroep',
        params: byId,
        response: { 200: networkGroupDetailSchema, ...denied },
      },
    },
    (request) => networkGroups.get(actorOf(request), request.params.id),
  );

  app.get(
    '/network-groups/:id/candidates',
    {
      config: { access: 'network-group-members.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'People who could join (of the member organisations) / Mogelijke deelnemers',
        params: byId,
        response: { 200: z.object({ items: z.array(networkGroupCandidateSchema) }), ...denied },
      },
    },
    async (request) => ({
      items: await networkGroups.candidates(actorOf(request), request.params.id),
    }),
  );

  app.patch(
    '/network-groups/:id',
    {
      config: { access: 'network-groups.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'Rename / Naam wijzigen',
        params: byId,
        body: networkGroupUpdateSchema,
        response: { 204: z.undefined(), ...denied },
      },
    },
    async (request, reply) => {
      await networkGroups.rename(actorOf(request), request.params.id, request.body.name);
      return reply.code(204).send();
    },
  );

  const groupOrganisation = z.object({ id: z.uuid(), organisationId: z.uuid() });

  app.put(
    '/network-groups/:id/organisations/:organisationId',
    {
      config: { access: 'network-group-members.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'Add a member organisation / Organisatie toevoegen',
        params: groupOrganisation,
        response: { 204: z.undefined(), ...denied, ...problemResponses(422) },
      },
    },
    async (request, reply) => {
      const { id, organisationId } = request.params;
      await networkGroups.addOrganisation(actorOf(request), id, organisationId);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/network-groups/:id/organisations/:organisationId',
    {
      config: { access: 'network-group-members.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'Remove a member organisation / Organisatie verwijderen',
        params: groupOrganisation,
        response: { 204: z.undefined(), ...denied, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const { id, organisationId } = request.params;
      await networkGroups.removeOrganisation(actorOf(request), id, organisationId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/network-groups/:id/members',
    {
      config: { access: 'network-group-members.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'Add a person as member or director / Deelnemer toevoegen',
        params: byId,
        body: networkGroupMemberSchema,
        response: { 204: z.undefined(), ...denied, ...problemResponses(400, 422) },
      },
    },
    async (request, reply) => {
      await networkGroups.addMember(actorOf(request), request.params.id, request.body);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/network-groups/:id/members/:userId',
    {
      config: { access: 'network-group-members.manage' },
      schema: {
        tags: ['network groups'],
        summary: 'Remove a person from the group / Deelnemer verwijderen',
        params: z.object({ id: z.uuid(), userId: z.uuid() }),
        response: { 204: z.undefined(), ...denied },
      },
    },
    async (request, reply) => {
      const { id, userId } = request.params;
      await networkGroups.removeMember(actorOf(request), id, userId);
      return reply.code(204).send();
    },
  );
};
