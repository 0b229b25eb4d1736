import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { version } from '../version.js';
import { apiVersion } from './security.js';

export const apiPrefix = '/api/v1';

/** OpenAPI 3.1 generated from the routes' zod schemas, and a readable page to browse it. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Schakel API',
        version: apiVersion,
        description:
          'API van Schakel, het samenwerkingsplatform voor de aanpak van huiselijk geweld en ' +
          'kindermishandeling. / API of Schakel, the collaboration platform for the approach to ' +
          `domestic violence and child abuse. Server ${version}. Errors are RFC 9457 ` +
          'application/problem+json.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: '/' }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: `${apiPrefix}/docs`,
    uiConfig: { docExpansion: 'list', deepLinking: false },
  });
}
