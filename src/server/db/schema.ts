import type { AuditEntryTable } from '../audit/audit.table.js';
import type {
  OrganisationSsoTable,
  PasskeyTable,
  RecoveryCodeTable,
  SessionTable,
  SignInAttemptTable,
  SsoLoginTable,
  UserTokenTable,
  WebauthnChallengeTable,
} from '../auth/auth.table.js';
import type { MailOutboxTable } from '../mail/mail.table.js';
import type {
  ActionDigestOptOutTable,
  ActionDigestTable,
  CaseActionTable,
  CaseBreakthroughTable,
  CaseEventTable,
  CaseSequenceTable,
  CaseTable,
  DistrictRiskSignalTable,
} from '../modules/cases/cases.table.js';
import type {
  DirectoryContactTable,
  DirectoryLocationTable,
  DirectoryProfileTable,
  DirectoryReminderTable,
  DirectorySearchTable,
  DirectoryServiceDistrictTable,
  DirectoryServiceTable,
} from '../modules/directory/directory.table.js';
import type { DistrictTable } from '../modules/districts/districts.table.js';
import type {
  OrganisationDistrictTable,
  OrganisationTable,
} from '../modules/organisations/organisations.table.js';
import type {
  NetworkGroupOrganisationTable,
  NetworkGroupTable,
  RoleAssignmentTable,
  UserTable,
} from '../modules/people/people.table.js';
import type { PiiOverrideTable } from '../privacy/pii.table.js';

/** Instance-wide facts, such as whether the demo was seeded. */
export interface SettingTable {
  key: string;
  value: string;
}

/** Every table, as Kysely sees it. Each module owns the row types of its own tables. */
export interface Database {
  settings: SettingTable;
  districts: DistrictTable;
  organisations: OrganisationTable;
  organisation_districts: OrganisationDistrictTable;
  network_groups: NetworkGroupTable;
  network_group_organisations: NetworkGroupOrganisationTable;
  users: UserTable;
  role_assignments: RoleAssignmentTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  sign_in_attempts: SignInAttemptTable;
  user_tokens: UserTokenTable;
  mail_outbox: MailOutboxTable;
  passkeys: PasskeyTable;
  webauthn_challenges: WebauthnChallengeTable;
  organisation_sso: OrganisationSsoTable;
  sso_logins: SsoLoginTable;
  audit_entries: AuditEntryTable;
  pii_overrides: PiiOverrideTable;
  directory_profiles: DirectoryProfileTable;
  directory_services: DirectoryServiceTable;
  directory_service_districts: DirectoryServiceDistrictTable;
  directory_search: DirectorySearchTable;
  directory_locations: DirectoryLocationTable;
  directory_contacts: DirectoryContactTable;
  directory_reminders: DirectoryReminderTable;
  case_sequences: CaseSequenceTable;
  cases: CaseTable;
  case_events: CaseEventTable;
  case_breakthroughs: CaseBreakthroughTable;
  case_actions: CaseActionTable;
  district_risk_signals: DistrictRiskSignalTable;
  action_digest_opt_outs: ActionDigestOptOutTable;
  action_digests: ActionDigestTable;
}
