import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldError } from '../../shared/schemas/problem.js';
import {
  DomainError,
  InvalidInputError,
  ReauthenticationRequiredError,
  ThrottledError,
  VersionConflictError,
} from '../errors.js';
import { problem, problemTypes, sendProblem } from './problem.js';
import { setHeadersWithoutHooks } from './security.js';

const locations: Record<string, FieldError['location']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function fieldErrors(error: FastifyError): FieldError[] {
  const location = locations[error.validationContext ?? 'body'] ?? 'body';
  return (error.validation ?? []).map((issue) => ({
    location,
    // "/districts/0/code" → "districts.0.code"; an empty path means the whole body or query.
    path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    message: issue.message ?? 'is invalid',
  }));
}

const statusOfKind: Record<DomainError['kind'], number> = {
  'not-found': 404,
  conflict: 409,
  invalid: 422,
  unavailable: 503,
  unauthenticated: 401,
  forbidden: 403,
  throttled: 429,
  locked: 423,
};

/** Fastify's own client errors, answered with our words rather than its internals. */
const clientErrors: Record<string, { status: number; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, detail: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    detail: 'The request body is empty, but its content type says JSON.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, detail: 'The request body is larger than 1 MiB.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    detail: 'This content type is not accepted; send application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    detail: 'The Content-Length header does not match the body.',
  },
};

/**
 * A unique key the database refused: two requests created the same thing at the same moment,
 * after the service had checked that it did not exist yet (PostgreSQL 23505, SQLite's
 * constraint codes). The second gets 409, not 500.
 */
const isUniqueViolation = (error: { code?: unknown }) =>
  error.code === '23505' ||
  error.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
  error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';

/**
 * The one place where errors become HTTP answers: RFC 9457 problem+json, never a stack trace,
 * never the text of the request. Unexpected errors are logged in full and answered with 500.
 * Register it before any route: a route keeps the error handler in force when it was added.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const errors = fieldErrors(error);
      return sendProblem(
        request,
        reply,
        problem(400, `The request has ${errors.length} invalid field(s).`, {
          type: problemTypes.validation,
          errors,
        }),
      );
    }
    if (error instanceof DomainError) {
      if (error instanceof InvalidInputError) {
        const { fieldErrors: errors } = error;
        return sendProblem(
          request,
          reply,
          problem(422, error.message, { type: problemTypes.validation, errors }),
        );
      }
      if (error instanceof VersionConflictError) {
        const { currentVersion, changedSince } = error;
        return sendProblem(
          request,
          reply,
          problem(409, error.message, { currentVersion, changedSince }),
        );
      }
      if (error instanceof ReauthenticationRequiredError) {
        return sendProblem(
          request,
          reply,
          problem(401, error.message, { type: problemTypes.reauthentication }),
        );
      }
      if (error.kind === 'unavailable') request.log.error({ err: error.cause }, error.message);
      if (error instanceof ThrottledError) {
        reply.header('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
      }
      return sendProblem(request, reply, problem(statusOfKind[error.kind], error.message));
    }
    if (isUniqueViolation(error)) {
      return sendProblem(
        request,
        reply,
        problem(
          409,
          'Someone else saved the same record at the same moment. Reload and try again.',
        ),
      );
    }
    const known = error.code ? clientErrors[error.code] : undefined;
    if (known) return sendProblem(request, reply, problem(known.status, known.detail));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code, status }, 'client error');
      return sendProblem(request, reply, problem(status));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      request,
      reply,
      problem(500, 'Something went wrong on our side. Quote the request id when you report it.'),
    );
  });
}

/** Unknown addresses answer 404, except page addresses of the web app (`notFoundFallback`). */
export function registerNotFoundHandler(
  app: FastifyInstance,
  notFoundFallback?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply,
): void {
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (notFoundFallback && !isApi && request.method === 'GET') {
      return notFoundFallback(request, reply);
    }
    return sendProblem(request, reply, problem(404, 'There is nothing at this address.'));
  });
}

/** For Fastify's `frameworkErrors`: a URL it cannot decode is bad input like any other. */
export function handleFrameworkError(
  _error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  setHeadersWithoutHooks(request, reply);
  sendProblem(request, reply, problem(400, 'The address is not a valid URL.'));
}
