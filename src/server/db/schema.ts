import type { DistrictTable } from '../modules/districts/districts.table.js';
import type {
  OrganisationDistrictTable,
  OrganisationTable,
} from '../modules/organisations/organisations.table.js';

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
}
