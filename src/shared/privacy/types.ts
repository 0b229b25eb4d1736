/** The kinds of personal data the detector finds. */
export const categories = [
  'name',
  'bsn',
  'phone',
  'email',
  'address',
  'postcode',
  'date',
  'iban',
  'plate',
  'url',
  'handle',
] as const;

export type Category = (typeof categories)[number];

/** One piece of personal data: `text.slice(start, end) === finding.text` (UTF-16 indices). */
export interface Finding {
  start: number;
  end: number;
  category: Category;
  text: string;
}

/** A finding before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  category: Category;
}
