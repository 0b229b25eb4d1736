import type { Kysely } from 'kysely';
import {
  type DirectoryProfileWrite,
  type DirectoryServiceWrite,
  directoryServiceWriteSchema,
} from '../../../../shared/schemas/directory.js';
import type {
  DirectoryExportQuery,
  DirectoryImport,
  DirectoryImportResult,
  HsdsOrganization,
} from '../../../../shared/schemas/directory-exchange.js';
import type { District } from '../../../../shared/schemas/district.js';
import type { OrganisationKind } from '../../../../shared/schemas/organisation.js';
import type { FieldError } from '../../../../shared/schemas/problem.js';
import type { AuditService } from '../../../audit/audit.service.js';
import type { Actor, Clock } from '../../../auth/auth.service.js';
import { authorize, can } from '../../../auth/permissions.js';
import { newId } from '../../../db/ids.js';
import type { Database } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import { InvalidInputError } from '../../../errors.js';
import { districtsService } from '../../districts/districts.service.js';
import { organisationsRepository } from '../../organisations/organisations.repository.js';
import { directoryRepository } from '../directory.repository.js';
import { directoryCsv, readCsv } from './csv.js';
import {
  directoryExchangeRepository,
  type ExchangeOrganisation,
  type ExchangeService,
} from './directory-exchange.repository.js';
import { directoryHsds, readHsds } from './hsds.js';
import {
  type ImportedOrganisation,
  type ImportProblem,
  nameKey,
  Problems,
  quoted,
  sameSet,
} from './imported.js';

/** The most errors a refused import lists; a file with more is likely not ours at all. */
export const maxListedImportErrors = 1000;

interface PlannedService {
  id: string;
  isNew: boolean;
  write: DirectoryServiceWrite;
  districtIds: string[];
}

interface PlannedOrganisation {
  id: string;
  isNew: boolean;
  name: string;
  kind: OrganisationKind;
  districtIds: string[];
  /** Kind or districts change (or the organisation is new). */
  organisationChanges: boolean;
  /** The profile to write; null when it stays as it is. */
  profile: DirectoryProfileWrite | null;
  /** Services to create or change. */
  services: PlannedService[];
  unchangedServices: number;
}

const defaultProfile: DirectoryProfileWrite = {
  description: '',
  website: '',
  email: '',
  phone: '',
  whatWeDo: '',
  whatWeDoNot: '',
  languages: [],
  status: 'active',
};

const listFields = ['languages', 'categories', 'targetGroups', 'accessRoutes', 'districtCodes'];

/** Whether `after` changes anything of `before` (lists compare as sets). */
function differs<T extends object>(before: T, after: T): boolean {
  return (Object.keys(after) as (keyof T)[]).some((field) => {
    const left = before[field];
    const right = after[field];
    if (listFields.includes(field as string) && Array.isArray(left) && Array.isArray(right)) {
      return !sameSet(left, right);
    }
    return left !== right;
  });
}

/** The patch's fields that the file gives, over what is there. */
const merged = <T extends object>(current: T, patch: Partial<T>): T => ({
  ...current,
  ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
});

const serviceWriteOf = (service: ExchangeService): DirectoryServiceWrite => ({
  name: service.name,
  description: service.description,
  categories: service.categories,
  targetGroups: service.targetGroups,
  accessRoutes: service.accessRoutes,
  eligibility: service.eligibility,
  cost: service.cost,
  languages: service.languages,
  schedule: service.schedule,
  status: service.status,
  capacity: service.capacity,
  districtCodes: service.districts.map((district) => district.code),
});

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/**
 * CSV errors in line order (on one line, as they were found); HSDS errors in the order of
 * their paths (`[2]` before `[10]`).
 */
const inFileOrder = (a: ImportProblem, b: ImportProblem) =>
  a.line !== undefined && b.line !== undefined
    ? a.line - b.line
    : a.path.localeCompare(b.path, 'en', { numeric: true });

/**
 * Import and export of the partner directory. Exports are for everyone signed in and never hold
 * warm-line contacts or confidential locations. Imports are for those who manage organisations
 * (administrators; coordinators within their districts): the whole file is checked first, and
 * then written in one transaction, or not at all.
 */
export function directoryExchangeService(db: Kysely<Database>, audit: AuditService, clock: Clock) {
  const now = () => clock().toISOString();

  const read = (query: DirectoryExportQuery) =>
    directoryExchangeRepository(db).directory({
      districtCode: query.district,
      withLocations: true,
    });

  /**
   * Checks every imported organisation against the directory and the actor's reach, and works
   * out what to write. Adds a problem for each row that cannot be imported.
   */
  async function plan(
    trx: Kysely<Database>,
    actor: Actor,
    organisations: readonly ImportedOrganisation[],
    problems: Problems,
  ): Promise<PlannedOrganisation[]> {
    const [directory, districts] = await Promise.all([
      directoryExchangeRepository(trx).directory({ withLocations: false }),
      districtsService(trx).list(),
    ]);
    const byName = groupBy(directory, (organisation) => nameKey(organisation.name));
    const byCode = new Map(districts.map((district) => [district.code, district]));
    const mayManage = (districtIds: readonly string[]) =>
      can(actor.principal, 'organisations.manage', { districtIds });

    const known = (codes: readonly string[], at: { path: string; line?: number }) => {
      const found: District[] = [];
      for (const code of codes) {
        const district = byCode.get(code);
        if (district) found.push(district);
        else problems.add(at, 'unknown-value', `unknown district: ${quoted(code)}`);
      }
      return found;
    };

    const planned: PlannedOrganisation[] = [];
    for (const imported of organisations) {
      const matches = byName.get(imported.key) ?? [];
      if (matches.length > 1) {
        problems.add(
          imported.at.name,
          'ambiguous',
          'more than one organisation in the directory has this name',
        );
        continue;
      }
      const existing = matches[0];
      const given = imported.districtCodes
        ? known(imported.districtCodes, imported.at.districts)
        : [];
      const givenIds = given.map((district) => district.id);
      let districtIds: string[];
      if (existing) {
        const current = existing.districts.map((district) => district.id);
        if (!mayManage(current)) {
          problems.add(
            imported.at.name,
            'out-of-reach',
            'this organisation is not in your districts',
          );
          continue;
        }
        districtIds = given.length > 0 ? givenIds : current;
        const changed = [
          ...current.filter((id) => !districtIds.includes(id)),
          ...districtIds.filter((id) => !current.includes(id)),
        ];
        if (!changed.every((id) => mayManage([id]))) {
          problems.add(
            imported.at.districts,
            'out-of-reach',
            'you can only add or remove your own districts',
          );
        }
      } else {
        districtIds = givenIds;
        if (!imported.kind) {
          problems.add(imported.at.kind, 'required', 'a new organisation needs a kind');
        }
        if (!imported.districtCodes || imported.districtCodes.length === 0) {
          problems.add(
            imported.at.districts,
            'required',
            'a new organisation needs at least one district',
          );
        } else if (!givenIds.every((id) => mayManage([id]))) {
          problems.add(
            imported.at.districts,
            'out-of-reach',
            'you can only add organisations to your own districts',
          );
        }
      }
      const kind = imported.kind ?? existing?.kind ?? 'informal';

      const currentProfile: DirectoryProfileWrite = existing?.profile
        ? {
            description: existing.profile.description,
            website: existing.profile.website,
            email: existing.profile.email,
            phone: existing.profile.phone,
            whatWeDo: existing.profile.whatWeDo,
            whatWeDoNot: existing.profile.whatWeDoNot,
            languages: existing.profile.languages,
            status: existing.profile.status,
          }
        : defaultProfile;
      const profile = merged(currentProfile, imported.profile);

      const services = planServices(imported, existing, districtIds, byCode, known, problems);
      planned.push({
        id: existing?.id ?? newId(),
        isNew: !existing,
        name: existing?.name ?? imported.name,
        kind,
        districtIds,
        organisationChanges:
          !existing ||
          kind !== existing.kind ||
          !sameSet(
            districtIds,
            existing.districts.map((district) => district.id),
          ),
        profile: differs(currentProfile, profile) ? profile : null,
        services: services.changed,
        unchangedServices: services.unchanged,
      });
    }
    return planned;
  }

  function planServices(
    imported: ImportedOrganisation,
    existing: ExchangeOrganisation | undefined,
    organisationDistrictIds: readonly string[],
    byCode: Map<string, District>,
    known: (codes: readonly string[], at: { path: string; line?: number }) => District[],
    problems: Problems,
  ) {
    const byName = groupBy(existing?.services ?? [], (service) => nameKey(service.name));
    const changed: PlannedService[] = [];
    let unchanged = 0;
    for (const service of imported.services) {
      const matches = byName.get(service.key) ?? [];
      if (matches.length > 1) {
        problems.add(
          service.at.name,
          'ambiguous',
          'the organisation has more than one service of this name',
        );
        continue;
      }
      const current = matches[0];
      const before = current
        ? serviceWriteOf(current)
        : directoryServiceWriteSchema.parse({ name: service.name });
      const after = merged<DirectoryServiceWrite>(before, service.fields);
      if (!current || !sameSet(before.districtCodes, after.districtCodes)) {
        // As the directory's own rule: a service works only in districts its organisation
        // serves (new or changed districts; what is there already stays).
        const districts = known(after.districtCodes, service.at.districts);
        const outside = districts.filter((d) => !organisationDistrictIds.includes(d.id));
        if (outside.length > 0) {
          problems.add(
            service.at.districts,
            'invalid',
            `not served by this organisation: ${outside.map((d) => d.code).join(', ')}`,
          );
        }
      }
      if (current && !differs(before, after)) {
        unchanged += 1;
        continue;
      }
      changed.push({
        id: current?.id ?? newId(),
        isNew: !current,
        write: after,
        districtIds: after.districtCodes.flatMap((code) => {
          const district = byCode.get(code);
          return district ? [district.id] : [];
        }),
      });
    }
    return { changed, unchanged };
  }

  async function write(trx: Kysely<Database>, actor: Actor, organisation: PlannedOrganisation) {
    const at = now();
    const organisations = organisationsRepository(trx);
    const directory = directoryRepository(trx, clock);
    if (organisation.isNew) {
      await organisations.insert(
        { id: organisation.id, name: organisation.name, kind: organisation.kind, createdAt: at },
        organisation.districtIds,
      );
    } else if (organisation.organisationChanges) {
      await organisations.update(
        organisation.id,
        { name: organisation.name, kind: organisation.kind, updatedAt: at },
        organisation.districtIds,
      );
    }
    if (organisation.profile) {
      await directory.upsertProfile(organisation.id, organisation.profile, at);
    }
    for (const service of organisation.services) {
      await directory.saveService(
        { id: service.id, organisationId: organisation.id, at, isNew: service.isNew },
        service.write,
        service.districtIds,
      );
    }
    await directory.reindex(organisation.id);
    await audit.record(trx, actor, {
      action: 'directory.import',
      resource: { type: 'organisation', id: organisation.id },
    });
  }

  function refused(problems: Problems): InvalidInputError {
    const sorted = [...problems.list].sort(inFileOrder);
    const listed = sorted.slice(0, maxListedImportErrors);
    const errors: FieldError[] = listed.map((problem) => ({
      location: 'body',
      path: problem.path,
      ...(problem.line === undefined ? {} : { line: problem.line }),
      message: problem.message,
      code: problem.code,
    }));
    const more = sorted.length > listed.length ? ` The first ${listed.length} are listed.` : '';
    return new InvalidInputError(
      `The file has ${sorted.length} error(s); nothing was imported.${more}`,
      errors,
    );
  }

  return {
    async exportCsv(query: DirectoryExportQuery): Promise<string> {
      return directoryCsv(await read(query));
    },

    async exportHsds(query: DirectoryExportQuery): Promise<HsdsOrganization[]> {
      return directoryHsds(await read(query));
    },

    /**
     * Checks the whole file, then writes all of it in one transaction, or nothing (422 with
     * every error and its line or path). Organisations are matched by name, services by name
     * within their organisation; what the file leaves out stays as it is.
     */
    async import(actor: Actor, input: DirectoryImport): Promise<DirectoryImportResult> {
      authorize(actor, 'organisations.manage');
      const file = input.format === 'csv' ? readCsv(input.content) : readHsds(input.content);
      const problems = new Problems();
      problems.list.push(...file.problems);
      return inTransaction(db, async (trx) => {
        const planned = await plan(trx, actor, file.organisations, problems);
        if (problems.count > 0) throw refused(problems);

        const touched = planned.filter(
          (o) => o.organisationChanges || o.profile !== null || o.services.length > 0,
        );
        const result: DirectoryImportResult = {
          dryRun: input.dryRun,
          organisations: {
            created: planned.filter((o) => o.isNew).length,
            updated: touched.filter((o) => !o.isNew).length,
            unchanged: planned.length - touched.length,
          },
          services: {
            created: planned.flatMap((o) => o.services).filter((s) => s.isNew).length,
            updated: planned.flatMap((o) => o.services).filter((s) => !s.isNew).length,
            unchanged: planned.reduce((sum, o) => sum + o.unchangedServices, 0),
          },
        };
        if (input.dryRun) return result;
        for (const organisation of touched) await write(trx, actor, organisation);
        return result;
      });
    },
  };
}

export type DirectoryExchangeService = ReturnType<typeof directoryExchangeService>;
