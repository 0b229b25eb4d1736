import Provider from 'oidc-provider';
import { freePort } from './free-port.js';

export interface TestAccount {
  email: string;
  email_verified: boolean;
}

/**
 * A real OpenID provider (`oidc-provider`) on a free local port, with its development login and
 * consent screens, and `signIn` that plays the person at those screens.
 */
export async function startOidcProvider(options: {
  redirectUri: string;
  clientId: string;
  clientSecret: string;
  accounts: Record<string, TestAccount>;
}) {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    async findAccount(_context: unknown, sub: string) {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: [] },
    cookies: { keys: ['schakel-test-provider'] },
  });
  const server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));

  return {
    issuer,
    /**
     * Follows the authorization URL through login and consent as `accountId`, and returns the
     * URL the provider sends the browser back to (our callback, with code and state).
     */
    async signIn(authorizationUrl: string, accountId: string): Promise<URL> {
      const cookies = new Map<string, string>();
      const remember = (response: Response) => {
        for (const line of response.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const [name, ...value] = (pair ?? '').split('=');
          if (name) cookies.set(name.trim(), value.join('='));
        }
      };
      const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      let url = new URL(authorizationUrl);
      for (let step = 0; step < 12; step++) {
        if (url.href.startsWith(options.redirectUri)) return url;
        const page = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
        remember(page);
        const location = page.headers.get('location');
        if (location) {
          url = new URL(location, url);
          continue;
        }
        const html = await page.text();
        const prompt = html.includes('name="login"') ? 'login' : 'consent';
        const body = new URLSearchParams({
          prompt,
          ...(prompt === 'login' ? { login: accountId } : {}),
        });
        const submitted = await fetch(url, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        remember(submitted);
        url = new URL(submitted.headers.get('location') ?? '', url);
      }
      throw new Error('the provider did not send the browser back');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
