import { totpCode } from '../src/server/auth/totp.js';
import { demoTotpSecret } from '../src/server/demo/demo-data.js';

/** Signs a demo user in once (with the authenticator code where due); the session cookie. */
export async function sessionCookie(url: string, user: { email: string; password: string }) {
  const post = async (path: string, body: object, cookie = '') => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-protection': '1', cookie },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sign-in for the benchmark failed: ${response.status}`);
    const set = (response.headers.get('set-cookie') ?? '').split(';')[0] || cookie;
    return { cookie: set, body: (await response.json()) as { mfaRequired: boolean } };
  };
  const first = await post('/session', user);
  if (!first.body.mfaRequired) return first.cookie;
  return (await post('/session/mfa', { code: totpCode(demoTotpSecret, new Date()) }, first.cookie))
    .cookie;
}
