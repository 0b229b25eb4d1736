export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  /** `password`: only the first factor is done; `complete`: signed in. */
  stage: 'password' | 'complete';
  created_at: string;
  /** When sign-in completed (all factors); null while a factor is still due. */
  authenticated_at: string | null;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  user_agent: string;
  code_failures: number;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface SignInAttemptTable {
  id: string;
  at: string;
  email_hash: string;
  client_address: string;
  succeeded: number;
}

export interface UserTokenTable {
  id: string;
  user_id: string;
  purpose: 'invitation' | 'password-reset';
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface PasskeyTable {
  id: string;
  user_id: string;
  /** base64url, as the browser reports it. */
  credential_id: string;
  /** base64url of the COSE public key. */
  public_key: string;
  counter: number | string;
  /** JSON array of transports (usb, internal, hybrid…), to hint the browser next time. */
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export interface WebauthnChallengeTable {
  id: string;
  challenge: string;
  purpose: 'registration' | 'authentication';
  user_id: string | null;
  expires_at: string;
  used_at: string | null;
}

export interface OrganisationSsoTable {
  organisation_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  updated_at: string;
}

export interface SsoLoginTable {
  id: string;
  state_hash: string;
  binding_hash: string;
  organisation_id: string;
  code_verifier: string;
  nonce: string;
  expires_at: string;
  used_at: string | null;
}
