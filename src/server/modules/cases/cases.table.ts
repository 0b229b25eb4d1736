import type { ActionStatus, CaseStatus, ClosureReason } from '../../../shared/schemas/cases.js';

/** The next case number of a district in a year. */
export interface CaseSequenceTable {
  district_id: string;
  year: number;
  last_number: number;
}

/** A case; its free texts sealed (`*_sealed`), its lists as JSON text. */
export interface CaseTable {
  id: string;
  code: string;
  network_group_id: string;
  district_id: string;
  holder_user_id: string;
  holder_organisation_id: string;
  status: CaseStatus;
  closure_reason: ClosureReason | null;
  version: number;
  consent_given_on: string;
  consent_form: 'verbal' | 'written';
  consent_recorded_by: string;
  consent_recorded_at: string;
  consent_withdrawn_at: string | null;
  household: string;
  violence_forms: string;
  life_domains: string;
  involved_organisation_ids: string;
  /** JSON array of the ids of the district's risk signals that apply. */
  risk_signals: string;
  urgency: 'normal' | 'soon' | 'urgent' | null;
  question_sealed: string | null;
  description_sealed: string | null;
  intake_saved_at: string | null;
  narrative_erased_at: string | null;
  narrative_erasure_reason: 'consent-withdrawn' | 'retention' | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** What each save of a case changed: field names only, never their text. */
export interface CaseEventTable {
  id: string;
  case_id: string;
  version: number;
  kind: string;
  user_id: string | null;
  /** JSON array of field names. */
  changed_fields: string;
  at: string;
}

/** A breakthrough (doorbraak): what unblocked the situation (sealed), who did it, when. */
export interface CaseBreakthroughTable {
  id: string;
  case_id: string;
  /** Null once erased (consent withdrawn, retention). */
  description_sealed: string | null;
  /** JSON array of organisation ids. */
  partner_organisation_ids: string;
  occurred_on: string;
  recorded_by: string;
  recorded_at: string;
}

/** An action (afspraak): who does what by when; its text and result sealed. */
export interface CaseActionTable {
  id: string;
  case_id: string;
  /** Null once erased (consent withdrawn, retention). */
  text_sealed: string | null;
  owner_organisation_id: string;
  owner_user_id: string | null;
  due_on: string;
  status: ActionStatus;
  result_sealed: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A district's own checklist of risk signals (without a row: the default list). */
export interface DistrictRiskSignalTable {
  district_id: string;
  /** JSON array of `{ id, nl, en }`. */
  signals: string;
  updated_by: string;
  updated_at: string;
}

/** Someone who asked not to get the daily digest of actions. */
export interface ActionDigestOptOutTable {
  user_id: string;
  at: string;
}

/** A digest of actions sent to someone on a day (UTC date), claimed before sending. */
export interface ActionDigestTable {
  user_id: string;
  day: string;
  sent_at: string;
}
