/**
 * An id for a new signal from its Dutch words: lower case letters and digits with hyphens, at
 * most 40 long, and not one the list already has.
 */
export function signalId(words: string, taken: ReadonlySet<string>): string {
  const base =
    words
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'signaal';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
