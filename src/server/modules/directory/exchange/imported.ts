import {
  type DirectoryProfileWrite,
  type DirectoryServiceWrite,
  directoryProfileWriteSchema,
  directoryServiceWriteSchema,
} from '../../../../shared/schemas/directory.js';
import type { DirectoryImportErrorCode } from '../../../../shared/schemas/directory-exchange.js';
import type { OrganisationKind } from '../../../../shared/schemas/organisation.js';

/**
 * What a file says, whatever its format: organisations with the fields the file gives (a field
 * the file leaves out is `undefined`: left as it is) and their services. The CSV and HSDS
 * readers produce it; the service checks it against the directory and writes it.
 */

/** Where something is in the file: a CSV line and column, or an HSDS path. */
export interface Place {
  line?: number;
  path: string;
}

export interface ImportProblem extends Place {
  code: DirectoryImportErrorCode;
  message: string;
}

export type ProfilePatch = Partial<DirectoryProfileWrite>;
export type ServicePatch = Partial<Omit<DirectoryServiceWrite, 'name'>>;

export interface ImportedService {
  name: string;
  key: string;
  at: { name: Place; districts: Place };
  fields: ServicePatch;
}

export interface ImportedOrganisation {
  name: string;
  key: string;
  at: { name: Place; kind: Place; districts: Place };
  kind?: OrganisationKind | undefined;
  /** Codes; undefined (or empty) leaves an existing organisation's districts as they are. */
  districtCodes?: string[] | undefined;
  profile: ProfilePatch;
  services: ImportedService[];
}

export interface ReadFile {
  organisations: ImportedOrganisation[];
  problems: ImportProblem[];
}

/** How names are matched: case-insensitive, trimmed, inner spaces as one. */
export const nameKey = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A value from the file in a message: only when it looks like a code (a file may hold personal
 * data in any cell, and messages end up in logs and screenshots).
 */
export const quoted = (value: string) =>
  /^[a-z0-9][a-z0-9._-]{0,39}$|^[A-Z]{2,4}$/.test(value) ? `"${value}"` : 'this value';

/** Collects the problems of a file, each where it was found. */
export class Problems {
  readonly list: ImportProblem[] = [];

  add(place: Place, code: DirectoryImportErrorCode, message: string): void {
    this.list.push({ ...place, code, message });
  }

  get count() {
    return this.list.length;
  }
}

const profileShape = directoryProfileWriteSchema.shape;
const serviceShape = directoryServiceWriteSchema.shape;

/** The free-text fields, checked by the API's own schemas. */
const textFields = {
  description: profileShape.description,
  whatWeDo: profileShape.whatWeDo,
  whatWeDoNot: profileShape.whatWeDoNot,
  phone: profileShape.phone,
  eligibility: serviceShape.eligibility,
  cost: serviceShape.cost,
  schedule: serviceShape.schedule,
} as const;

const tooLong = (error: { issues: readonly { code: string; maximum?: unknown }[] }) => {
  const issue = error.issues.find((candidate) => candidate.code === 'too_big');
  return issue ? `is longer than ${String(issue.maximum)} characters` : 'is too long';
};

/** A free-text field: trimmed, not longer than the API allows. */
export function text(
  value: string,
  field: keyof typeof textFields,
  place: Place,
  problems: Problems,
): string | undefined {
  const result = textFields[field].safeParse(value);
  if (result.success) return result.data;
  problems.add(place, 'too-long', tooLong(result.error));
  return undefined;
}

/** A name (of an organisation or service): required, as long as the API allows. */
export function name(value: string, place: Place, problems: Problems): string | undefined {
  const result = serviceShape.name.safeParse(value);
  if (result.success) return result.data;
  if (value.trim().length === 0) problems.add(place, 'required', 'a name is required');
  else problems.add(place, 'too-long', tooLong(result.error));
  return undefined;
}

export function website(value: string, place: Place, problems: Problems): string | undefined {
  const result = profileShape.website.safeParse(value.trim());
  if (!result.success) {
    problems.add(place, 'invalid', 'is not a web address starting with http:// or https://');
    return undefined;
  }
  return result.data;
}

export function email(value: string, place: Place, problems: Problems): string | undefined {
  const result = profileShape.email.safeParse(value.trim());
  if (!result.success) {
    problems.add(place, 'invalid', 'is not an e-mail address');
    return undefined;
  }
  return result.data;
}

export function capacity(
  value: number | null,
  place: Place,
  problems: Problems,
): number | null | undefined {
  const result = serviceShape.capacity.safeParse(value);
  if (!result.success) {
    problems.add(place, 'invalid', 'must be a whole number from 0 to 100000, or empty');
    return undefined;
  }
  return result.data;
}

/**
 * A code of one of our lists (category, language, …), in any case: an unknown one is a
 * problem. `label` names the list in the message ("category").
 */
export function codeOf<Code extends string>(
  value: string,
  allowed: readonly Code[],
  label: string,
  place: Place,
  problems: Problems,
): Code | undefined {
  const code = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(code)) return code as Code;
  problems.add(place, 'unknown-value', `unknown ${label}: ${quoted(value.trim())}`);
  return undefined;
}

export const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Two lists of codes hold the same, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = unique(a).sort();
  const right = unique(b).sort();
  return left.length === right.length && left.every((value, i) => value === right[i]);
};
