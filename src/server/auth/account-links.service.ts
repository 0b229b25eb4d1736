import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RoleGrant } from '../../shared/schemas/people.js';
import type { AuditService, ClientInfo } from '../audit/audit.service.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import type { Mailer } from '../mail/mailer.js';
import { normaliseEmail, peopleService } from '../modules/people/people.service.js';
import type { UsersService } from '../modules/people/users.service.js';
import { authRepository } from './auth.repository.js';
import { type Actor, type AuthSettings, bare, type Clock, userResource } from './auth.service.js';
import { hashPassword, type PasswordProblem, passwordProblems } from './passwords.js';
import { sha256 } from './totp.js';

const invitationDays = 7;
const resetMinutes = 60;
const maxResetsPerHour = 3;

const problemText: Record<PasswordProblem, string> = {
  'too-short': 'must be at least 12 characters',
  'too-long': 'must be at most 128 characters',
  common: 'is too common: choose one that others do not use',
  personal: 'must not contain your e-mail address or the name Schakel',
};

const invalidLink = () =>
  new InvalidInputError('This link is not valid (any more). Ask for a new one.', [
    { location: 'body', path: 'token', message: 'is not valid or has expired' },
  ]);

/**
 * Single-use links by e-mail: invitations for new users and password resets. The token travels
 * only in the mail, in the URL's fragment (never sent to a server by the browser); the database
 * keeps its hash. A reset ends every session and does not skip the second factor.
 */
export function accountLinksService(
  db: Kysely<Database>,
  settings: AuthSettings & { publicUrl: string },
  clock: Clock,
  mailer: Mailer,
  audit: AuditService,
  users: UsersService,
) {
  const link = (path: string, token: string) => `${settings.publicUrl}${path}#${token}`;

  async function newLinkToken(
    userId: string,
    purpose: 'invitation' | 'password-reset',
    minutes: number,
  ) {
    const token = randomBytes(32).toString('base64url');
    const now = clock();
    await authRepository(db).insertUserToken({
      id: newId(),
      user_id: userId,
      purpose,
      token_hash: sha256(token),
      expires_at: new Date(now.getTime() + minutes * 60_000).toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    });
    return token;
  }

  async function checkedHash(password: string, email: string) {
    const problems = passwordProblems(password, { email });
    if (problems.length > 0) {
      throw new InvalidInputError(
        'Choose another password.',
        problems.map((problem) => ({
          location: 'body',
          path: 'password',
          message: problemText[problem],
          code: problem,
        })),
      );
    }
    return hashPassword(password, settings.passwordCost);
  }

  return {
    /**
     * Administrators invite a person into any organisation with one role; coordinators into an
     * organisation of their district with a role there.
     */
    async invite(
      actor: Actor,
      input: {
        email: string;
        displayName: string;
        organisationId: string;
      } & RoleGrant,
    ): Promise<{ userId: string }> {
      await users.assertMayManageOrganisation(actor, input.organisationId);
      const scoped = await users.assertMayGrant(actor, input);
      const email = normaliseEmail(input.email);
      const people = peopleService(db);
      if (await people.findUserByEmail(email)) {
        throw new ConflictError('There is already an account with this e-mail address.');
      }
      const { userId, token } = await inTransaction(db, async (trx) => {
        const trxPeople = peopleService(trx);
        const user = await trxPeople.createUser({
          organisationId: input.organisationId,
          email,
          displayName: input.displayName,
          status: 'invited',
        });
        await trxPeople.addRole({ userId: user.id, ...scoped });
        await audit.record(trx, actor, { action: 'user.invite', resource: userResource(user.id) });
        const token = await accountLinksService(
          trx,
          settings,
          clock,
          mailer,
          audit,
          users,
        ).issueToken(user.id, 'invitation');
        return { userId: user.id, token };
      });
      await mailer.send({
        to: email,
        subject: 'Uitnodiging voor Schakel / Invitation to Schakel',
        text: [
          `${input.displayName},`,
          '',
          'U bent uitgenodigd voor Schakel. Kies via deze link een wachtwoord (de link werkt één keer, 7 dagen lang):',
          'You have been invited to Schakel. Choose a password with this link (it works once, for 7 days):',
          '',
          link('/uitnodiging', token),
        ].join('\n'),
      });
      return { userId };
    },

    issueToken: (userId: string, purpose: 'invitation' | 'password-reset') =>
      newLinkToken(
        userId,
        purpose,
        purpose === 'invitation' ? invitationDays * 24 * 60 : resetMinutes,
      ),

    /** Accepting an invitation: the person chooses a password and the account becomes active. */
    async acceptInvitation(token: string, password: string, client: ClientInfo): Promise<void> {
      const now = clock().toISOString();
      await inTransaction(db, async (trx) => {
        const userId = await authRepository(trx).spendUserToken(sha256(token), 'invitation', now);
        const people = peopleService(trx);
        const user = userId ? await people.findUserById(userId) : undefined;
        if (user?.status !== 'invited') throw invalidLink();
        await people.updateUser(user.id, {
          status: 'active',
          password_hash: await checkedHash(password, user.email),
          password_changed_at: now,
        });
        await audit.record(
          trx,
          { principal: bare(user), client },
          { action: 'user.invitation.accept', resource: userResource(user.id) },
        );
      });
    },

    /**
     * Always answers the same, whether or not the address has an account (no enumeration).
     * At most three links an hour per account, so the form cannot be used to flood a mailbox.
     */
    async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
      const user = await peopleService(db).findUserByEmail(email);
      const hourAgo = new Date(clock().getTime() - 3_600_000).toISOString();
      // The same query for an unknown address, so both answers take about as long.
      const recent = await authRepository(db).countUserTokensSince(
        user?.id ?? newId(),
        'password-reset',
        hourAgo,
      );
      if (user?.status !== 'active' || recent >= maxResetsPerHour) return;
      const token = await newLinkToken(user.id, 'password-reset', resetMinutes);
      await audit.recordNow(
        { principal: bare(user), client },
        { action: 'password-reset.request', resource: userResource(user.id) },
      );
      // Not awaited: the answer must not wait for (or fail with) the mail server.
      mailer.sendLater({
        to: user.email,
        subject: 'Nieuw wachtwoord voor Schakel / New password for Schakel',
        text: [
          'Kies via deze link een nieuw wachtwoord (de link werkt één keer, één uur lang):',
          'Choose a new password with this link (it works once, for one hour):',
          '',
          link('/wachtwoord-herstellen', token),
          '',
          'Heeft u dit niet gevraagd? Dan kunt u deze mail negeren. / Did not ask? Ignore this mail.',
        ].join('\n'),
      });
    },

    async resetPassword(token: string, password: string, client: ClientInfo): Promise<void> {
      const now = clock().toISOString();
      await inTransaction(db, async (trx) => {
        const repository = authRepository(trx);
        const userId = await repository.spendUserToken(sha256(token), 'password-reset', now);
        const people = peopleService(trx);
        const user = userId ? await people.findUserById(userId) : undefined;
        if (user?.status !== 'active') throw invalidLink();
        await people.updateUser(user.id, {
          password_hash: await checkedHash(password, user.email),
          password_changed_at: now,
        });
        await repository.endAllSessionsOf(user.id, now);
        await audit.record(
          trx,
          { principal: bare(user), client },
          { action: 'password.reset', resource: userResource(user.id) },
        );
      });
    },
  };
}
