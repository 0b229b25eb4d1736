import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  directoryCsvColumns,
  directoryExportQuerySchema,
  directoryImportErrorCodes,
  directoryImportResultSchema,
  directoryImportSchema,
  hsdsExportSchema,
  maxImportCharacters,
} from '../../../../shared/schemas/directory-exchange.js';
import { actorOf } from '../../../auth/session-plugin.js';
import { problem, problemResponses, sendProblem } from '../../../http/problem.js';
import {
  type DirectoryExchangeService,
  maxListedImportErrors,
} from './directory-exchange.service.js';

/**
 * The largest request the import route reads. The file's own limit is in characters; sent as
 * a JSON string, escapes and multi-byte characters can make it up to three times as many bytes.
 */
const importBodyLimit = 3 * maxImportCharacters + 64 * 1024;

const neverExported =
  'Never in an export: warm-line contacts (named people, who agreed to be shown to signed-in ' +
  'professionals, not to be copied into files) and confidential locations.';

export const directoryExchangeRoutes: FastifyPluginAsyncZod<{
  service: DirectoryExchangeService;
}> = async (app, { service }) => {
  app.get(
    '/directory/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Export the directory / Sociale kaart exporteren',
        description:
          `${neverExported} \`format=csv\`: \`text/csv\`, UTF-8 with a BOM, one row per ` +
          "service with its organisation's columns repeated (an organisation without services " +
          'has one row with empty service columns); several codes in one cell separated by ' +
          '`;`; a cell a spreadsheet would run as a formula starts with an apostrophe. ' +
          `Columns: ${directoryCsvColumns.map((column) => `\`${column}\``).join(', ')}. ` +
          '`format=hsds`: a JSON array of HSDS 3.0 organizations with their services (with ' +
          'HSDS 3.1 `capacities`) and public locations; our categories, target groups and ' +
          'other codes as taxonomy terms of our own taxonomies (`schakel-…`). Either way an ' +
          'attachment; `district` limits it to the organisations serving that district.',
        querystring: directoryExportQuerySchema,
        response: {
          200: {
            description: 'The file, as an attachment.',
            content: {
              'text/csv': { schema: z.string() },
              'application/json': { schema: hsdsExportSchema },
            },
          },
          ...problemResponses(400, 401),
        },
      },
    },
    async (request, reply) => {
      const { format, district } = request.query;
      const name = `schakel-sociale-kaart${district ? `-${district}` : ''}`;
      if (format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(await service.exportCsv(request.query));
      }
      // Written as text: a city's HSDS runs to tens of megabytes, too much to check again
      // field by field on the way out (the tests hold it to the documented schema).
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.hsds.json"`)
        .send(JSON.stringify(await service.exportHsds(request.query)));
    },
  );

  app.post(
    '/directory/import',
    {
      config: { access: 'organisations.manage' },
      bodyLimit: importBodyLimit,
      // A clear answer before reading a body that is too large.
      onRequest: (request, reply, done) => {
        const length = Number(request.headers['content-length'] ?? 0);
        if (length > importBodyLimit) {
          sendProblem(
            request,
            reply,
            problem(413, 'The request is too large: a file may hold at most 5 MiB of text.'),
          );
          return;
        }
        done();
      },
      schema: {
        tags: ['directory'],
        summary: 'Import organisations and services / Sociale kaart importeren',
        description:
          'CSV (the columns of the export) or HSDS JSON (as the export writes it). The whole ' +
          'file is checked first; with any error the answer is 422 with every error ' +
          `(at most ${maxListedImportErrors}) — \`line\` (CSV; the header is line 1) and ` +
          '`path` (the CSV column, or an HSDS path such as `[3].services[1].name`), a ' +
          `\`message\` and a \`code\` (${directoryImportErrorCodes.map((c) => `\`${c}\``).join(', ')}) ` +
          '— and nothing is written. Otherwise everything is written in one transaction. ' +
          'Organisations are matched by name (case-insensitive, trimmed): what the file gives ' +
          'overwrites the profile, kind and districts; its services are matched by name within ' +
          'the organisation and created or updated; services, fields and columns not in the ' +
          'file stay as they are; names are not changed. An unknown organisation is created ' +
          'and needs a kind and at least one district. Administrators import anything; a ' +
          'coordinator only organisations serving one of their districts, and adds or ' +
          'removes only their own districts (otherwise an `out-of-reach` error for that row). ' +
          'Contacts and locations are not imported. Each organisation changed gets one audit ' +
          'entry `directory.import`. `dryRun`: check and count, write nothing.',
        body: directoryImportSchema,
        response: {
          200: directoryImportResultSchema,
          ...problemResponses(400, 401, 403, 413, 422),
        },
      },
    },
    (request) => service.import(actorOf(request), request.body),
  );
};
