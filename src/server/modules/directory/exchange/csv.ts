import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  accessRoutes,
  directoryLanguages,
  directoryStatuses,
  serviceCategories,
  targetGroups,
} from '../../../../shared/schemas/directory.js';
import {
  type DirectoryCsvColumn,
  directoryCsvColumns,
} from '../../../../shared/schemas/directory-exchange.js';
import { organisationKinds } from '../../../../shared/schemas/organisation.js';
import { inert } from '../../../audit/audit-csv.js';
import type { ExchangeOrganisation, ExchangeService } from './directory-exchange.repository.js';
import {
  capacity,
  codeOf,
  email,
  type ImportedOrganisation,
  type ImportedService,
  name,
  nameKey,
  type Place,
  Problems,
  type ProfilePatch,
  quoted,
  type ReadFile,
  type ServicePatch,
  text,
  unique,
  website,
} from './imported.js';

/** Cells of several codes: written with `;`, read with `;` or `,`. */
const list = (values: readonly string[]) => values.join(';');

const organisationCells = (organisation: ExchangeOrganisation) => {
  const profile = organisation.profile;
  return {
    organisation_name: organisation.name,
    organisation_kind: organisation.kind,
    organisation_districts: list(organisation.districts.map((district) => district.code)),
    organisation_description: profile?.description ?? '',
    website: profile?.website ?? '',
    email: profile?.email ?? '',
    phone: profile?.phone ?? '',
    what_we_do: profile?.whatWeDo ?? '',
    what_we_do_not: profile?.whatWeDoNot ?? '',
    organisation_languages: list(profile?.languages ?? []),
    organisation_status: profile?.status ?? 'active',
    last_verified_at: profile?.lastVerifiedAt ?? '',
  };
};

const serviceCells = (service: ExchangeService | undefined) => ({
  service_name: service?.name ?? '',
  service_description: service?.description ?? '',
  categories: list(service?.categories ?? []),
  target_groups: list(service?.targetGroups ?? []),
  access_routes: list(service?.accessRoutes ?? []),
  service_languages: list(service?.languages ?? []),
  eligibility: service?.eligibility ?? '',
  cost: service?.cost ?? '',
  schedule: service?.schedule ?? '',
  service_status: service?.status ?? '',
  capacity: service?.capacity ?? null,
  service_districts: list(service?.districts.map((district) => district.code) ?? []),
});

/**
 * The directory as CSV: one row per service with its organisation's columns repeated; an
 * organisation without services gets one row with empty service columns. UTF-8 with a BOM
 * (so that Excel reads it as UTF-8), and every cell that a spreadsheet would run as a formula
 * made inert, as in the audit export.
 */
export function directoryCsv(organisations: readonly ExchangeOrganisation[]): string {
  const rows = organisations.flatMap((organisation) => {
    const services = organisation.services.length > 0 ? organisation.services : [undefined];
    return services.map((service) => {
      const cells: Record<DirectoryCsvColumn, string | number | null> = {
        ...organisationCells(organisation),
        ...serviceCells(service),
      };
      return directoryCsvColumns.map((column) => inert(cells[column]));
    });
  });
  return stringify(rows, { header: true, columns: [...directoryCsvColumns], bom: true });
}

// Reading.

const organisationColumns = [
  'organisation_name',
  'organisation_kind',
  'organisation_districts',
  'organisation_description',
  'website',
  'email',
  'phone',
  'what_we_do',
  'what_we_do_not',
  'organisation_languages',
  'organisation_status',
  'last_verified_at',
] as const satisfies readonly DirectoryCsvColumn[];
const serviceColumns = directoryCsvColumns.filter(
  (column) => !(organisationColumns as readonly string[]).includes(column),
);

/** The delimiter the header uses: `;` (as Dutch Excel writes) when it has more of those. */
function delimiterOf(headerLine: string): ',' | ';' {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const count = (char: string) => outsideQuotes.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Undoes what `inert` did on export, so that a round trip changes nothing. */
const uninert = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

const splitCodes = (value: string) =>
  value
    .split(/[;,]/)
    .map((code) => code.trim())
    .filter((code) => code.length > 0);

const unreadable: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is not closed: a " is missing',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell goes on after its closing "',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted cell goes on after its closing "',
  INVALID_OPENING_QUOTE: 'a " in the middle of a cell',
  CSV_MAX_RECORD_SIZE: 'a row is too large',
};

interface Row {
  line: number;
  cells: Map<DirectoryCsvColumn, string>;
}

/** Parses the text into rows with the line each starts on; the header is line 1. */
function rowsOf(content: string, problems: Problems): { header: string[]; rows: Row[] } | null {
  const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const headerLine = normalised.split('\n', 1)[0] ?? '';
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter: delimiterOf(headerLine),
      info: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The parser's own message may quote the cell; ours never does.
    const line = typeof error.lines === 'number' ? error.lines : 1;
    problems.add(
      { line, path: '' },
      'unreadable',
      `the file cannot be read as CSV here: ${unreadable[error.code] ?? 'a row is malformed'}`,
    );
    return null;
  }
  const [first, ...rest] = records;
  if (!first) {
    problems.add({ line: 1, path: '' }, 'required', 'the file is empty');
    return null;
  }
  const header = first.record.map((cell) => cell.trim().toLowerCase());
  const known = directoryCsvColumns as readonly string[];
  header.forEach((column, index) => {
    const place = { line: 1, path: column };
    if (!known.includes(column)) {
      problems.add(place, 'columns', `unknown column ${quoted(column)}`);
    } else if (header.indexOf(column) !== index) {
      problems.add(place, 'columns', 'this column appears twice');
    }
  });
  if (!header.includes('organisation_name')) {
    problems.add({ line: 1, path: 'organisation_name' }, 'columns', 'the column is missing');
  }
  if (problems.count > 0) return null;

  const rows: Row[] = [];
  for (const { record, raw, info } of rest) {
    // `info.lines` is the line a record ends on; a quoted cell may span lines.
    const inner = raw.replace(/^\n+/, '').replace(/\n$/, '');
    const line = info.lines - (inner.match(/\n/g)?.length ?? 0);
    if (record.every((cell) => cell.trim() === '')) continue;
    if (record.length !== header.length) {
      problems.add(
        { line, path: '' },
        'columns',
        `the row has ${record.length} cells; the header has ${header.length}`,
      );
      continue;
    }
    const cells = new Map<DirectoryCsvColumn, string>();
    header.forEach((column, index) => {
      cells.set(column as DirectoryCsvColumn, uninert(record[index] ?? ''));
    });
    rows.push({ line, cells });
  }
  return { header, rows };
}

/** Reads the CSV into organisations and services, with every problem and its line. */
export function readCsv(content: string): ReadFile {
  const problems = new Problems();
  const parsed = rowsOf(content, problems);
  if (!parsed) return { organisations: [], problems: problems.list };

  const organisations = new Map<string, ImportedOrganisation & { first: Row }>();
  for (const row of parsed.rows) {
    const at = (column: DirectoryCsvColumn): Place => ({ line: row.line, path: column });
    const cell = (column: DirectoryCsvColumn) => row.cells.get(column);
    const organisationName = name(
      cell('organisation_name') ?? '',
      at('organisation_name'),
      problems,
    );
    if (organisationName === undefined) continue;
    const key = nameKey(organisationName);

    const known = organisations.get(key);
    if (known) {
      // The organisation's columns repeat on each of its rows, and must say the same.
      for (const column of organisationColumns) {
        if (column === 'organisation_name' || column === 'last_verified_at') continue;
        const here = cell(column);
        const there = known.first.cells.get(column);
        if (here !== undefined && here.trim() !== (there ?? '').trim()) {
          problems.add(at(column), 'conflict', `differs from line ${known.first.line}`);
        }
      }
    } else {
      organisations.set(key, { ...readOrganisation(row, organisationName, problems), first: row });
    }
    const organisation = organisations.get(key);
    if (!organisation) continue;

    const service = readService(row, problems);
    if (!service) continue;
    const twice = organisation.services.find((other) => other.key === service.key);
    if (twice) {
      problems.add(
        service.at.name,
        'duplicate',
        `the organisation has this service on line ${twice.at.name.line} already`,
      );
      continue;
    }
    organisation.services.push(service);
  }
  return {
    organisations: [...organisations.values()].map(({ first: _, ...organisation }) => organisation),
    problems: problems.list,
  };
}

/** A list of codes, checked against one of our lists; undefined when the column is absent. */
function codes<Code extends string>(
  row: Row,
  column: DirectoryCsvColumn,
  allowed: readonly Code[],
  label: string,
  problems: Problems,
): Code[] | undefined {
  const value = row.cells.get(column);
  if (value === undefined) return undefined;
  const place = { line: row.line, path: column };
  const found = splitCodes(value).map((code) => codeOf(code, allowed, label, place, problems));
  return unique(found.filter((code): code is Code => code !== undefined));
}

/** District codes: their form only (whether they exist, the service checks). */
function districtCodes(row: Row, column: DirectoryCsvColumn, problems: Problems) {
  const value = row.cells.get(column);
  if (value === undefined) return undefined;
  const found = splitCodes(value).map((code) => code.toUpperCase());
  for (const code of found) {
    if (!/^[A-Z]{2,4}$/.test(code)) {
      problems.add(
        { line: row.line, path: column },
        'unknown-value',
        `unknown district: ${quoted(code)}`,
      );
    }
  }
  return unique(found.filter((code) => /^[A-Z]{2,4}$/.test(code)));
}

/** Sets `patch[field]` from a column when the file has it and the value is valid. */
function fromColumn<T extends object, K extends keyof T>(
  patch: T,
  field: K,
  row: Row,
  column: DirectoryCsvColumn,
  read: (value: string, place: Place) => T[K] | undefined,
) {
  const value = row.cells.get(column);
  if (value === undefined) return;
  const result = read(value, { line: row.line, path: column });
  if (result !== undefined) patch[field] = result;
}

function readOrganisation(row: Row, organisationName: string, problems: Problems) {
  const at = (path: DirectoryCsvColumn): Place => ({ line: row.line, path });
  const profile: ProfilePatch = {};
  fromColumn(profile, 'description', row, 'organisation_description', (value, place) =>
    text(value, 'description', place, problems),
  );
  fromColumn(profile, 'website', row, 'website', (value, place) => website(value, place, problems));
  fromColumn(profile, 'email', row, 'email', (value, place) => email(value, place, problems));
  fromColumn(profile, 'phone', row, 'phone', (value, place) =>
    text(value, 'phone', place, problems),
  );
  fromColumn(profile, 'whatWeDo', row, 'what_we_do', (value, place) =>
    text(value, 'whatWeDo', place, problems),
  );
  fromColumn(profile, 'whatWeDoNot', row, 'what_we_do_not', (value, place) =>
    text(value, 'whatWeDoNot', place, problems),
  );
  const languages = codes(row, 'organisation_languages', directoryLanguages, 'language', problems);
  if (languages) profile.languages = languages;
  fromColumn(profile, 'status', row, 'organisation_status', (value, place) =>
    value.trim() === '' ? undefined : codeOf(value, directoryStatuses, 'status', place, problems),
  );

  const kindCell = row.cells.get('organisation_kind')?.trim() ?? '';
  const kind =
    kindCell === ''
      ? undefined
      : codeOf(kindCell, organisationKinds, 'kind', at('organisation_kind'), problems);
  const districts = districtCodes(row, 'organisation_districts', problems);
  return {
    name: organisationName,
    key: nameKey(organisationName),
    at: {
      name: at('organisation_name'),
      kind: at('organisation_kind'),
      districts: at('organisation_districts'),
    },
    kind,
    districtCodes: districts && districts.length > 0 ? districts : undefined,
    profile,
    services: [],
  } satisfies ImportedOrganisation;
}

/** The row's service; undefined for a row of the organisation alone (or a faulty one). */
function readService(row: Row, problems: Problems): ImportedService | undefined {
  const at = (path: DirectoryCsvColumn): Place => ({ line: row.line, path });
  const given = serviceColumns.some((column) => (row.cells.get(column) ?? '').trim() !== '');
  if (!given) return undefined;
  const serviceName = name(row.cells.get('service_name') ?? '', at('service_name'), problems);
  const fields: ServicePatch = {};
  fromColumn(fields, 'description', row, 'service_description', (value, place) =>
    text(value, 'description', place, problems),
  );
  const categories = codes(row, 'categories', serviceCategories, 'category', problems);
  if (categories) fields.categories = categories;
  const groups = codes(row, 'target_groups', targetGroups, 'target group', problems);
  if (groups) fields.targetGroups = groups;
  const routes = codes(row, 'access_routes', accessRoutes, 'access route', problems);
  if (routes) fields.accessRoutes = routes;
  const languages = codes(row, 'service_languages', directoryLanguages, 'language', problems);
  if (languages) fields.languages = languages;
  fromColumn(fields, 'eligibility', row, 'eligibility', (value, place) =>
    text(value, 'eligibility', place, problems),
  );
  fromColumn(fields, 'cost', row, 'cost', (value, place) => text(value, 'cost', place, problems));
  fromColumn(fields, 'schedule', row, 'schedule', (value, place) =>
    text(value, 'schedule', place, problems),
  );
  fromColumn(fields, 'status', row, 'service_status', (value, place) =>
    value.trim() === '' ? undefined : codeOf(value, directoryStatuses, 'status', place, problems),
  );
  fromColumn(fields, 'capacity', row, 'capacity', (value, place) => {
    const trimmed = value.trim();
    if (trimmed === '') return null;
    return capacity(/^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN, place, problems);
  });
  const districts = districtCodes(row, 'service_districts', problems);
  if (districts) fields.districtCodes = districts;
  if (serviceName === undefined) return undefined;
  return {
    name: serviceName,
    key: nameKey(serviceName),
    at: { name: at('service_name'), districts: at('service_districts') },
    fields,
  };
}
