import type { Role, UserStatus } from '../../../shared/schemas/people.js';

export interface NetworkGroupTable {
  id: string;
  district_id: string;
  name: string;
  created_at: string;
}

export interface NetworkGroupOrganisationTable {
  network_group_id: string;
  organisation_id: string;
}

export interface UserTable {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  status: UserStatus;
  password_hash: string | null;
  password_changed_at: string | null;
  totp_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | string | null;
  /** The identity at the organisation's OpenID provider, once linked. */
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoleAssignmentTable {
  id: string;
  user_id: string;
  role: Role;
  district_id: string | null;
  network_group_id: string | null;
  created_at: string;
}
