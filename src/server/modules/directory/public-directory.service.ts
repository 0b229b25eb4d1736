import type { Kysely } from 'kysely';
import type { DirectoryService } from '../../../shared/schemas/directory.js';
import type {
  PublicDirectoryEntry,
  PublicDirectorySearchPage,
  PublicDirectorySearchQuery,
  PublicDirectoryService,
} from '../../../shared/schemas/public-directory.js';
import type { Database } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { directoryRepository } from './directory.repository.js';

export interface PublicDirectorySettings {
  /** `SCHAKEL_PUBLIC_DIRECTORY`: off by default. */
  enabled: boolean;
}

/**
 * The same words as an address that does not exist (src/server/http/error-handler.ts): with the
 * page turned off, its routes cannot be told apart from no route at all.
 */
const absent = () => new NotFoundError('There is nothing at this address.');
const noSuchEntry = () => new NotFoundError('There is no such entry in the public directory.');

/** Only the public fields of a service, named one by one: never its capacity or status. */
const publicService = (service: DirectoryService): PublicDirectoryService => ({
  id: service.id,
  name: service.name,
  description: service.description,
  categories: service.categories,
  targetGroups: service.targetGroups,
  accessRoutes: service.accessRoutes,
  eligibility: service.eligibility,
  cost: service.cost,
  languages: service.languages,
  schedule: service.schedule,
  districts: service.districts.map(({ id, code, name }) => ({ id, code, name })),
});

/**
 * The partner directory's public page, for residents: read-only, anonymous, public fields
 * only, and only when the deployment turned it on. It reads through the directory's own
 * repository (the same search as signed-in people, limited to active entries) and copies out
 * the public fields by name, so nothing else can slip through: never warm-line contacts,
 * confidential locations, inactive services or organisations, a service's capacity,
 * verification dates, or who edited the entry. Nothing personal is read, so nothing is audited.
 */
export function publicDirectoryService(db: Kysely<Database>, settings: PublicDirectorySettings) {
  const repository = directoryRepository(db);

  function assertEnabled(): void {
    if (!settings.enabled) throw absent();
  }

  return {
    /** Throws "not found" when the page is off; the routes call it before anything else. */
    assertEnabled,

    async search(query: PublicDirectorySearchQuery): Promise<PublicDirectorySearchPage> {
      assertEnabled();
      const result = await repository.search({
        q: query.q,
        districtCode: query.district,
        category: query.category,
        targetGroup: query.targetGroup,
        language: query.language,
        access: query.access,
        activeOnly: true,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return {
        items: result.items.map(({ id, name, kind, description, whatWeDo }) => ({
          id,
          name,
          kind,
          description,
          whatWeDo,
        })),
        total: result.total,
        match: result.match,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async entry(id: string): Promise<PublicDirectoryEntry> {
      assertEnabled();
      const organisation = await repository.findOrganisation(id);
      if (!organisation) throw noSuchEntry();
      const profile = await repository.profileOf(id);
      if (profile.status !== 'active') throw noSuchEntry();
      const [districts, services, locations] = await Promise.all([
        repository.organisationDistricts(id),
        repository.servicesOf(id),
        // Confidential locations are left out by the query itself.
        repository.locationsOf(id, { withConfidential: false }),
      ]);
      return {
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        districts: districts.map(({ id, code, name }) => ({ id, code, name })),
        profile: {
          description: profile.description,
          website: profile.website,
          email: profile.email,
          phone: profile.phone,
          whatWeDo: profile.whatWeDo,
          whatWeDoNot: profile.whatWeDoNot,
          languages: profile.languages,
        },
        services: services.filter((service) => service.status === 'active').map(publicService),
        locations: locations
          .filter((location) => !location.confidential)
          .map(({ id, name, streetAddress, postcode, city, openingHours }) => ({
            id,
            name,
            streetAddress,
            postcode,
            city,
            openingHours,
          })),
      };
    },
  };
}

export type PublicDirectoryServiceApi = ReturnType<typeof publicDirectoryService>;
