import { auditService } from './audit/audit.service.js';
import { accountLinksService } from './auth/account-links.service.js';
import {
  type AuthSettings,
  authService,
  type Clock,
  defaultAuthSettings,
} from './auth/auth.service.js';
import { passkeysService, relyingPartyOf } from './auth/passkeys.service.js';
import { ssoService } from './auth/sso.service.js';
import type { DatabaseHandle } from './db/database.js';
import { mailService } from './mail/mail.service.js';
import { createMailer, type MailSettings } from './mail/mailer.js';
import { actionDigestService } from './modules/cases/action-digest.service.js';
import { caseActionsService } from './modules/cases/case-actions.service.js';
import { casesService } from './modules/cases/cases.service.js';
import { riskSignalsService } from './modules/cases/risk-signals.service.js';
import { directoryService } from './modules/directory/directory.service.js';
import { directoryRemindersService } from './modules/directory/directory-reminders.service.js';
import { districtsAdminService, districtsService } from './modules/districts/districts.service.js';
import {
  organisationsAdminService,
  organisationsService,
} from './modules/organisations/organisations.service.js';
import { networkGroupsService } from './modules/people/network-groups.service.js';
import { peopleService } from './modules/people/people.service.js';
import { usersService } from './modules/people/users.service.js';
import { systemService } from './modules/system/system.service.js';
import { fieldCipher, type Keyring } from './privacy/field-encryption.js';
import { piiService } from './privacy/pii.service.js';

export interface ServiceOptions {
  auth?: Partial<AuthSettings>;
  mail?: MailSettings;
  publicUrl?: string;
  /** Where services say what happened (mails sent): the app's logger. */
  log?: (message: string, fields: Record<string, unknown>) => void;
  /** The time; tests pass a fake clock to move through timeouts. */
  clock?: Clock;
  /** Months after a case closes before its free texts are erased; 12 when not given. */
  caseRetentionMonths?: number;
  /** Reads the data keys again (after `schakel keys rotate`); the server passes it. */
  reloadKeys?: () => Keyring;
}

/** The services that routes call, one per module, all on the same database. */
export function createServices(
  { db, engine }: Pick<DatabaseHandle, 'db' | 'engine'>,
  keyring: Keyring,
  options: ServiceOptions = {},
) {
  const clock = options.clock ?? (() => new Date());
  const authSettings = { ...defaultAuthSettings, ...options.auth };
  const mailer = createMailer(
    db,
    options.mail ?? { from: 'Schakel <noreply@schakel.example>' },
    options.log ?? (() => {}),
  );
  const audit = auditService(db, clock);
  const auth = authService(db, authSettings, clock, audit);
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const users = usersService(db, { audit, auth });
  const pii = piiService(db, audit);
  const riskSignals = riskSignalsService(db, { audit, clock });
  // One cipher for the texts of cases and their actions: a key rotated in is read once.
  const cipher = fieldCipher(keyring, options.reloadKeys ? { reload: options.reloadKeys } : {});
  const caseActions = caseActionsService(db, { audit, pii, cipher, clock });
  const cases = casesService(db, {
    audit,
    pii,
    cipher,
    clock,
    retentionMonths: options.caseRetentionMonths ?? 12,
    riskSignals,
  });
  return {
    audit,
    mail: mailService(db, mailer, audit),
    system: systemService(db, engine),
    districts: districtsService(db),
    districtsAdmin: districtsAdminService(db, audit),
    organisations: organisationsService(db),
    organisationsAdmin: organisationsAdminService(db, audit),
    people: peopleService(db),
    users,
    networkGroups: networkGroupsService(db, audit),
    pii,
    cases,
    caseActions,
    riskSignals,
    actionDigest: actionDigestService(db, { audit, caseActions, mailer, clock, publicUrl }),
    directory: directoryService(db, audit, clock),
    directoryReminders: directoryRemindersService(db, audit, clock, { mailer, publicUrl }),
    auth,
    passkeys: passkeysService(db, relyingPartyOf(publicUrl), clock, auth, audit),
    sso: ssoService(db, publicUrl, clock, auth, audit),
    accountLinks: accountLinksService(
      db,
      { ...authSettings, publicUrl },
      clock,
      mailer,
      audit,
      users,
    ),
  };
}

export type Services = ReturnType<typeof createServices>;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
