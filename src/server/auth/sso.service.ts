import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import * as oidc from 'openid-client';
import type { SignInResult } from '../../shared/schemas/session.js';
import type { AuditService } from '../audit/audit.service.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { InvalidInputError, NotFoundError, UnauthenticatedError } from '../errors.js';
import { organisationsService } from '../modules/organisations/organisations.service.js';
import { peopleService } from '../modules/people/people.service.js';
import type { Actor, AuthService, ClientInfo, Clock } from './auth.service.js';
import { authorize } from './permissions.js';
import { ssoRepository } from './sso.repository.js';
import { sha256 } from './totp.js';

const loginMinutes = 10;

/** Why a single sign-on failed, for the log; the person sees one calm message. */
export class SsoError extends UnauthenticatedError {
  constructor(readonly reason: string) {
    super('Signing in through your organisation did not work.');
  }
}

/** A provider on this machine (a test or a local demo) may speak plain HTTP; others may not. */
const isLocal = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * Single sign-on with OpenID Connect, per organisation (authorization code flow with PKCE, state
 * and nonce). A person is found by the identity the provider gives, or — the first time — by the
 * e-mail address the provider has verified, among the users of that organisation; the identity is
 * then linked. The provider's sign-in is the first factor: roles that see case data still give
 * their second factor in Schakel.
 */
export function ssoService(
  db: Kysely<Database>,
  publicUrl: string,
  clock: Clock,
  auth: AuthService,
  audit: AuditService,
) {
  const repository = ssoRepository(db);
  const redirectUri = `${publicUrl}/api/v1/sso/callback`;
  const discovered = new Map<string, Promise<oidc.Configuration>>();

  function configurationOf(settings: { issuer: string; client_id: string; client_secret: string }) {
    const key = `${settings.issuer}|${settings.client_id}|${sha256(settings.client_secret)}`;
    let configuration = discovered.get(key);
    if (!configuration) {
      const issuer = new URL(settings.issuer);
      configuration = oidc.discovery(
        issuer,
        settings.client_id,
        settings.client_secret,
        undefined,
        isLocal(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      configuration.catch(() => discovered.delete(key));
      discovered.set(key, configuration);
    }
    return configuration;
  }

  const service = {
    organisations: () => repository.organisationsWithSso(),

    async configure(
      actor: Actor,
      organisationId: string,
      input: { issuer: string; clientId: string; clientSecret: string },
    ): Promise<void> {
      authorize(actor, 'sso.configure');
      auth.assertRecentSignIn(actor);
      if (!(await organisationsService(db).findById(organisationId))) {
        throw new NotFoundError('There is no such organisation.');
      }
      const issuer = new URL(input.issuer);
      if (issuer.protocol !== 'https:' && !isLocal(issuer)) {
        throw new InvalidInputError('The issuer must be an https:// address.', [
          { location: 'body', path: 'issuer', message: 'must start with https://' },
        ]);
      }
      await inTransaction(db, async (trx) => {
        await ssoRepository(trx).saveSettings({
          organisation_id: organisationId,
          issuer: input.issuer,
          client_id: input.clientId,
          client_secret: input.clientSecret,
          updated_at: clock().toISOString(),
        });
        await audit.record(trx, actor, {
          action: 'organisation.sso.configure',
          resource: { type: 'organisation', id: organisationId },
        });
      });
    },

    /** Where to send the browser, and the value it must bring back in its cookie. */
    async start(organisationId: string): Promise<{ redirectTo: string; binding: string }> {
      const settings = await repository.settingsOf(organisationId);
      if (!settings) throw new SsoError('organisation has no single sign-on');
      const configuration = await configurationOf(settings).catch(() => {
        throw new SsoError('the provider could not be reached');
      });
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const binding = randomBytes(32).toString('base64url');
      const now = clock();
      await repository.insertLogin(
        {
          id: newId(),
          state_hash: sha256(state),
          binding_hash: sha256(binding),
          organisation_id: organisationId,
          code_verifier: codeVerifier,
          nonce,
          expires_at: new Date(now.getTime() + loginMinutes * 60_000).toISOString(),
          used_at: null,
        },
        now.toISOString(),
      );
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { redirectTo: url.href, binding };
    },

    /** The provider sent the browser back: check everything, then find and sign in the person. */
    async finish(
      callback: URL,
      binding: string | undefined,
      client: ClientInfo,
    ): Promise<{ token: string; result: SignInResult }> {
      try {
        return await finishSignIn(callback, binding, client);
      } catch (error) {
        // The reason stays in the server's log (the route logs it), not in the trail.
        await audit.recordNow({ client }, { action: 'sign-in.sso', outcome: 'failure' });
        throw error;
      }
    },
  };
  return service;

  async function finishSignIn(
    callback: URL,
    binding: string | undefined,
    client: ClientInfo,
  ): Promise<{ token: string; result: SignInResult }> {
    const state = callback.searchParams.get('state');
    if (!state || !binding) throw new SsoError('no state or no binding cookie');
    const login = await repository.spendLogin(
      sha256(state),
      sha256(binding),
      clock().toISOString(),
    );
    if (!login) throw new SsoError('unknown, used, expired or foreign login');
    const settings = await repository.settingsOf(login.organisation_id);
    if (!settings) throw new SsoError('single sign-on was switched off meanwhile');
    const configuration = await configurationOf(settings).catch(() => {
      throw new SsoError('the provider could not be reached');
    });
    const tokens = await oidc
      .authorizationCodeGrant(configuration, new URL(`${redirectUri}${callback.search}`), {
        pkceCodeVerifier: login.code_verifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      })
      .catch((error: unknown) => {
        throw new SsoError(`token exchange failed: ${(error as Error).message}`);
      });
    const idClaims = tokens.claims();
    if (!idClaims) throw new SsoError('no ID token');
    // Providers put the e-mail address in the ID token or only behind the userinfo endpoint.
    const claims =
      idClaims.email === undefined
        ? await oidc
            .fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
            .catch(() => idClaims)
        : idClaims;

    const people = peopleService(db);
    let user = await people.findUserByOidcIdentity(settings.issuer, idClaims.sub);
    if (!user) {
      const email = typeof claims.email === 'string' ? claims.email : undefined;
      if (!email || claims.email_verified !== true)
        throw new SsoError('no verified e-mail address');
      const candidate = await people.findUserByEmail(email);
      if (candidate?.organisation_id !== login.organisation_id) {
        throw new SsoError('no user with this e-mail address in this organisation');
      }
      if (candidate.oidc_subject) throw new SsoError('account linked to another identity');
      await people.updateUser(candidate.id, {
        oidc_issuer: settings.issuer,
        oidc_subject: claims.sub,
      });
      user = { ...candidate, oidc_issuer: settings.issuer, oidc_subject: idClaims.sub };
    }
    if (user.status === 'deactivated') throw new SsoError('account deactivated');
    if (user.status === 'invited') {
      await people.updateUser(user.id, { status: 'active' });
      user = { ...user, status: 'active' };
    }
    return auth.startSession(user, 'sign-in.sso', client);
  }
}

export type SsoService = ReturnType<typeof ssoService>;
