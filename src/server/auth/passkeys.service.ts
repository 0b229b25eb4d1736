import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import type { SignInResult } from '../../shared/schemas/session.js';
import type { AuditService } from '../audit/audit.service.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { ConflictError, NotFoundError, UnauthenticatedError } from '../errors.js';
import { peopleService } from '../modules/people/people.service.js';
import {
  type Actor,
  type AuthService,
  authService,
  type ClientInfo,
  type Clock,
  userResource,
} from './auth.service.js';
import { passkeysRepository } from './passkeys.repository.js';

const challengeMinutes = 5;
const notRecognised = 'This passkey is not recognised. Sign in with your password.';

/** WebAuthn options as the plain JSON object they are on the wire. */
const asJson = <T extends { challenge: string }>(options: T) =>
  options as T & Record<string, unknown>;

/** Where this installation lives, as WebAuthn sees it: the relying party. */
export interface RelyingParty {
  id: string;
  origin: string;
}

export const relyingPartyOf = (publicUrl: string): RelyingParty => {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin };
};

/**
 * Passkeys (WebAuthn): a key on the phone or laptop, unlocked with a fingerprint, face or PIN.
 * User verification is required, so a passkey is two factors in one: it signs in on its own,
 * and it completes a sign-in that began with a password.
 */
export function passkeysService(
  db: Kysely<Database>,
  relyingParty: RelyingParty,
  clock: Clock,
  auth: AuthService,
  audit: AuditService,
) {
  const repository = passkeysRepository(db);

  async function newChallenge(
    challenge: string,
    purpose: 'registration' | 'authentication',
    userId: string | null,
  ) {
    const id = newId();
    const now = clock();
    await repository.insertChallenge(
      {
        id,
        challenge,
        purpose,
        user_id: userId,
        expires_at: new Date(now.getTime() + challengeMinutes * 60_000).toISOString(),
        used_at: null,
      },
      now.toISOString(),
    );
    return id;
  }

  return {
    /** Step 1 of adding a passkey; also allowed halfway through a first sign-in (no factor yet). */
    async registrationOptions(actor: Actor) {
      await auth.assertMayAddSecondFactor(actor);
      const existing = await repository.listOf(actor.user.id);
      const options = await generateRegistrationOptions({
        rpName: 'Schakel',
        rpID: relyingParty.id,
        userName: actor.user.email,
        userDisplayName: actor.user.display_name,
        userID: new TextEncoder().encode(actor.user.id),
        attestationType: 'none',
        excludeCredentials: existing.map((passkey) => ({ id: passkey.credential_id })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      const challengeId = await newChallenge(options.challenge, 'registration', actor.user.id);
      return { challengeId, options: asJson(options) };
    },

    /** Step 2: stores the passkey; completes a first sign-in that was waiting for a factor. */
    async register(
      actor: Actor,
      input: { challengeId: string; name: string; response: RegistrationResponseJSON },
    ): Promise<{ passkey: { id: string; name: string }; token?: string }> {
      const now = clock().toISOString();
      const challenge = await repository.spendChallenge(input.challengeId, 'registration', now);
      if (challenge?.user_id !== actor.user.id) throw new UnauthenticatedError(notRecognised);
      await auth.assertMayAddSecondFactor(actor);
      const verification = await verifyRegistrationResponse({
        response: input.response,
        expectedChallenge: challenge.challenge,
        expectedOrigin: relyingParty.origin,
        expectedRPID: relyingParty.id,
        requireUserVerification: true,
      }).catch(() => ({ verified: false as const }));
      if (!verification.verified) throw new UnauthenticatedError(notRecognised);
      const { credential } = verification.registrationInfo;
      if (await repository.findByCredentialId(credential.id)) {
        throw new ConflictError('This passkey is already added.');
      }
      const passkey = {
        id: newId(),
        user_id: actor.user.id,
        credential_id: credential.id,
        public_key: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: JSON.stringify(credential.transports ?? []),
        name: input.name,
        created_at: now,
        last_used_at: null,
      };
      return inTransaction(db, async (trx) => {
        await passkeysRepository(trx).insert(passkey);
        await audit.record(trx, actor, {
          action: 'mfa.passkey.add',
          resource: userResource(actor.user.id),
        });
        if (actor.session.stage === 'complete')
          return { passkey: { id: passkey.id, name: passkey.name } };
        const rotated = await authService(trx, auth.settings, clock, audit).rotateSession(
          actor.session,
          { stage: 'complete' },
        );
        return { passkey: { id: passkey.id, name: passkey.name }, token: rotated.token };
      });
    },

    list: (actor: Actor) => repository.listOf(actor.user.id),

    /** Never the last second factor of a role that needs one: that would leave only a password. */
    async remove(actor: Actor, id: string): Promise<void> {
      auth.assertRecentSignIn(actor);
      const passkeys = await repository.listOf(actor.user.id);
      if (!passkeys.some((passkey) => passkey.id === id)) {
        throw new NotFoundError('There is no such passkey of yours.');
      }
      const me = await auth.me(actor);
      if (me.mfa.required && !me.mfa.totp && passkeys.length === 1) {
        throw new ConflictError(
          'This is your only second factor. Add another passkey or an authenticator app first.',
        );
      }
      await inTransaction(db, async (trx) => {
        await passkeysRepository(trx).removeOf(actor.user.id, id);
        await audit.record(trx, actor, {
          action: 'mfa.passkey.remove',
          resource: userResource(actor.user.id),
        });
      });
    },

    /** Step 1 of signing in with a passkey: any passkey of this site (discoverable). */
    async authenticationOptions() {
      const options = await generateAuthenticationOptions({
        rpID: relyingParty.id,
        userVerification: 'required',
      });
      const challengeId = await newChallenge(options.challenge, 'authentication', null);
      return { challengeId, options: asJson(options) };
    },

    /**
     * Step 2: a verified passkey signs its user in. When this browser is halfway through that
     * same user's sign-in, that session is completed (with a new token) instead.
     */
    async authenticate(
      input: { challengeId: string; response: AuthenticationResponseJSON },
      current: Actor | undefined,
      client: ClientInfo,
    ): Promise<{ token: string; result: SignInResult }> {
      const now = clock().toISOString();
      const challenge = await repository.spendChallenge(input.challengeId, 'authentication', now);
      const passkey = await repository.findByCredentialId(input.response.id);
      const refuse = async (): Promise<never> => {
        await audit.recordNow({ client }, { action: 'sign-in.passkey', outcome: 'failure' });
        throw new UnauthenticatedError(notRecognised);
      };
      if (!challenge || !passkey) return refuse();
      const verification = await verifyAuthenticationResponse({
        response: input.response,
        expectedChallenge: challenge.challenge,
        expectedOrigin: relyingParty.origin,
        expectedRPID: relyingParty.id,
        requireUserVerification: true,
        credential: {
          id: passkey.credential_id,
          publicKey: Buffer.from(passkey.public_key, 'base64url'),
          counter: Number(passkey.counter),
          transports: JSON.parse(passkey.transports) as never,
        },
      }).catch(() => ({ verified: false as const }));
      if (!verification.verified) return refuse();
      await repository.recordUse(passkey.id, verification.authenticationInfo.newCounter, now);

      const people = peopleService(db);
      const user = await people.findUserById(passkey.user_id);
      if (user?.status !== 'active') return refuse();
      // Someone else's half-finished sign-in in this browser gives way to the passkey's owner.
      if (current && current.user.id !== user.id) await auth.signOut(current);
      if (current && current.user.id === user.id && current.session.stage === 'password') {
        const rotated = await inTransaction(db, async (trx) => {
          await audit.record(trx, current, {
            action: 'sign-in.second-factor',
            resource: { type: 'session', id: current.session.id },
          });
          return authService(trx, auth.settings, clock, audit).rotateSession(current.session, {
            stage: 'complete',
          });
        });
        return {
          token: rotated.token,
          result: await auth.signInResult({ ...current, session: rotated.session }),
        };
      }
      return auth.startSession(user, 'sign-in.passkey', client, true);
    },
  };
}
