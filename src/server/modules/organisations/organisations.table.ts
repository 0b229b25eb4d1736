import type { OrganisationKind } from '../../../shared/schemas/organisation.js';

export interface OrganisationTable {
  id: string;
  name: string;
  kind: OrganisationKind;
  created_at: string;
  updated_at: string;
}

export interface OrganisationDistrictTable {
  organisation_id: string;
  district_id: string;
}
