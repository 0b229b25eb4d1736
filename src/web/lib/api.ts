import { z } from 'zod';
import { districtListSchema } from '../../shared/schemas/district.js';
import { organisationPageSchema } from '../../shared/schemas/organisation.js';
import { type Problem, problemSchema } from '../../shared/schemas/problem.js';
import {
  type Me,
  meSchema,
  outboxSchema,
  passkeyListSchema,
  passkeyOptionsSchema,
  recoveryCodesSchema,
  sessionListSchema,
  signInResultSchema,
  ssoOrganisationsSchema,
  totpEnrolmentSchema,
} from '../../shared/schemas/session.js';
import { instanceSchema } from '../../shared/schemas/system.js';

/** An answer of the API that was not a success, with its problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
    /** Seconds to wait before trying again (the Retry-After header), when the server said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  get detail(): string | undefined {
    return this.problem?.detail;
  }

  get errors(): NonNullable<Problem['errors']> {
    return this.problem?.errors ?? [];
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value); // the HTTP-date form
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function request(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // Every request that changes something carries this header, or the server refuses it (CSRF).
  if (method !== 'GET') headers['x-csrf-protection'] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  const answer: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemSchema.safeParse(answer);
    throw new ApiError(
      response.status,
      problem.success ? problem.data : undefined,
      retryAfter(response),
    );
  }
  return answer;
}

/**
 * A GET of the API whose answer is checked against `schema`. Throws ApiError on failure. A
 * `signal` (TanStack Query passes one) cancels the request when its answer is no longer wanted.
 */
export async function get<T extends z.ZodType>(
  path: string,
  schema: T,
  options: { signal?: AbortSignal } = {},
): Promise<z.output<T>> {
  return schema.parse(await request('GET', path, undefined, options.signal));
}

/**
 * A request that changes something: sends `body` as JSON with the CSRF header, and parses the
 * answer with `schema` when one is given. Throws ApiError with the problem details on failure.
 */
export async function send<T extends z.ZodType = z.ZodUndefined>(
  method: Exclude<Method, 'GET'>,
  path: string,
  body?: unknown,
  schema?: T,
): Promise<z.output<T>> {
  const answer = await request(method, path, body);
  return (schema ? schema.parse(answer) : undefined) as z.output<T>;
}

/** Who is signed in, or null when nobody is (the API answers 401). */
async function me(): Promise<Me | null> {
  try {
    return await get('/me', meSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** What the server answers when it has stored a new passkey. */
const passkeyAddedSchema = z.object({ id: z.uuid(), name: z.string() });

/** A password chosen with a mailed link; the link's token travels in the body, nowhere else. */
interface LinkPassword {
  token: string;
  password: string;
}

/** The typed API client: responses are checked against the same schemas the server uses. */
export const api = {
  instance: () => get('/instance', instanceSchema),
  districts: () => get('/districts', districtListSchema),
  ssoOrganisations: () => get('/sso/organisations', ssoOrganisationsSchema),
  organisations: (query: { district?: string | undefined; pageSize?: number } = {}) => {
    const params = new URLSearchParams();
    if (query.district) params.set('district', query.district);
    params.set('pageSize', String(query.pageSize ?? 100));
    return get(`/organisations?${params}`, organisationPageSchema);
  },

  me,
  signIn: (credentials: { email: string; password: string }) =>
    send('POST', '/session', credentials, signInResultSchema),
  secondFactor: (code: string) => send('POST', '/session/mfa', { code }, signInResultSchema),
  signOut: () => send('DELETE', '/session'),
  startTotp: () => send('POST', '/me/totp', undefined, totpEnrolmentSchema),
  confirmTotp: (code: string) => send('POST', '/me/totp/confirm', { code }, recoveryCodesSchema),
  sessions: () => get('/me/sessions', sessionListSchema),
  endSession: (id: string) => send('DELETE', `/me/sessions/${encodeURIComponent(id)}`),
  newRecoveryCodes: () => send('POST', '/me/recovery-codes', undefined, recoveryCodesSchema),

  passkeys: () => get('/me/passkeys', passkeyListSchema),
  passkeyRegistrationOptions: () =>
    send('POST', '/me/passkeys/options', undefined, passkeyOptionsSchema),
  addPasskey: (input: { challengeId: string; name: string; response: unknown }) =>
    send('POST', '/me/passkeys', input, passkeyAddedSchema),
  removePasskey: (id: string) => send('DELETE', `/me/passkeys/${encodeURIComponent(id)}`),
  passkeySignInOptions: () =>
    send('POST', '/session/passkey/options', undefined, passkeyOptionsSchema),
  passkeySignIn: (input: { challengeId: string; response: unknown }) =>
    send('POST', '/session/passkey', input, signInResultSchema),

  requestPasswordReset: (email: string) => send('POST', '/password-reset', { email }),
  resetPassword: (input: LinkPassword) => send('POST', '/password-reset/confirm', input),
  acceptInvitation: (input: LinkPassword) => send('POST', '/invitations/accept', input),
  devOutbox: () => get('/dev-outbox', outboxSchema),
};
