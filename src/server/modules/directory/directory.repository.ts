import { type Kysely, type SqlBool, sql } from 'kysely';
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
  type DirectoryStatus,
  directoryValueLabels,
  verificationPeriodMonths,
} from '../../../shared/schemas/directory.js';
import type { District } from '../../../shared/schemas/district.js';
import type { OrganisationKind } from '../../../shared/schemas/organisation.js';
import { countMatching, isPostgres, textOrder } from '../../db/queries.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { similarNames, typosAllowed, withinTypos } from './similar-names.js';

export interface DirectorySearchFilter {
  q?: string | undefined;
  districtCode?: string | undefined;
  kind?: OrganisationKind | undefined;
  category?: string | undefined;
  targetGroup?: string | undefined;
  language?: string | undefined;
  access?: string | undefined;
  /** Leave out organisations whose entry is inactive (the public page). */
  activeOnly?: boolean | undefined;
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

/** The words of a normalised name; kept, as the same names come up again. */
const nameWordsCache = new Map<string, string[]>();
function nameWords(name: string): string[] {
  let words = nameWordsCache.get(name);
  if (!words) {
    words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
    if (nameWordsCache.size >= 50_000) nameWordsCache.clear();
    nameWordsCache.set(name, words);
  }
  return words;
}

/** PostgreSQL's Dutch stem of a word (null: a stop word); kept, as words come up again. */
const dutchStems = new Map<string, string | null>();

/**
 * The candidates `similarNames` can keep: for every query word, a word of the name (or its
 * beginning) within the word's allowed typos. It leaves out exactly the names similarNames
 * would leave out, but checks each distinct name word once rather than once per organisation
 * bearing it, and without building a table per pair: at 5,000 organisations this is what keeps
 * the typo fallback fast (bench/directory-search.ts).
 */
function mayBeSimilar(words: string[], names: string[]): string[] {
  const closeTo = words.map((word) => {
    const allowed = typosAllowed(word.length);
    const known = new Map<string, boolean>();
    return (nameWord: string) => {
      let close = known.get(nameWord);
      if (close === undefined) {
        close =
          withinTypos(word, nameWord.slice(0, word.length), allowed) ||
          withinTypos(word, nameWord, allowed);
        known.set(nameWord, close);
      }
      return close;
    };
  });
  return names.filter((name) => {
    const words = nameWords(name);
    return closeTo.every((close) => words.some(close));
  });
}

/**
 * A facet value as one token of a search document (`directory_search.facets`): letters and
 * digits only, so either engine takes it as one word (`category:debt-help` is
 * `categorydebthelp`). Values are slugs and ids, so no two tokens collide.
 */
export const facetToken = (facet: string, value: string) =>
  `${facet}${value}`.toLowerCase().replace(/[^a-z0-9]/g, '');

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
  toBeChecked: false,
  updatedAt: null,
});

/** The moment before which a confirmation no longer holds (six months before `now`). */
export function confirmationCutoff(now: Date): string {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - verificationPeriodMonths);
  return cutoff.toISOString();
}

/**
 * `now` decides which entries are "to be checked"; services pass their clock so tests can move
 * through time.
 */
export function directoryRepository(db: Kysely<Database>, now: () => Date = () => new Date()) {
  /** An entry is to be checked when its confirmation (or, never confirmed, its creation) is old. */
  const isToBeChecked = (lastVerifiedAt: string | null, createdAt: string) =>
    (lastVerifiedAt ?? createdAt) < confirmationCutoff(now());

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
    const organisation = await db
      .selectFrom('organisations')
      .select('created_at')
      .where('id', '=', organisationId)
      .executeTakeFirst();
    const row = await db
      .selectFrom('directory_profiles')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    const createdAt = organisation?.created_at ?? now().toISOString();
    if (!row) return { ...emptyProfile(), toBeChecked: isToBeChecked(null, createdAt) };
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
      toBeChecked: isToBeChecked(row.last_verified_at, createdAt),
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

  /** The organisation's search document: what full text searches, and what filters match. */
  async function documentOf(organisationId: string) {
    const organisation = await db
      .selectFrom('organisations')
      .select(['name', 'kind'])
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!organisation) return undefined;
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
    // The organisation's own districts and languages, and what its active services offer.
    const facets = new Set([
      facetToken('kind', organisation.kind),
      facetToken('status', profile.status),
      ...districts.map((district) => facetToken('district', district.id)),
      ...profile.languages.map((language) => facetToken('language', language)),
      ...services.flatMap((service) => [
        ...service.categories.map((value) => facetToken('category', value)),
        ...service.targetGroups.map((value) => facetToken('target-group', value)),
        ...service.accessRoutes.map((value) => facetToken('access', value)),
        ...service.languages.map((value) => facetToken('language', value)),
        ...service.districts.map((district) => facetToken('district', district.id)),
      ]),
    ]);
    return {
      organisation_id: organisationId,
      name: normalise(organisation.name),
      body: normalise(parts.filter((part) => part.length > 0).join('\n')),
      facets: [...facets].join(' '),
    };
  }

  /** Writes an organisation's search document, replacing the one it had. */
  async function writeDocument(document: NonNullable<Awaited<ReturnType<typeof documentOf>>>) {
    const { organisation_id: _, ...changes } = document;
    // Two searches may refresh the same stale document at once: the second one replaces it.
    await db
      .insertInto('directory_search')
      .values(document)
      .onConflict((conflict) => conflict.column('organisation_id').doUpdateSet(changes))
      .execute();
  }

  /** Rebuilds the organisation's search document (call in the transaction of every change). */
  async function reindex(organisationId: string): Promise<void> {
    const document = await documentOf(organisationId);
    if (document) await writeDocument(document);
    else {
      await db
        .deleteFrom('directory_search')
        .where('organisation_id', '=', organisationId)
        .execute();
    }
  }

  /**
   * Builds the documents of organisations that have none or carry an old name: at start-up, for
   * a database that had organisations before the directory existed or whose documents a
   * migration emptied. Changes after that reindex in their own transaction (this module's and
   * the organisations').
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

  const hitColumns = [
    'organisations.id',
    'organisations.name',
    'organisations.kind',
    'directory_profiles.description',
    'directory_profiles.what_we_do',
    'directory_profiles.last_verified_at',
    'organisations.created_at',
    'directory_profiles.status',
  ] as const;
  const toHit = (row: {
    id: string;
    name: string;
    kind: OrganisationKind;
    description: string | null;
    what_we_do: string | null;
    last_verified_at: string | null;
    created_at: string;
    status: DirectoryStatus | null;
  }): DirectoryHit => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description ?? '',
    whatWeDo: row.what_we_do ?? '',
    lastVerifiedAt: row.last_verified_at,
    toBeChecked: isToBeChecked(row.last_verified_at, row.created_at),
    status: row.status ?? 'active',
  });

  /** The entries of one page of hits, in the page's order. */
  async function hitsOf(ids: string[]): Promise<DirectoryHit[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('organisations')
      .leftJoin('directory_profiles', 'directory_profiles.organisation_id', 'organisations.id')
      .select(hitColumns)
      .where('organisations.id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toHit(row)] : [];
    });
  }

  /**
   * The facet tokens a filter asks for, all of which a document must hold; undefined when it
   * names a district that does not exist (nothing can match).
   */
  async function facetsOf(filter: DirectorySearchFilter): Promise<string[] | undefined> {
    const facets: string[] = [];
    if (filter.kind) facets.push(facetToken('kind', filter.kind));
    if (filter.activeOnly) facets.push(facetToken('status', 'active'));
    if (filter.category) facets.push(facetToken('category', filter.category));
    if (filter.targetGroup) facets.push(facetToken('target-group', filter.targetGroup));
    if (filter.access) facets.push(facetToken('access', filter.access));
    if (filter.language) facets.push(facetToken('language', filter.language));
    if (filter.districtCode) {
      const district = await db
        .selectFrom('districts')
        .select('id')
        .where('code', '=', filter.districtCode)
        .executeTakeFirst();
      if (!district) return undefined;
      facets.push(facetToken('district', district.id));
    }
    return facets;
  }

  /**
   * PostgreSQL: the words as a `tsquery`, each the beginning of a word of the document. The
   * documents hold Dutch stems, so a word is looked for by its stem — unless the stemmer changed
   * more than its end ("zuidoos", typing "zuidoost", has the stem "zuidos", which "zuidoost"
   * does not begin with) or dropped it as a stop word ("in", typing "inloop"): then as written
   * too. Words with digits are kept as written, as the Dutch configuration does.
   */
  async function prefixQuery(words: string[]): Promise<string> {
    const unknown = words.filter((word) => !/\d/.test(word) && !dutchStems.has(word));
    if (unknown.length > 0) {
      const { rows } = await sql<{ word: string; stem: string | null }>`
        select word, (ts_lexize('dutch_stem', word))[1] as stem
        from unnest(${unknown}::text[]) as word`.execute(db);
      if (dutchStems.size >= 50_000) dutchStems.clear();
      for (const row of rows) dutchStems.set(row.word, row.stem);
    }
    return words
      .map((word) => {
        const stem = /\d/.test(word) ? word : (dutchStems.get(word) ?? null);
        if (stem === null) return `'${word}':*`;
        return word.startsWith(stem) ? `'${stem}':*` : `('${stem}':* | '${word}':*)`;
      })
      .join(' & ');
  }

  /**
   * The documents holding every word (as a prefix) and every facet, and their rank: FTS5's
   * bm25 (the name weighing ten times the body), or ts_rank on PostgreSQL's stored vector (the
   * name weighted A, the rest B). Nothing else is joined: this table answers the whole query.
   */
  async function documentsMatching(words: string[], facets: string[]) {
    if (isPostgres(db)) {
      let query = db.selectFrom('directory_search');
      const tsquery = await prefixQuery(words);
      if (words.length > 0) query = query.where(sql<SqlBool>`search_vector @@ ${tsquery}::tsquery`);
      if (facets.length > 0) {
        const wanted = facets.map((facet) => `'${facet}'`).join(' & ');
        query = query.where(sql<SqlBool>`facet_vector @@ ${wanted}::tsquery`);
      }
      return { query, rank: sql<number>`ts_rank(search_vector, ${tsquery}::tsquery) desc` };
    }
    // SQLite: the FTS5 index (`directory_search_index`, migration 0012) finds the documents
    // and scores them; the documents are then read by their key.
    const conditions = [
      ...(words.length > 0 ? [`{name body} : (${words.map((w) => `"${w}"*`).join(' ')})`] : []),
      ...(facets.length > 0 ? [`facets : (${facets.map((f) => `"${f}"`).join(' ')})`] : []),
    ];
    if (conditions.length === 0) {
      return { query: db.selectFrom('directory_search'), rank: sql<number>`0` };
    }
    const hits = sql<{ id: number; score: number }>`(
      select rowid as id, bm25(directory_search_index, 10.0, 1.0, 0.0) as score
      from directory_search_index
      where directory_search_index match ${conditions.join(' AND ')}
    )`.as('hits');
    return {
      query: db
        .selectFrom(hits)
        .innerJoin('directory_search', (join) =>
          join.on(sql<SqlBool>`directory_search.id = hits.id`),
        ),
      rank: sql<number>`hits.score`,
    };
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

    /** Removes from its services the districts the organisation no longer serves. */
    async dropServiceDistrictsOutside(organisationId: string): Promise<void> {
      await db
        .deleteFrom('directory_service_districts')
        .where('service_id', 'in', (eb) =>
          eb
            .selectFrom('directory_services')
            .select('id')
            .where('organisation_id', '=', organisationId),
        )
        .where('district_id', 'not in', (eb) =>
          eb
            .selectFrom('organisation_districts')
            .select('district_id')
            .where('organisation_id', '=', organisationId),
        )
        .execute();
    },

    async deleteService(id: string): Promise<void> {
      await db.deleteFrom('directory_service_districts').where('service_id', '=', id).execute();
      await db.deleteFrom('directory_services').where('id', '=', id).execute();
    },

    /**
     * The one search of the directory: ranked full text (SQLite FTS5 with bm25, PostgreSQL
     * `tsvector` with the Dutch configuration and ts_rank), every word as a prefix; when that
     * finds nothing, organisation names a small typo away. The filters apply to both.
     */
    async search(filter: DirectorySearchFilter): Promise<DirectorySearchResult> {
      const words = wordsOf(filter.q ?? '');
      const facets = await facetsOf(filter);
      if (!facets) return { items: [], total: 0, match: words.length > 0 ? 'full-text' : 'all' };
      const { query, rank } = await documentsMatching(words, facets);
      // The page's ids and the number of matches as two narrow queries: counting beside the
      // page (`count(*) over ()`) would keep every match's row, vector and all, until the page
      // is sorted. PostgreSQL counts on a second connection while it sorts; SQLite, one
      // connection, counts only when the first page is full (one that is not holds every
      // match). (bench/directory-search.ts)
      let page = query.select('organisation_id');
      if (words.length > 0) page = page.orderBy(rank);
      const countAlongside = isPostgres(db) || filter.offset > 0;
      const [rows, counted] = await Promise.all([
        page
          .orderBy(textOrder(db, 'name'))
          .orderBy(textOrder(db, 'organisation_id'))
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        countAlongside ? countMatching(query) : undefined,
      ]);
      const total =
        counted ?? (rows.length < filter.limit ? rows.length : await countMatching(query));
      if (total > 0 || words.length === 0) {
        return {
          items: await hitsOf(rows.map((row) => row.organisation_id)),
          total,
          match: words.length > 0 ? 'full-text' : 'all',
        };
      }

      // Names a small typo away: compared in JavaScript (the same on both engines), on the
      // documents' names (normalised already), among those the filters leave. The names come
      // as one text, a row per name costing more than the comparing; then the organisations
      // bearing the names found.
      const { query: filtered } = await documentsMatching([], facets);
      const { names } = await filtered
        .select(
          isPostgres(db)
            ? sql<string | null>`string_agg(name, E'\n')`.as('names')
            : sql<string | null>`group_concat(name, char(10))`.as('names'),
        )
        .executeTakeFirstOrThrow();
      const distinct = [...new Set(names?.split('\n') ?? [])];
      const similar = similarNames(words, mayBeSimilar(words, distinct), (name) => name);
      const closeness = new Map(similar.map((name, index) => [name, index]));
      const bearing: { organisation_id: string; name: string }[] = [];
      for (let at = 0; at < similar.length; at += 500) {
        bearing.push(
          ...(await filtered
            .select(['organisation_id', 'name'])
            .where('name', 'in', similar.slice(at, at + 500))
            .execute()),
        );
      }
      bearing.sort(
        (a, b) =>
          (closeness.get(a.name) ?? 0) - (closeness.get(b.name) ?? 0) ||
          (a.organisation_id < b.organisation_id ? -1 : 1),
      );
      return {
        items: await hitsOf(
          bearing
            .slice(filter.offset, filter.offset + filter.limit)
            .map((row) => row.organisation_id),
        ),
        total: bearing.length,
        match: 'similar-name',
      };
    },
  };
}

export type DirectoryRepository = ReturnType<typeof directoryRepository>;

/**
 * A district's who-is-who, in five queries whatever its size: the active organisations serving
 * the district (it is one of their own districts, which its coordinator keeps), informal ones
 * first and then by name; each with its active services in the district (those naming it, and
 * those naming no district at all), its public locations — never a confidential one — and its
 * warm-line contacts.
 */
export async function whoIsWhoOfDistrict(db: Kysely<Database>, districtId: string) {
  const serving = () =>
    db
      .selectFrom('organisations')
      .leftJoin('directory_profiles', 'directory_profiles.organisation_id', 'organisations.id')
      .where(({ eb, or }) =>
        or([
          eb('directory_profiles.status', 'is', null),
          eb('directory_profiles.status', '=', 'active'),
        ]),
      )
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('organisation_districts')
            .select('organisation_districts.district_id')
            .whereRef('organisation_districts.organisation_id', '=', 'organisations.id')
            .where('organisation_districts.district_id', '=', districtId),
        ),
      );
  const servingIds = () => serving().select('organisations.id');

  const organisations = await serving()
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.kind',
      'directory_profiles.what_we_do',
      'directory_profiles.what_we_do_not',
      'directory_profiles.website',
      'directory_profiles.email',
      'directory_profiles.phone',
      'directory_profiles.languages',
    ])
    .orderBy(sql`case when ${sql.ref('organisations.kind')} = 'informal' then 0 else 1 end`)
    .orderBy(textOrder(db, 'organisations.name'))
    .orderBy('organisations.id')
    .execute();
  if (organisations.length === 0) return [];

  const [services, serviceDistricts, locations, contacts] = await Promise.all([
    db
      .selectFrom('directory_services')
      .selectAll('directory_services')
      .where('directory_services.organisation_id', 'in', servingIds())
      .where('directory_services.status', '=', 'active')
      .where(({ or, not, exists, selectFrom }) => {
        const districtsOfService = () =>
          selectFrom('directory_service_districts')
            .select('directory_service_districts.district_id')
            .whereRef('directory_service_districts.service_id', '=', 'directory_services.id');
        return or([
          exists(
            districtsOfService().where('directory_service_districts.district_id', '=', districtId),
          ),
          not(exists(districtsOfService())),
        ]);
      })
      .orderBy(textOrder(db, 'directory_services.name'))
      .orderBy('directory_services.id')
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
      .where('directory_services.organisation_id', 'in', servingIds())
      .where('directory_services.status', '=', 'active')
      .orderBy(textOrder(db, 'districts.name'))
      .execute(),
    db
      .selectFrom('directory_locations')
      .selectAll()
      .where('organisation_id', 'in', servingIds())
      .where('confidential', '=', 0)
      .orderBy(textOrder(db, 'name'))
      .orderBy('id')
      .execute(),
    db
      .selectFrom('directory_contacts')
      .selectAll()
      .where('organisation_id', 'in', servingIds())
      .orderBy(textOrder(db, 'name'))
      .orderBy('id')
      .execute(),
  ]);

  const districtsOf = new Map<string, District[]>();
  for (const { serviceId, ...district } of serviceDistricts) {
    districtsOf.set(serviceId, [...(districtsOf.get(serviceId) ?? []), district]);
  }
  const byOrganisation = <T extends { organisationId: string }>(items: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items)
      map.set(item.organisationId, [...(map.get(item.organisationId) ?? []), item]);
    return map;
  };
  const servicesOf = byOrganisation(
    services.map(
      (row): DirectoryService => ({
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
        districts: districtsOf.get(row.id) ?? [],
      }),
    ),
  );
  const locationsOf = byOrganisation(locations.map(toLocation));
  const contactsOf = byOrganisation(contacts.map(toContact));

  return organisations.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    whatWeDo: row.what_we_do ?? '',
    whatWeDoNot: row.what_we_do_not ?? '',
    website: row.website ?? '',
    email: row.email ?? '',
    phone: row.phone ?? '',
    languages: parseList<DirectoryService['languages'][number]>(row.languages ?? '[]'),
    services: servicesOf.get(row.id) ?? [],
    locations: locationsOf.get(row.id) ?? [],
    contacts: contactsOf.get(row.id) ?? [],
  }));
}
