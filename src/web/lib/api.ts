import type { z } from 'zod';
import { districtListSchema } from '../../shared/schemas/district.js';
import { organisationPageSchema } from '../../shared/schemas/organisation.js';
import { type Problem, problemSchema } from '../../shared/schemas/problem.js';
import { instanceSchema } from '../../shared/schemas/system.js';

/** An answer of the API that was not a success, with its problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

async function get<T extends z.ZodType>(path: string, schema: T): Promise<z.output<T>> {
  const response = await fetch(`/api/v1${path}`, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    throw new ApiError(response.status, problem.success ? problem.data : undefined);
  }
  return schema.parse(body);
}

/** The typed API client: responses are checked against the same schemas the server uses. */
export const api = {
  instance: () => get('/instance', instanceSchema),
  districts: () => get('/districts', districtListSchema),
  organisations: (query: { district?: string | undefined; pageSize?: number } = {}) => {
    const params = new URLSearchParams();
    if (query.district) params.set('district', query.district);
    params.set('pageSize', String(query.pageSize ?? 100));
    return get(`/organisations?${params}`, organisationPageSchema);
  },
};
