/** A 6-digit code from the app: spaces left out ("123 456" as some apps show it). */
export const appCodePattern = /^\d{6}$/;

/**
 * The code as the server expects it, or undefined when it cannot be one: six digits, or a
 * recovery code like `7kq2-m9xa-4hwe`, in lower case with its dashes (typed without them, or with spaces, it is fixed).
 */
export function normaliseCode(typed: string): string | undefined {
  const compact = typed.replace(/\s/g, '').toLowerCase();
  if (appCodePattern.test(compact)) return compact;
  const bare = compact.replace(/-/g, '');
  if (!/^[a-z0-9]{12}$/.test(bare)) return undefined;
  return `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}`;
}
