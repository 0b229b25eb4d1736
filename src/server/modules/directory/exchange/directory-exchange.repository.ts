import type { Kysely } from 'kysely';
import type {
  AccessRoute,
  DirectoryLanguage,
  DirectoryLocation,
  DirectoryProfileWrite,
  DirectoryServiceWrite,
  ServiceCategory,
  TargetGroup,
} from '../../../../shared/schemas/directory.js';
import type { District } from '../../../../shared/schemas/district.js';
import type { OrganisationKind } from '../../../../shared/schemas/organisation.js';
import { textOrder } from '../../../db/queries.js';
import type { Database } from '../../../db/schema.js';

/** An organisation's profile as the exchange reads it (no profile yet: null). */
export type ExchangeProfile = DirectoryProfileWrite & { lastVerifiedAt: string | null };

export interface ExchangeService extends Omit<DirectoryServiceWrite, 'districtCodes'> {
  id: string;
  districts: District[];
  updatedAt: string;
}

/** One organisation's whole entry as it is exported: never a contact or confidential location. */
export interface ExchangeOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  districts: District[];
  profile: ExchangeProfile | null;
  services: ExchangeService[];
  /** Public locations only (read only for an export). */
  locations: DirectoryLocation[];
}

export interface ExchangeFilter {
  /** Only organisations serving this district (by their own districts). */
  districtCode?: string | undefined;
  /** Read public locations too (an export; an import does not need them). */
  withLocations: boolean;
}

const parseList = <T extends string>(json: string): T[] => JSON.parse(json) as T[];

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/**
 * The directory in bulk, for import and export: a handful of queries whatever its size, each
 * filtered by a subquery rather than a list of ids. Warm-line contacts are never read here, and
 * confidential locations are left out in the query.
 */
export function directoryExchangeRepository(db: Kysely<Database>) {
  function organisationIds(filter: ExchangeFilter) {
    let query = db.selectFrom('organisations').select('organisations.id');
    if (filter.districtCode) {
      const code = filter.districtCode;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('organisation_districts')
            .innerJoin('districts', 'districts.id', 'organisation_districts.district_id')
            .select('districts.id')
            .whereRef('organisation_districts.organisation_id', '=', 'organisations.id')
            .where('districts.code', '=', code),
        ),
      );
    }
    return query;
  }

  return {
    async directory(filter: ExchangeFilter): Promise<ExchangeOrganisation[]> {
      const ids = () => organisationIds(filter);
      const [organisations, districts, profiles, services, serviceDistricts, locations] =
        await Promise.all([
          db
            .selectFrom('organisations')
            .select(['id', 'name', 'kind'])
            .where('id', 'in', ids())
            .orderBy(textOrder(db, 'name'))
            .orderBy('id')
            .execute(),
          db
            .selectFrom('organisation_districts')
            .innerJoin('districts', 'districts.id', 'organisation_districts.district_id')
            .select([
              'organisation_districts.organisation_id as organisationId',
              'districts.id',
              'districts.code',
              'districts.name',
            ])
            .where('organisation_districts.organisation_id', 'in', ids())
            .orderBy(textOrder(db, 'districts.name'))
            .execute(),
          db
            .selectFrom('directory_profiles')
            .selectAll()
            .where('organisation_id', 'in', ids())
            .execute(),
          db
            .selectFrom('directory_services')
            .selectAll()
            .where('organisation_id', 'in', ids())
            .orderBy(textOrder(db, 'name'))
            .orderBy('id')
            .execute(),
          db
            .selectFrom('directory_service_districts')
            .innerJoin('districts', 'districts.id', 'directory_service_districts.district_id')
            .innerJoin(
              'directory_services',
              'directory_services.id',
              'directory_service_districts.service_id',
            )
            .select([
              'directory_service_districts.service_id as serviceId',
              'districts.id',
              'districts.code',
              'districts.name',
            ])
            .where('directory_services.organisation_id', 'in', ids())
            .orderBy(textOrder(db, 'districts.name'))
            .execute(),
          filter.withLocations
            ? db
                .selectFrom('directory_locations')
                .selectAll()
                .where('organisation_id', 'in', ids())
                .where('confidential', '=', 0)
                .orderBy(textOrder(db, 'name'))
                .orderBy('id')
                .execute()
            : Promise.resolve([]),
        ]);

      const districtsOf = groupBy(districts, (row) => row.organisationId);
      const profileOf = new Map(profiles.map((row) => [row.organisation_id, row]));
      const districtsOfService = groupBy(serviceDistricts, (row) => row.serviceId);
      const servicesOf = groupBy(services, (row) => row.organisation_id);
      const locationsOf = groupBy(locations, (row) => row.organisation_id);
      const district = ({ id, code, name }: District) => ({ id, code, name });

      return organisations.map((organisation) => {
        const profile = profileOf.get(organisation.id);
        return {
          ...organisation,
          districts: (districtsOf.get(organisation.id) ?? []).map(district),
          profile: profile
            ? {
                description: profile.description,
                website: profile.website,
                email: profile.email,
                phone: profile.phone,
                whatWeDo: profile.what_we_do,
                whatWeDoNot: profile.what_we_do_not,
                languages: parseList<DirectoryLanguage>(profile.languages),
                status: profile.status,
                lastVerifiedAt: profile.last_verified_at,
              }
            : null,
          services: (servicesOf.get(organisation.id) ?? []).map((row) => ({
            id: row.id,
            name: row.name,
            description: row.description,
            categories: parseList<ServiceCategory>(row.categories),
            targetGroups: parseList<TargetGroup>(row.target_groups),
            accessRoutes: parseList<AccessRoute>(row.access_routes),
            languages: parseList<DirectoryLanguage>(row.languages),
            eligibility: row.eligibility,
            cost: row.cost,
            schedule: row.schedule,
            status: row.status,
            capacity: row.capacity === null ? null : Number(row.capacity),
            districts: (districtsOfService.get(row.id) ?? []).map(district),
            updatedAt: row.updated_at,
          })),
          locations: (locationsOf.get(organisation.id) ?? []).map((row) => ({
            id: row.id,
            organisationId: row.organisation_id,
            name: row.name,
            streetAddress: row.street_address,
            postcode: row.postcode,
            city: row.city,
            openingHours: row.opening_hours,
            confidential: false,
          })),
        };
      });
    },
  };
}
