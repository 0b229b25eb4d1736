import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditPageSchema, auditQuerySchema } from '../../shared/schemas/audit.js';
import { pagingQuerySchema } from '../../shared/schemas/paging.js';
import { actorOf } from '../auth/session-plugin.js';
import { problemResponses } from '../http/problem.js';
import { auditCsv } from './audit-csv.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { audit } = app.services;

  app.get(
    '/audit-entries',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit trail / Logboek doorzoeken',
        description: 'Newest first. Filter by user, record, action and period.',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => audit.search(actorOf(request), request.query),
  );

  app.get(
    '/audit-entries/export',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Export the audit trail as CSV / Logboek exporteren',
        description: 'Every entry matching the filters (paging ignored), oldest first.',
        querystring: auditQuerySchema,
        produces: ['text/csv'],
        response: {
          200: z.string().meta({ description: 'CSV with a header row, UTF-8 with BOM.' }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const rows = await audit.exportRows(actorOf(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="schakel-audit.csv"')
        .send(auditCsv(rows));
    },
  );

  app.get(
    '/me/audit-entries',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of my account / Logboek van mijn account',
        description: 'What was done with this account, and what was done to it.',
        querystring: pagingQuerySchema,
        response: { 200: auditPageSchema, ...problemResponses(400, 401) },
      },
    },
    (request) => audit.accountTrail(actorOf(request), request.query),
  );
};
