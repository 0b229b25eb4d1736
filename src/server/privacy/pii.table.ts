/**
 * A word or phrase that someone of an organisation marked as "not personal data" for one
 * category (a street name that is also a surname, a nickname of a place). Only its hash is
 * kept, so the table itself holds no text a finding was about.
 */
export interface PiiOverrideTable {
  id: string;
  organisation_id: string;
  /** SHA-256 of the finding's text, lower-cased with spaces collapsed. */
  text_hash: string;
  category: string;
  reason: string;
  created_by: string;
  created_at: string;
}
