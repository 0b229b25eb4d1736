import type { FastifyError, FastifyRequest } from 'fastify';

/**
 * What a log line may say about a request: its method and route pattern, never the address as
 * typed (a path or query could hold a name), the client's IP, headers or body. Errors keep their
 * type, code, message and stack but not a database error's `detail`, which repeats row values.
 */
export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    route: request.routeOptions?.url ?? '(unmatched)',
  }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: (error: FastifyError) => ({
    type: error.name,
    code: error.code,
    message: error.message,
    stack: error.stack ?? '',
  }),
};
