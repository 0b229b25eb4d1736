import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.js';
import { accountLinksRoutes } from './auth/account-links.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { passkeysRoutes } from './auth/passkeys.routes.js';
import { registerSessions, sessionCookie } from './auth/session-plugin.js';
import { ssoRoutes } from './auth/sso.routes.js';
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
import { mailRoutes } from './mail/mail.routes.js';
import { casesRoutes } from './modules/cases/cases.routes.js';
import { directoryRoutes, directoryWhoIsWhoRoutes } from './modules/directory/directory.routes.js';
import { directoryExchangeRoutes } from './modules/directory/exchange/directory-exchange.routes.js';
import { directoryExchangeService } from './modules/directory/exchange/directory-exchange.service.js';
import { publicDirectoryRoutes } from './modules/directory/public-directory.routes.js';
import { publicDirectoryService } from './modules/directory/public-directory.service.js';
import { districtsRoutes } from './modules/districts/districts.routes.js';
import { organisationsRoutes } from './modules/organisations/organisations.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';
import type { Keyring } from './privacy/field-encryption.js';
import { piiRoutes } from './privacy/pii.routes.js';
import { createServices, type ServiceOptions } from './services.js';

export interface AppOptions {
  config: Pick<Config, 'logLevel' | 'webRoot' | 'sessions' | 'mail' | 'publicUrl'> &
    Partial<Pick<Config, 'trustProxy'>> &
    /** The public directory page; off when not given. The retention of case texts. */
    Partial<Pick<Config, 'publicDirectory' | 'caseRetentionMonths'>>;
  database: DatabaseHandle;
  /** The keys that seal case narratives (`loadKeyring`; tests make a key of their own). */
  keyring: Keyring;
  /** The time and a faster password hash, for tests; production leaves both unset. */
  serviceOptions?: ServiceOptions;
  /** Extra routes inside /api/v1 (tests use this to exercise the HTTP layer). */
  extraApiRoutes?: (api: FastifyInstance) => void | Promise<void>;
  /** Where log lines go; standard output unless a test reads them. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the whole application without listening; tests call it with inject(). */
export async function buildApp({
  config,
  database,
  keyring,
  extraApiRoutes,
  logStream,
  serviceOptions,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, serializers: logSerializers, stream: logStream },
    frameworkErrors: handleFrameworkError,
    // Our own ids: a client-chosen id could forge or flood log lines.
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(config.trustProxy ?? false),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate(
    'services',
    createServices(database, keyring, {
      mail: config.mail,
      publicUrl: config.publicUrl,
      log: (message, fields) => app.log.info(fields, message),
      ...(config.caseRetentionMonths ? { caseRetentionMonths: config.caseRetentionMonths } : {}),
      ...serviceOptions,
      auth: {
        idleMinutes: config.sessions.idleMinutes,
        absoluteHours: config.sessions.absoluteHours,
        ...serviceOptions?.auth,
      },
    }),
  );
  registerErrorHandler(app);

  await registerSecurityHeaders(app);
  await registerOpenApi(app);

  await app.register(
    async (api) => {
      requireDeclaredAccess(api);
      await registerSessions(api, config.sessions);
      await api.register(systemRoutes);
      await api.register(authRoutes, { cookie: sessionCookie(config.sessions) });
      await api.register(passkeysRoutes, { cookie: sessionCookie(config.sessions) });
      await api.register(ssoRoutes, {
        cookie: sessionCookie(config.sessions),
        secureCookies: config.sessions.secureCookies,
      });
      await api.register(accountLinksRoutes);
      await api.register(mailRoutes);
      await api.register(districtsRoutes);
      await api.register(organisationsRoutes);
      await api.register(peopleRoutes);
      await api.register(auditRoutes);
      await api.register(piiRoutes);
      await api.register(directoryRoutes);
      await api.register(casesRoutes);
      await api.register(directoryWhoIsWhoRoutes);
      await api.register(publicDirectoryRoutes, {
        service: publicDirectoryService(database.db, {
          enabled: config.publicDirectory ?? false,
        }),
      });
      await api.register(directoryExchangeRoutes, {
        service: directoryExchangeService(
          database.db,
          app.services.audit,
          serviceOptions?.clock ?? (() => new Date()),
        ),
      });
      await extraApiRoutes?.(api);
    },
    { prefix: apiPrefix },
  );

  const webFallback = config.webRoot ? await registerWebApp(app, config.webRoot) : undefined;
  registerNotFoundHandler(app, webFallback);
  return app;
}

/** A number of hops becomes the function Fastify's types ask for (trust the first n proxies). */
function trustProxyOption(value: boolean | number | string) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}
