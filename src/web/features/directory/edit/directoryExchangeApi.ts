import {
  type DirectoryImport,
  directoryImportResultSchema,
  type ExchangeFormat,
} from '../../../../shared/schemas/directory-exchange.js';
import { send } from '../../../lib/api.js';

/** The address of an export: a plain link, fetched by the browser with the session cookie. */
export function exportHref(format: ExchangeFormat, district: string): string {
  const params = new URLSearchParams({ format });
  if (district) params.set('district', district);
  return `/api/v1/directory/export?${params}`;
}

/** The format a file's name suggests; undefined when it suggests none. */
export function formatOf(fileName: string): ExchangeFormat | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.json')) return 'hsds';
  return undefined;
}

/**
 * Reads a file in: all or nothing. A refusal (422) carries every error of the file, each with
 * its line (CSV) or path (HSDS), in the ApiError's `errors`.
 */
export const importDirectory = (input: DirectoryImport) =>
  send('POST', '/directory/import', input, directoryImportResultSchema);
