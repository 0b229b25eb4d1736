import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import { type Role, rolesRequiringMfa } from '../../shared/schemas/people.js';
import type { Me, SignInResult } from '../../shared/schemas/session.js';
import type { AuditService, ClientInfo } from '../audit/audit.service.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import {
  ForbiddenError,
  InvalidInputError,
  LockedError,
  NotFoundError,
  ReauthenticationRequiredError,
  ThrottledError,
  UnauthenticatedError,
} from '../errors.js';
import { organisationsService } from '../modules/organisations/organisations.service.js';
import type { UserRow } from '../modules/people/people.repository.js';
import { peopleService } from '../modules/people/people.service.js';
import { authRepository, type SessionRow } from './auth.repository.js';
import { passkeysRepository } from './passkeys.repository.js';
import { costOf, hashPassword, productionPasswordCost, verifyPassword } from './passwords.js';
import type { Principal } from './permissions.js';
import { accountDecision, addressDecision, throttleRules } from './throttle.js';
import {
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  sha256,
  totpStep,
  totpUri,
} from './totp.js';

export type Clock = () => Date;

export interface AuthSettings {
  idleMinutes: number;
  absoluteHours: number;
  /** scrypt log2(N) for new hashes; production always uses productionPasswordCost. */
  passwordCost: number;
}

export const defaultAuthSettings: AuthSettings = {
  idleMinutes: 30,
  absoluteHours: 12,
  passwordCost: productionPasswordCost,
};

/** Who is signed in, for one request, and where the request came from (for the audit trail). */
export interface Actor {
  session: SessionRow;
  user: UserRow;
  roles: Me['roles'];
  principal: Principal;
  client: ClientInfo;
}

export type { ClientInfo };

/** How a session was started, as the audit trail names it. */
export type SignInMethod = 'sign-in.password' | 'sign-in.passkey' | 'sign-in.sso';

const wrongCredentials = 'The e-mail address or password is not right.';
const wrongCode = 'The code is not right.';
const maxCodeFailures = 5;
const recentSignInMinutes = 15;

const requiresMfa = (roles: { role: Role }[]) =>
  roles.some((assignment) => rolesRequiringMfa.includes(assignment.role));

/** A user as the audit trail names them before their roles are known. */
export const bare = (user: UserRow): Principal => ({
  userId: user.id,
  organisationId: user.organisation_id,
  scopedRoles: [],
});

const sessionResource = (id: string) => ({ type: 'session', id });
export const userResource = (id: string) => ({ type: 'user', id });

/** An opaque token of 256 bits for the cookie; only its hash is stored. */
const newToken = () => randomBytes(32).toString('base64url');

export function authService(
  db: Kysely<Database>,
  settings: AuthSettings,
  clock: Clock,
  audit: AuditService,
) {
  const repository = authRepository(db);
  const people = peopleService(db);
  // Verified against when the address is unknown, so that both cases take the same time.
  let decoyHash: Promise<string> | undefined;
  const decoy = () => {
    decoyHash ??= hashPassword(newToken(), settings.passwordCost);
    return decoyHash;
  };

  /**
   * Lets an attempt through the throttle and records it — as failed until it proves right —
   * in one transaction that holds the account's lock, so parallel guesses are counted one by
   * one rather than all slipping past the same check. Returns the attempt's id.
   */
  function admitAttempt(emailHash: string, clientAddress: string, now: Date): Promise<string> {
    return inTransaction(db, async (trx) => {
      const attempts = authRepository(trx);
      await attempts.lockAttemptsOf(emailHash);
      const since = new Date(now.getTime() - throttleRules.windowMinutes * 60_000).toISOString();
      const byAddress = addressDecision(
        await attempts.recentAttempts({ clientAddress }, since),
        now,
      );
      if (byAddress.outcome !== 'allow') {
        throw new ThrottledError(
          'Too many attempts from this address. Try again later.',
          byAddress.retryAfterSeconds,
        );
      }
      const byAccount = accountDecision(await attempts.recentAttempts({ emailHash }, since), now);
      if (byAccount.outcome === 'locked') {
        throw new LockedError(
          'Too many failed attempts: signing in to this account is paused for a while.',
          byAccount.retryAfterSeconds,
        );
      }
      if (byAccount.outcome === 'slow-down') {
        throw new ThrottledError(
          'Too many attempts. Wait a moment and try again.',
          byAccount.retryAfterSeconds,
        );
      }
      const id = newId();
      await attempts.recordAttempt({
        id,
        at: now.toISOString(),
        emailHash,
        clientAddress,
        succeeded: false,
      });
      return id;
    });
  }

  async function me(actor: Actor): Promise<Me> {
    const organisation = await organisationsService(db).findById(actor.user.organisation_id);
    if (!organisation) throw new Error('user without organisation');
    return {
      user: {
        id: actor.user.id,
        email: actor.user.email,
        displayName: actor.user.display_name,
        organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
      },
      roles: actor.roles,
      session: {
        id: actor.session.id,
        stage: actor.session.stage,
        expiresAt: actor.session.expires_at,
      },
      mfa: {
        required: requiresMfa(actor.roles),
        totp: actor.user.totp_enabled_at !== null,
        passkeys: await passkeysRepository(db).countOf(actor.user.id),
        recoveryCodesLeft: await repository.unusedRecoveryCodeCount(actor.user.id),
      },
    };
  }

  async function signInResult(actor: Actor): Promise<SignInResult> {
    const mfaRequired = actor.session.stage === 'password';
    return {
      mfaRequired,
      enrolmentRequired:
        mfaRequired &&
        actor.user.totp_enabled_at === null &&
        (await passkeysRepository(db).countOf(actor.user.id)) === 0,
      me: await me(actor),
    };
  }

  /** A fresh token for the session (at sign-in and whenever its privileges grow). */
  async function rotate(session: SessionRow, changes: Partial<SessionRow> = {}) {
    if (changes.stage === 'complete')
      changes = { ...changes, authenticated_at: clock().toISOString() };
    const token = newToken();
    await repository.updateSession(session.id, { ...changes, token_hash: sha256(token) });
    return { token, session: { ...session, ...changes, token_hash: sha256(token) } };
  }

  /**
   * A second factor may be added in a completed session, or halfway through sign-in only by a
   * user who has none yet (their first set-up). Otherwise a stolen password would be enough
   * to add an attacker's own factor.
   */
  async function assertMayAddSecondFactor(actor: Actor): Promise<void> {
    if (actor.session.stage === 'complete') return assertRecentSignIn(actor);
    const hasFactor =
      actor.user.totp_enabled_at !== null ||
      (await passkeysRepository(db).countOf(actor.user.id)) > 0;
    if (hasFactor) throw new ForbiddenError('Finish signing in first.');
  }

  /**
   * Changes that would let a thief keep an account (a new factor, new recovery codes, removing a
   * factor, administrators' changes to sign-in) need a sign-in of the last 15 minutes, so a
   * stolen or forgotten session alone is not enough (ASVS 7.5).
   */
  function assertRecentSignIn(actor: Actor): void {
    const at = actor.session.authenticated_at;
    const fresh = at !== null && clock().getTime() - Date.parse(at) <= recentSignInMinutes * 60_000;
    if (!fresh) {
      throw new ReauthenticationRequiredError(
        'For your safety, sign in again before you change this.',
      );
    }
  }

  /**
   * A new session for a user whose first factor (or passkey) is verified. The second factor is
   * still due when the user's roles require one, unless `secondFactorDone` (a passkey).
   */
  async function startSession(
    user: UserRow,
    method: SignInMethod,
    client: ClientInfo,
    secondFactorDone = false,
  ): Promise<{ token: string; result: SignInResult }> {
    const { roles, principal } = await people.rolesOf(user);
    const stage = secondFactorDone || !requiresMfa(roles) ? 'complete' : 'password';
    const now = clock();
    const token = newToken();
    const session: SessionRow = {
      id: newId(),
      token_hash: sha256(token),
      user_id: user.id,
      stage,
      created_at: now.toISOString(),
      authenticated_at: stage === 'complete' ? now.toISOString() : null,
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + settings.absoluteHours * 3_600_000).toISOString(),
      ended_at: null,
      user_agent: client.userAgent.slice(0, 200),
      code_failures: 0,
    };
    await inTransaction(db, async (trx) => {
      await authRepository(trx).insertSession(session);
      await audit.record(
        trx,
        { principal, client },
        { action: method, resource: sessionResource(session.id) },
      );
    });
    return { token, result: await signInResult({ session, user, roles, principal, client }) };
  }

  return {
    me,
    settings,

    async signIn(
      input: { email: string; password: string } & ClientInfo,
    ): Promise<{ token: string; result: SignInResult }> {
      const now = clock();
      const email = input.email.trim().toLowerCase();
      const emailHash = sha256(email);
      // Counted as failed before the slow check; turned into a success only when right.
      const user = await people.findUserByEmail(email);
      // Refusals are audited too, under the account when there is one (its owner sees them).
      const refused = (outcome: 'failure' | 'denied') =>
        audit.recordNow(
          { principal: user && bare(user), client: input },
          { action: 'sign-in.password', outcome },
        );
      const attemptId = await admitAttempt(emailHash, input.clientAddress, now).catch(
        async (error: unknown) => {
          await refused('denied');
          throw error;
        },
      );
      const usable = user?.status === 'active' && user.password_hash ? user : undefined;
      const passwordOk = await verifyPassword(
        input.password,
        usable?.password_hash ?? (await decoy()),
      );
      if (!usable || !passwordOk) {
        await refused('failure');
        throw new UnauthenticatedError(wrongCredentials);
      }
      await repository.markAttemptSucceeded(attemptId);
      // The table serves throttling only; the log keeps the history of attempts.
      await repository.forgetAttemptsBefore(new Date(now.getTime() - 86_400_000).toISOString());

      if (costOf(usable.password_hash ?? '') < settings.passwordCost) {
        await people.updateUser(usable.id, {
          password_hash: await hashPassword(input.password, settings.passwordCost),
        });
      }
      return startSession(usable, 'sign-in.password', input);
    },

    startSession,
    signInResult,
    assertMayAddSecondFactor,
    assertRecentSignIn,

    /**
     * The actor behind a cookie's token, or undefined. A session ends after `idleMinutes`
     * without a request and `absoluteHours` after sign-in, whichever comes first.
     */
    async actorOf(token: string | undefined, client: ClientInfo): Promise<Actor | undefined> {
      if (!token) return undefined;
      const session = await repository.findLiveSessionByTokenHash(sha256(token));
      if (!session) return undefined;
      const now = clock();
      const idleUntil = Date.parse(session.last_seen_at) + settings.idleMinutes * 60_000;
      if (now.getTime() >= idleUntil || now.toISOString() >= session.expires_at) {
        await repository.updateSession(session.id, { ended_at: now.toISOString() });
        return undefined;
      }
      const user = await people.findUserById(session.user_id);
      if (user?.status !== 'active') return undefined;
      // Written at most once a minute: enough for the idle timeout, light on the database.
      if (now.getTime() - Date.parse(session.last_seen_at) > 60_000) {
        session.last_seen_at = now.toISOString();
        await repository.updateSession(session.id, { last_seen_at: session.last_seen_at });
      }
      return { session, user, ...(await people.rolesOf(user)), client };
    },

    /** The second factor: a TOTP code (accepted once) or an unused recovery code. */
    async completeMfa(
      actor: Actor,
      code: string,
    ): Promise<{ token: string; result: SignInResult }> {
      if (actor.session.stage === 'complete')
        return { token: '', result: await signInResult(actor) };
      const now = clock();
      const { user } = actor;
      // Wrong codes count per account too, across sessions: signing in again with the password
      // must not buy fresh guesses. The same rules as for passwords (slow down, then lock).
      const codeKey = sha256(`second-factor:${user.id}`);
      const refused = (outcome: 'failure' | 'denied') =>
        audit.recordNow(actor, {
          action: 'sign-in.second-factor',
          outcome,
          resource: sessionResource(actor.session.id),
        });
      const attemptId = await admitAttempt(codeKey, `second-factor:${user.id}`, now).catch(
        async (error: unknown) => {
          await refused('denied');
          throw error;
        },
      );
      let accepted = false;
      if (user.totp_secret && user.totp_enabled_at) {
        const step = totpStep(user.totp_secret, code.trim(), now);
        if (step !== undefined) accepted = await people.advanceTotpStep(user.id, step);
        if (!accepted && !/^\d+$/.test(code.trim())) {
          accepted = await repository.spendRecoveryCode(
            user.id,
            sha256(normaliseRecoveryCode(code)),
            now.toISOString(),
          );
        }
      }
      if (!accepted) {
        await refused('failure');
        const failures = await repository.countCodeFailure(actor.session.id);
        if (failures >= maxCodeFailures) {
          await repository.updateSession(actor.session.id, { ended_at: now.toISOString() });
          throw new UnauthenticatedError('Too many wrong codes: sign in again.');
        }
        throw new UnauthenticatedError(wrongCode);
      }
      await repository.markAttemptSucceeded(attemptId);
      const rotated = await inTransaction(db, async (trx) => {
        await audit.record(trx, actor, {
          action: 'sign-in.second-factor',
          resource: sessionResource(actor.session.id),
        });
        return authService(trx, settings, clock, audit).rotateSession(actor.session, {
          stage: 'complete',
        });
      });
      return {
        token: rotated.token,
        result: await signInResult({ ...actor, session: rotated.session }),
      };
    },

    async signOut(actor: Actor): Promise<void> {
      await inTransaction(db, async (trx) => {
        await authRepository(trx).updateSession(actor.session.id, {
          ended_at: clock().toISOString(),
        });
        await audit.record(trx, actor, {
          action: 'sign-out',
          resource: sessionResource(actor.session.id),
        });
      });
    },

    sessionsOf: (actor: Actor) => repository.liveSessionsOf(actor.user.id, clock().toISOString()),

    async endSession(actor: Actor, sessionId: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const ended = await authRepository(trx).endSessionOf(
          actor.user.id,
          sessionId,
          clock().toISOString(),
        );
        if (!ended) throw new NotFoundError('There is no such session of yours.');
        await audit.record(trx, actor, {
          action: 'session.end',
          resource: sessionResource(sessionId),
        });
      });
    },

    /**
     * Starts TOTP enrolment: a new secret, not yet in force. Allowed to a user without TOTP —
     * also halfway through sign-in, as the first factor a new user sets up.
     */
    async startTotpEnrolment(actor: Actor) {
      if (actor.user.totp_enabled_at) {
        throw new ForbiddenError('An authenticator app is already set up for this account.');
      }
      await assertMayAddSecondFactor(actor);
      const secret = newTotpSecret();
      await people.updateUser(actor.user.id, { totp_secret: secret });
      const otpauthUri = totpUri(secret, actor.user.email);
      const qrCode = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2 });
      return { secret, otpauthUri, qrCode };
    },

    /** Puts TOTP in force with a first code; completes sign-in; hands out recovery codes. */
    async confirmTotpEnrolment(actor: Actor, code: string) {
      const { user } = actor;
      const now = clock();
      if (user.totp_enabled_at || !user.totp_secret) {
        throw new ForbiddenError('There is no authenticator app set-up to confirm.');
      }
      await assertMayAddSecondFactor(actor);
      const step = totpStep(user.totp_secret, code.trim(), now);
      if (step === undefined) {
        throw new InvalidInputError(wrongCode, [
          { location: 'body', path: 'code', message: wrongCode },
        ]);
      }
      const recoveryCodes = newRecoveryCodes();
      const rotated = await inTransaction(db, async (trx) => {
        await peopleService(trx).updateUser(user.id, {
          totp_enabled_at: now.toISOString(),
          totp_last_step: step,
        });
        await authRepository(trx).replaceRecoveryCodes(
          user.id,
          recoveryCodes.map((recoveryCode) => ({ id: newId(), codeHash: sha256(recoveryCode) })),
          now.toISOString(),
        );
        await audit.record(trx, actor, {
          action: 'mfa.totp.enable',
          resource: userResource(user.id),
        });
        return authService(trx, settings, clock, audit).rotateSession(actor.session, {
          stage: 'complete',
        });
      });
      return { token: rotated.token, recoveryCodes };
    },

    /** New recovery codes replace the old ones (all of them). */
    async regenerateRecoveryCodes(actor: Actor): Promise<string[]> {
      assertRecentSignIn(actor);
      if (!actor.user.totp_enabled_at) {
        throw new ForbiddenError('Set up an authenticator app first.');
      }
      const recoveryCodes = newRecoveryCodes();
      await inTransaction(db, async (trx) => {
        await authRepository(trx).replaceRecoveryCodes(
          actor.user.id,
          recoveryCodes.map((recoveryCode) => ({ id: newId(), codeHash: sha256(recoveryCode) })),
          clock().toISOString(),
        );
        await audit.record(trx, actor, {
          action: 'mfa.recovery-codes.renew',
          resource: userResource(actor.user.id),
        });
      });
      return recoveryCodes;
    },

    rotateSession: rotate,

    /** Sign-in facts of an account, for its administrators. */
    async accountState(userId: string) {
      const user = await people.findUserById(userId);
      return {
        totp: user?.totp_enabled_at != null,
        passkeys: await passkeysRepository(db).countOf(userId),
        liveSessions: (await repository.liveSessionsOf(userId, clock().toISOString())).length,
      };
    },

    /** Ends every session of an account (deactivation, administrators); `on`: a transaction. */
    endAllSessionsOf: (userId: string, on: Kysely<Database> = db) =>
      authRepository(on).endAllSessionsOf(userId, clock().toISOString()),

    /**
     * Forgets an account's second factors (authenticator app, passkeys, recovery codes) and
     * ends its sessions: at the next sign-in the person sets up a new one.
     */
    async forgetSecondFactors(userId: string, on: Kysely<Database> = db): Promise<void> {
      await inTransaction(on, async (trx) => {
        await peopleService(trx).updateUser(userId, {
          totp_secret: null,
          totp_enabled_at: null,
          totp_last_step: null,
        });
        await passkeysRepository(trx).removeAllOf(userId);
        await authRepository(trx).replaceRecoveryCodes(userId, [], clock().toISOString());
        await authRepository(trx).endAllSessionsOf(userId, clock().toISOString());
      });
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
