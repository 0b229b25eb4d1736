import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { requireDeclaredAccess } from './http/access.js';
import {
  handleFrameworkError,
  registerErrorHandler,
  registerNotFoundHandler,
} from './http/error-handler.js';
import { logSerializers } from './http/logging.js';
import { apiPrefix, registerOpenApi } from './http/openapi.js';
import { registerSecurityHeaders } from './http/security.js';
import { registerWebApp } from './http/web.js';
import { districtsRoutes } from './modules/districts/districts.routes.js';
import { organisationsRoutes } from './modules/organisations/organisations.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';
import { createServices } from './services.js';

export interface AppOptions {
  config: Pick<Config, 'logLevel' | 'webRoot'>;
  database: DatabaseHandle;
  /** Extra routes inside /api/v1 (tests use this to exercise the HTTP layer). */
  extraApiRoutes?: (api: FastifyInstance) => void | Promise<void>;
  /** Where log lines go; standard output unless a test reads them. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the whole application without listening; tests call it with inject(). */
export async function buildApp({
  config,
  database,
  extraApiRoutes,
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, serializers: logSerializers, stream: logStream },
    frameworkErrors: handleFrameworkError,
    // Our own ids: a client-chosen id could forge or flood log lines.
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', createServices(database));
  registerErrorHandler(app);

  await registerSecurityHeaders(app);
  await registerOpenApi(app);

  await app.register(
    async (api) => {
      requireDeclaredAccess(api);
      await api.register(systemRoutes);
      await api.register(districtsRoutes);
      await api.register(organisationsRoutes);
      await extraApiRoutes?.(api);
    },
    { prefix: apiPrefix },
  );

  const webFallback = config.webRoot ? await registerWebApp(app, config.webRoot) : undefined;
  registerNotFoundHandler(app, webFallback);
  return app;
}
