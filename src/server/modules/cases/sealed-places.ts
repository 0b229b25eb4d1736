import type { SealedTable } from './cases.repository.js';

/**
 * Where each sealed free text of a case belongs: the additional data it is sealed with, so a
 * value opens only in its own field of its own record (docs/decisions/0008).
 */
export const casePlace = (field: 'question' | 'description', caseId: string) =>
  `cases.${field}:${caseId}`;
export const breakthroughPlace = (id: string) => `case_breakthroughs.description:${id}`;
export const actionPlace = (field: 'text' | 'result', id: string) => `case_actions.${field}:${id}`;

/** Every column of sealed text, and the place each of its values is sealed for. */
export const sealedColumns: {
  table: SealedTable;
  column: string;
  place: (id: string) => string;
}[] = [
  { table: 'cases', column: 'question_sealed', place: (id) => casePlace('question', id) },
  { table: 'cases', column: 'description_sealed', place: (id) => casePlace('description', id) },
  { table: 'case_breakthroughs', column: 'description_sealed', place: breakthroughPlace },
  { table: 'case_actions', column: 'text_sealed', place: (id) => actionPlace('text', id) },
  { table: 'case_actions', column: 'result_sealed', place: (id) => actionPlace('result', id) },
];
