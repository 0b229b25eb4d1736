import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import {
  type DirectoryContact,
  type DirectoryContactWrite,
  type DirectoryHit,
  type DirectoryLocation,
  type DirectoryLocationWrite,
  type DirectoryProfile,
  type DirectoryProfileWrite,
  type DirectoryService,
  type DirectoryServiceWrite,
  directoryValueLabels,
} from '../../../shared/schemas/directory.js';
import type { District } from '../../../shared/schemas/district.js';
import type { OrganisationKind } from '../../../shared/schemas/organisation.js';
import { countMatching, isPostgres, textOrder } from '../../db/queries.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { similarNames } from './similar-names.js';

export interface DirectorySearchFilter {
  q?: string | undefined;
  districtCode?: string | undefined;
  kind?: OrganisationKind | undefined;
  category?: string | undefined;
  targetGroup?: string | undefined;
  language?: string | undefined;
  access?: string | undefined;
  offset: number;
  limit: number;
}

export interface DirectorySearchResult {
  items: DirectoryHit[];
  total: number;
  match: 'all' | 'full-text' | 'similar-name';
}

type ServiceRow = Database['directory_services'];
type LocationRow = Database['directory_locations'];
type ContactRow = Database['directory_contacts'];

const toLocation = (row: LocationRow): DirectoryLocation => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  streetAddress: row.street_address,
  postcode: row.postcode,
  city: row.city,
  openingHours: row.opening_hours,
  confidential: Number(row.confidential) === 1,
});

const toContact = (row: ContactRow): DirectoryContact => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  role: row.role,
  phone: row.phone,
  email: row.email,
  optedInAt: row.opted_in_at,
});

/** Lower case, without diacritics: how documents are stored and queries compared. */
export const normalise = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a query: letters and digits only, so they are safe in either query syntax. */
export const wordsOf = (text: string) =>
  normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);

const parseList = <T extends string>(json: string): T[] => JSON.parse(json) as T[];

/** A JSON array column holds this enum value (values are slugs, so `"value"` is exact). */
const holds = (column: string, value: string) =>
  sql<SqlBool>`${sql.ref(column)} like ${`%${JSON.stringify(value)}%`}`;

const emptyProfile = (): DirectoryProfile => ({
  description: '',
  website: '',
  email: '',
  phone: '',
  whatWeDo: '',
  whatWeDoNot: '',
  languages: [],
  status: 'active',
  lastVerifiedAt: null,
  updatedAt: null,
});

export function directoryRepository(db: Kysely<Database>) {
  async function districtsOfServices(serviceIds: string[]) {
    const map = new Map<string, District[]>();
    if (serviceIds.length === 0) return map;
    const rows = await db
      .selectFrom('directory_service_districts')
      .innerJoin('districts', 'districts.id', 'directory_service_districts.district_id')
      .select([
        'directory_service_districts.service_id as serviceId',
        'districts.id',
        'districts.code',
        'districts.name',
      ])
      .where('directory_service_districts.service_id', 'in', serviceIds)
      .orderBy(textOrder(db, 'districts.name'))
      .execute();
    for (const { serviceId, ...district } of rows) {
      map.set(serviceId, [...(map.get(serviceId) ?? []), district]);
    }
    return map;
  }

  const toService = (row: ServiceRow, districts: District[]): DirectoryService => ({
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    description: row.description,
    categories: parseList(row.categories),
    targetGroups: parseList(row.target_groups),
    accessRoutes: parseList(row.access_routes),
    languages: parseList(row.languages),
    eligibility: row.eligibility,
    cost: row.cost,
    schedule: row.schedule,
    status: row.status,
    capacity: row.capacity,
    districts,
  });

  async function organisationDistricts(organisationId: string) {
    return db
      .selectFrom('organisation_districts')
      .innerJoin('districts', 'districts.id', 'organisation_districts.district_id')
      .select(['districts.id', 'districts.code', 'districts.name'])
      .where('organisation_districts.organisation_id', '=', organisationId)
      .orderBy(textOrder(db, 'districts.name'))
      .execute();
  }

  async function profileOf(organisationId: string): Promise<DirectoryProfile> {
    const row = await db
      .selectFrom('directory_profiles')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (!row) return emptyProfile();
    return {
      description: row.description,
      website: row.website,
      email: row.email,
      phone: row.phone,
      whatWeDo: row.what_we_do,
      whatWeDoNot: row.what_we_do_not,
      languages: parseList(row.languages),
      status: row.status,
      lastVerifiedAt: row.last_verified_at,
      updatedAt: row.updated_at,
    };
  }

  async function servicesOf(organisationId: string): Promise<DirectoryService[]> {
    const rows = await db
      .selectFrom('directory_services')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .orderBy(textOrder(db, 'name'))
      .orderBy('id')
      .execute();
    const districts = await districtsOfServices(rows.map((row) => row.id));
    return rows.map((row) => toService(row, districts.get(row.id) ?? []));
  }

  /** Rebuilds the organisation's search document (call in the transaction of every change). */
  async function reindex(organisationId: string): Promise<void> {
    const organisation = await db
      .selectFrom('organisations')
      .select(['name', 'kind'])
      .where('id', '=', organisationId)
      .executeTakeFirst();
    await db.deleteFrom('directory_search').where('organisation_id', '=', organisationId).execute();
    if (!organisation) return;
    const profile = await profileOf(organisationId);
    const services = (await servicesOf(organisationId)).filter((s) => s.status === 'active');
    const districts = await organisationDistricts(organisationId);
    const labels = (values: readonly string[]) =>
      values.map((value) => {
        const label = directoryValueLabels[value];
        return label ? `${label.nl} ${label.en}` : value;
      });
    const parts = [
      organisation.kind === 'informal' ? 'informeel informal' : 'formeel formal',
      profile.description,
      // What an organisation does *not* do is not indexed: it would find it for the opposite.
      profile.whatWeDo,
      ...districts.map((district) => district.name),
      ...services.flatMap((service) => [
        service.name,
        service.description,
        service.eligibility,
        ...labels(service.categories),
        ...labels(service.targetGroups),
        ...service.districts.map((district) => district.name),
      ]),
    ];
    const document = {
      name: normalise(organisation.name),
      body: normalise(parts.filter((part) => part.length > 0).join('\n')),
    };
    const insert = db
      .insertInto('directory_search')
      .values({ organisation_id: organisationId, ...document });
    // Two searches may refresh the same stale document at once on PostgreSQL; SQLite's FTS5
    // table has no key (and its writes are serialised anyway).
    await (isPostgres(db)
      ? insert.onConflict((conflict) => conflict.column('organisation_id').doUpdateSet(document))
      : insert
    ).execute();
  }

  /**
   * Builds the documents of organisations that have none or carry an old name: once at
   * start-up, for a database that had organisations before the directory existed. Changes
   * after that reindex in their own transaction (this module's and the organisations').
   */
  async function indexMissing(): Promise<void> {
    const organisations = await db.selectFrom('organisations').select(['id', 'name']).execute();
    const documents = await db
      .selectFrom('directory_search')
      .select(['organisation_id', 'name'])
      .execute();
    const indexed = new Map(documents.map((row) => [row.organisation_id, row.name]));
    const stale = organisations.filter((o) => indexed.get(o.id) !== normalise(o.name));
    if (stale.length === 0) return;
    await inTransaction(db, async (trx) => {
      for (const organisation of stale) await directoryRepository(trx).reindex(organisation.id);
    });
  }

  function filtered(filter: DirectorySearchFilter) {
    let query = db
      .selectFrom('organisations')
      .leftJoin('directory_profiles', 'directory_profiles.organisation_id', 'organisations.id');
    if (filter.kind) query = query.where('organisations.kind', '=', filter.kind);
    const activeService = (extra: (column: string) => Expression<SqlBool>, column: string) =>
      query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('directory_services')
            .select('directory_services.id')
            .whereRef('directory_services.organisation_id', '=', 'organisations.id')
            .where('directory_services.status', '=', 'active')
            .where(extra(column)),
        ),
      );
    if (filter.category) {
      const value = filter.category;
      query = activeService((column) => holds(column, value), 'directory_services.categories');
    }
    if (filter.targetGroup) {
      const value = filter.targetGroup;
      query = activeService((column) => holds(column, value), 'directory_services.target_groups');
    }
    if (filter.access) {
      const value = filter.access;
      query = activeService((column) => holds(column, value), 'directory_services.access_routes');
    }
    if (filter.language) {
      const value = filter.language;
      query = query.where(({ or, exists, selectFrom }) =>
        or([
          holds('directory_profiles.languages', value),
          exists(
            selectFrom('directory_services')
              .select('directory_services.id')
              .whereRef('directory_services.organisation_id', '=', 'organisations.id')
              .where('directory_services.status', '=', 'active')
              .where(holds('directory_services.languages', value)),
          ),
        ]),
      );
    }
    if (filter.districtCode) {
      const code = filter.districtCode;
      query = query.where(({ or, exists, selectFrom }) =>
        or([
          exists(
            selectFrom('organisation_districts')
              .innerJoin('districts', 'districts.id', 'organisation_districts.district_id')
              .select('districts.id')
              .whereRef('organisation_districts.organisation_id', '=', 'organisations.id')
              .where('districts.code', '=', code),
          ),
          exists(
            selectFrom('directory_services')
              .innerJoin(
                'directory_service_districts',
                'directory_service_districts.service_id',
                'directory_services.id',
              )
              .innerJoin('districts', 'districts.id', 'directory_service_districts.district_id')
              .select('districts.id')
              .whereRef('directory_services.organisation_id', '=', 'organisations.id')
              .where('directory_services.status', '=', 'active')
              .where('districts.code', '=', code),
          ),
        ]),
      );
    }
    return query;
  }

  const hitColumns = [
    'organisations.id',
    'organisations.name',
    'organisations.kind',
    'directory_profiles.description',
    'directory_profiles.what_we_do',
    'directory_profiles.last_verified_at',
  ] as const;
  const toHit = (row: {
    id: string;
    name: string;
    kind: OrganisationKind;
    description: string | null;
    what_we_do: string | null;
    last_verified_at: string | null;
  }): DirectoryHit => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description ?? '',
    whatWeDo: row.what_we_do ?? '',
    lastVerifiedAt: row.last_verified_at,
  });

  /** The organisations whose document holds every word (as a prefix), with a score. */
  function fullTextHits(words: string[]) {
    if (isPostgres(db)) {
      const tsquery = words.map((word) => `${word}:*`).join(' & ');
      return sql<{ organisation_id: string; score: number }>`(
        select organisation_id,
          ts_rank(
            setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', body), 'B'),
            to_tsquery('dutch', ${tsquery})
          ) as score
        from directory_search
        where (setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', body), 'B'))
          @@ to_tsquery('dutch', ${tsquery})
      )`.as('hits');
    }
    const match = words.map((word) => `"${word}"*`).join(' ');
    return sql<{ organisation_id: string; score: number }>`(
      select organisation_id, -bm25(directory_search, 0.0, 10.0, 1.0) as score
      from directory_search
      where directory_search match ${match}
    )`.as('hits');
  }

  return {
    profileOf,
    servicesOf,
    organisationDistricts,
    reindex,
    indexMissing,

    findOrganisation(id: string) {
      return db
        .selectFrom('organisations')
        .select(['id', 'name', 'kind'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async upsertProfile(
      organisationId: string,
      profile: DirectoryProfileWrite,
      updatedAt: string,
    ): Promise<void> {
      const values = {
        description: profile.description,
        website: profile.website,
        email: profile.email,
        phone: profile.phone,
        what_we_do: profile.whatWeDo,
        what_we_do_not: profile.whatWeDoNot,
        languages: JSON.stringify(profile.languages),
        status: profile.status,
        updated_at: updatedAt,
      };
      await db
        .insertInto('directory_profiles')
        .values({ organisation_id: organisationId, last_verified_at: null, ...values })
        .onConflict((conflict) => conflict.column('organisation_id').doUpdateSet(values))
        .execute();
    },

    async markVerified(organisationId: string, at: string): Promise<void> {
      const empty = emptyProfile();
      await db
        .insertInto('directory_profiles')
        .values({
          organisation_id: organisationId,
          description: empty.description,
          website: empty.website,
          email: empty.email,
          phone: empty.phone,
          what_we_do: empty.whatWeDo,
          what_we_do_not: empty.whatWeDoNot,
          languages: '[]',
          status: empty.status,
          last_verified_at: at,
          updated_at: at,
        })
        .onConflict((conflict) =>
          conflict.column('organisation_id').doUpdateSet({ last_verified_at: at }),
        )
        .execute();
    },

    /**
     * An organisation's locations; confidential ones only when asked for (the service decides
     * who may see them, and leaves them out of the query otherwise).
     */
    async locationsOf(
      organisationId: string,
      options: { withConfidential: boolean },
    ): Promise<DirectoryLocation[]> {
      let query = db
        .selectFrom('directory_locations')
        .selectAll()
        .where('organisation_id', '=', organisationId);
      if (!options.withConfidential) query = query.where('confidential', '=', 0);
      const rows = await query.orderBy(textOrder(db, 'name')).orderBy('id').execute();
      return rows.map(toLocation);
    },

    async findLocation(id: string): Promise<DirectoryLocation | undefined> {
      const row = await db
        .selectFrom('directory_locations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toLocation(row);
    },

    async saveLocation(
      location: { id: string; organisationId: string; at: string; isNew: boolean },
      input: DirectoryLocationWrite,
    ): Promise<void> {
      const values = {
        name: input.name,
        street_address: input.streetAddress,
        postcode: input.postcode,
        city: input.city,
        opening_hours: input.openingHours,
        confidential: input.confidential ? 1 : 0,
        updated_at: location.at,
      };
      if (location.isNew) {
        await db
          .insertInto('directory_locations')
          .values({
            id: location.id,
            organisation_id: location.organisationId,
            created_at: location.at,
            ...values,
          })
          .execute();
      } else {
        await db
          .updateTable('directory_locations')
          .set(values)
          .where('id', '=', location.id)
          .execute();
      }
    },

    async deleteLocation(id: string): Promise<void> {
      await db.deleteFrom('directory_locations').where('id', '=', id).execute();
    },

    async contactsOf(organisationId: string): Promise<DirectoryContact[]> {
      const rows = await db
        .selectFrom('directory_contacts')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy(textOrder(db, 'name'))
        .orderBy('id')
        .execute();
      return rows.map(toContact);
    },

    async findContact(id: string): Promise<DirectoryContact | undefined> {
      const row = await db
        .selectFrom('directory_contacts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toContact(row);
    },

    /** A new contact records `at` as the moment they opted in; a change keeps that moment. */
    async saveContact(
      contact: { id: string; organisationId: string; at: string; isNew: boolean },
      input: DirectoryContactWrite,
    ): Promise<void> {
      const values = {
        name: input.name,
        role: input.role,
        phone: input.phone,
        email: input.email,
        updated_at: contact.at,
      };
      if (contact.isNew) {
        await db
          .insertInto('directory_contacts')
          .values({
            id: contact.id,
            organisation_id: contact.organisationId,
            opted_in_at: contact.at,
            created_at: contact.at,
            ...values,
          })
          .execute();
      } else {
        await db
          .updateTable('directory_contacts')
          .set(values)
          .where('id', '=', contact.id)
          .execute();
      }
    },

    async deleteContact(id: string): Promise<void> {
      await db.deleteFrom('directory_contacts').where('id', '=', id).execute();
    },

    /** The organisation a service belongs to; undefined when there is no such service. */
    async organisationOfService(id: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('directory_services')
        .select('organisation_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.organisation_id;
    },

    async findService(id: string): Promise<DirectoryService | undefined> {
      const row = await db
        .selectFrom('directory_services')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return toService(row, (await districtsOfServices([id])).get(id) ?? []);
    },

    async saveService(
      service: { id: string; organisationId: string; at: string; isNew: boolean },
      input: DirectoryServiceWrite,
      districtIds: readonly string[],
    ): Promise<void> {
      const values = {
        name: input.name,
        description: input.description,
        categories: JSON.stringify(input.categories),
        target_groups: JSON.stringify(input.targetGroups),
        access_routes: JSON.stringify(input.accessRoutes),
        languages: JSON.stringify(input.languages),
        eligibility: input.eligibility,
        cost: input.cost,
        schedule: input.schedule,
        status: input.status,
        capacity: input.capacity,
        updated_at: service.at,
      };
      if (service.isNew) {
        await db
          .insertInto('directory_services')
          .values({
            id: service.id,
            organisation_id: service.organisationId,
            created_at: service.at,
            ...values,
          })
          .execute();
      } else {
        await db
          .updateTable('directory_services')
          .set(values)
          .where('id', '=', service.id)
          .execute();
        await db
          .deleteFrom('directory_service_districts')
          .where('service_id', '=', service.id)
          .execute();
      }
      if (districtIds.length > 0) {
        await db
          .insertInto('directory_service_districts')
          .values(
            districtIds.map((districtId) => ({ service_id: service.id, district_id: districtId })),
          )
          .execute();
      }
    },

    async deleteService(id: string): Promise<void> {
      await db.deleteFrom('directory_service_districts').where('service_id', '=', id).execute();
      await db.deleteFrom('directory_services').where('id', '=', id).execute();
    },

    /**
     * The one search of the directory: ranked full text (SQLite FTS5 with bm25, PostgreSQL
     * `to_tsvector('dutch', …)` with ts_rank), every word as a prefix; when that finds nothing,
     * organisation names a small typo away. The filters apply to both.
     */
    async search(filter: DirectorySearchFilter): Promise<DirectorySearchResult> {
      const words = wordsOf(filter.q ?? '');
      if (words.length === 0) {
        const [rows, total] = await Promise.all([
          filtered(filter)
            .select(hitColumns)
            .orderBy(textOrder(db, 'organisations.name'))
            .orderBy('organisations.id')
            .limit(filter.limit)
            .offset(filter.offset)
            .execute(),
          countMatching(filtered(filter)),
        ]);
        return { items: rows.map(toHit), total, match: 'all' };
      }
      const withHits = () =>
        filtered(filter).innerJoin(fullTextHits(words), 'hits.organisation_id', 'organisations.id');
      const [rows, total] = await Promise.all([
        withHits()
          .select(hitColumns)
          .orderBy('hits.score', 'desc')
          .orderBy(textOrder(db, 'organisations.name'))
          .orderBy('organisations.id')
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        withHits()
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .executeTakeFirstOrThrow()
          .then((row) => Number(row.count)),
      ]);
      if (total > 0) return { items: rows.map(toHit), total, match: 'full-text' };

      const candidates = await filtered(filter).select(hitColumns).execute();
      const similar = similarNames(words, candidates, (row) => normalise(row.name));
      return {
        items: similar.slice(filter.offset, filter.offset + filter.limit).map(toHit),
        total: similar.length,
        match: 'similar-name',
      };
    },
  };
}

export type DirectoryRepository = ReturnType<typeof directoryRepository>;
