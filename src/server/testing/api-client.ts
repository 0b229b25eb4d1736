import type { FastifyInstance } from 'fastify';
import { totpCode } from '../auth/totp.js';

const cookieName = 'schakel-session';

/**
 * One browser tab against the app: keeps the session cookie between requests and sends the
 * CSRF header, as the web app does.
 */
export function apiClient(app: FastifyInstance) {
  let token: string | undefined;
  const request = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => {
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { 'x-csrf-protection': '1', 'user-agent': 'Testbrowser/1.0' },
      ...(payload ? { payload } : {}),
      ...(token ? { cookies: { [cookieName]: token } } : {}),
    });
    const set = response.cookies.find((cookie) => cookie.name === cookieName);
    if (set) token = set.value || undefined;
    return response;
  };
  return {
    request,
    get token() {
      return token;
    },
    signIn: (email: string, password: string) => request('POST', '/session', { email, password }),
    code: (code: string) => request('POST', '/session/mfa', { code }),
    /** Password and, where due, the current authenticator code. */
    async signInFully(
      user: { email: string; password: string; totpSecret?: string | undefined },
      now: Date,
    ) {
      const first = await request('POST', '/session', user);
      if (!(first.json() as { mfaRequired?: boolean }).mfaRequired) return first;
      return request('POST', '/session/mfa', { code: totpCode(user.totpSecret ?? '', now) });
    },
  };
}

export const sessionCookieName = cookieName;
