export interface DistrictTable {
  id: string;
  /** Short code used in case codes, e.g. NW or ZO. */
  code: string;
  name: string;
  created_at: string;
}
