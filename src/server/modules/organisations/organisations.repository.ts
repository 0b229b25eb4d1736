import type { Kysely } from 'kysely';
import type { District } from '../../../shared/schemas/district.js';
import type { Organisation, OrganisationKind } from '../../../shared/schemas/organisation.js';
import { countMatching, countRows, textOrder } from '../../db/queries.js';
import type { Database } from '../../db/schema.js';

export interface OrganisationFilter {
  districtCode?: string | undefined;
  kind?: OrganisationKind | undefined;
  offset: number;
  limit: number;
}

export function organisationsRepository(db: Kysely<Database>) {
  function filtered(filter: OrganisationFilter) {
    let query = db.selectFrom('organisations');
    if (filter.kind) query = query.where('organisations.kind', '=', filter.kind);
    if (filter.districtCode) {
      const code = filter.districtCode;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('organisation_districts')
            .innerJoin('districts', 'districts.id', 'organisation_districts.district_id')
            .whereRef('organisation_districts.organisation_id', '=', 'organisations.id')
            .where('districts.code', '=', code)
            .select('districts.id'),
        ),
      );
    }
    return query;
  }

  return {
    count: (): Promise<number> => countRows(db, 'organisations'),

    findById(id: string) {
      return db
        .selectFrom('organisations')
        .select(['id', 'name', 'kind'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async list(filter: OrganisationFilter): Promise<{ items: Organisation[]; total: number }> {
      const [rows, total] = await Promise.all([
        filtered(filter)
          .select(['organisations.id', 'organisations.name', 'organisations.kind'])
          .orderBy(textOrder(db, 'organisations.name'))
          .orderBy('organisations.id')
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        countMatching(filtered(filter)),
      ]);
      const links =
        rows.length === 0
          ? []
          : await db
              .selectFrom('organisation_districts')
              .innerJoin('districts', 'districts.id', 'organisation_districts.district_id')
              .select([
                'organisation_districts.organisation_id as organisationId',
                'districts.id',
                'districts.code',
                'districts.name',
              ])
              .where(
                'organisation_districts.organisation_id',
                'in',
                rows.map((row) => row.id),
              )
              .orderBy(textOrder(db, 'districts.name'))
              .execute();
      const districtsByOrganisation = new Map<string, District[]>();
      for (const { organisationId, ...district } of links) {
        const list = districtsByOrganisation.get(organisationId) ?? [];
        list.push(district);
        districtsByOrganisation.set(organisationId, list);
      }
      return {
        items: rows.map((row) => ({
          ...row,
          districts: districtsByOrganisation.get(row.id) ?? [],
        })),
        total,
      };
    },

    /** The districts an organisation serves; undefined when there is no such organisation. */
    async districtIdsOf(id: string): Promise<string[] | undefined> {
      const rows = await db
        .selectFrom('organisations')
        .leftJoin(
          'organisation_districts',
          'organisation_districts.organisation_id',
          'organisations.id',
        )
        .select('organisation_districts.district_id')
        .where('organisations.id', '=', id)
        .execute();
      if (rows.length === 0) return undefined;
      return rows.flatMap((row) => (row.district_id ? [row.district_id] : []));
    },

    async update(
      id: string,
      changes: { name: string; kind: OrganisationKind; updatedAt: string },
      districtIds: readonly string[],
    ): Promise<void> {
      await db
        .updateTable('organisations')
        .set({ name: changes.name, kind: changes.kind, updated_at: changes.updatedAt })
        .where('id', '=', id)
        .execute();
      await db.deleteFrom('organisation_districts').where('organisation_id', '=', id).execute();
      if (districtIds.length > 0) {
        await db
          .insertInto('organisation_districts')
          .values(
            districtIds.map((districtId) => ({ organisation_id: id, district_id: districtId })),
          )
          .execute();
      }
    },

    async insert(
      organisation: { id: string; name: string; kind: OrganisationKind; createdAt: string },
      districtIds: readonly string[],
    ): Promise<void> {
      await db
        .insertInto('organisations')
        .values({
          id: organisation.id,
          name: organisation.name,
          kind: organisation.kind,
          created_at: organisation.createdAt,
          updated_at: organisation.createdAt,
        })
        .execute();
      if (districtIds.length > 0) {
        await db
          .insertInto('organisation_districts')
          .values(districtIds.map((id) => ({ organisation_id: organisation.id, district_id: id })))
          .execute();
      }
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof organisationsRepository>;
