import type { DirectoryStatus } from '../../../shared/schemas/directory.js';

export interface DirectoryProfileTable {
  organisation_id: string;
  description: string;
  website: string;
  email: string;
  phone: string;
  what_we_do: string;
  what_we_do_not: string;
  /** JSON array of language codes. */
  languages: string;
  status: DirectoryStatus;
  last_verified_at: string | null;
  updated_at: string;
}

export interface DirectoryReminderTable {
  organisation_id: string;
  /** When its editors were last reminded to confirm the entry. */
  sent_at: string;
}

export interface DirectoryServiceTable {
  id: string;
  organisation_id: string;
  name: string;
  description: string;
  /** JSON arrays of the enum values in src/shared/schemas/directory.ts. */
  categories: string;
  target_groups: string;
  access_routes: string;
  languages: string;
  eligibility: string;
  cost: string;
  schedule: string;
  status: DirectoryStatus;
  capacity: number | null;
  created_at: string;
  updated_at: string;
}

export interface DirectoryServiceDistrictTable {
  service_id: string;
  district_id: string;
}

/** One search document per organisation; an FTS5 table on SQLite, a plain table on PostgreSQL. */
export interface DirectorySearchTable {
  organisation_id: string;
  /** The organisation's name, normalised: searched, weighted above the body, and sorted on. */
  name: string;
  body: string;
  /** What the filters match: one token per facet value, space-separated (`facetToken`). */
  facets: string;
}

export interface DirectoryLocationTable {
  id: string;
  organisation_id: string;
  name: string;
  street_address: string;
  postcode: string;
  city: string;
  /** Empty when not given. */
  opening_hours: string;
  /** 1: a confidential address (a shelter), shown to the organisation's own editors only. */
  confidential: number;
  created_at: string;
  updated_at: string;
}

/** A warm-line contact: a named professional who opted in. Personal data. */
export interface DirectoryContactTable {
  id: string;
  organisation_id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  opted_in_at: string;
  created_at: string;
  updated_at: string;
}
