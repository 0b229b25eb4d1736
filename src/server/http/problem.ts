import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Problem, problemSchema } from '../../shared/schemas/problem.js';

export const problemContentType = 'application/problem+json; charset=utf-8';

/** Problem types of Schakel's API; `about:blank` means "see the HTTP status". */
export const problemTypes = {
  blank: 'about:blank',
  validation: 'urn:schakel:problem:validation-error',
  reauthentication: 'urn:schakel:problem:reauthentication-required',
} as const;

export function problem(
  status: number,
  detail?: string,
  extra: Pick<Problem, 'errors' | 'currentVersion' | 'changedSince'> & { type?: string } = {},
): Problem {
  const { type, ...rest } = extra;
  return {
    type: type ?? problemTypes.blank,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
  };
}

/**
 * Sends a problem, stamped with the request id so a user can quote it to support. The path is
 * not echoed (no `instance`): a mistyped address could hold a name, and error bodies hold none.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, body: Problem) {
  return reply
    .code(body.status)
    .type(problemContentType)
    .send({ ...body, requestId: request.id });
}

/** The problem+json answers a route documents, e.g. `problemResponses(401, 403, 404)`. */
export function problemResponses<const Code extends number>(
  ...codes: Code[]
): Record<Code, typeof problemSchema> {
  return Object.fromEntries(codes.map((code) => [code, problemSchema])) as Record<
    Code,
    typeof problemSchema
  >;
}
