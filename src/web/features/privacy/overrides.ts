import { useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { overrideKey } from '../../../shared/privacy/overrideKey.js';
import type { Category } from '../../../shared/privacy/types.js';
import { get, send } from '../../lib/api.js';

/**
 * What the user's organisation marked as "not personal data", per user, as `overrideKey`s:
 * loaded once from the server (which keeps only hashes of the texts) and grown by the marks
 * made on this page, so the browser does not flag again what the server accepts.
 */
const marked = new Map<string, ReadonlySet<string>>();
const loading = new Set<string>();
const marksSchema = z.object({
  items: z.array(z.object({ textHash: z.string(), category: z.string() })),
});

function load(userId: string) {
  if (loading.has(userId)) return;
  loading.add(userId);
  get('/pii-overrides', marksSchema)
    .then(({ items }) => {
      const keys = items.map((item) => `${item.textHash}:${item.category}`);
      marked.set(userId, new Set([...keys, ...(marked.get(userId) ?? [])]));
      for (const listener of listeners) listener();
    })
    // Without the list the browser flags a little more than the server; nothing is lost.
    .catch(() => loading.delete(userId));
}
const listeners = new Set<() => void>();
const nothing: ReadonlySet<string> = new Set();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The `overrideKey`s of what the organisation marked as not personal data; `userId` only for
 * someone who may mark (others could not read the list).
 */
export function useMarkedNotPersonal(userId: string | undefined): ReadonlySet<string> {
  useEffect(() => {
    if (userId) load(userId);
  }, [userId]);
  const snapshot = () => (userId ? (marked.get(userId) ?? nothing) : nothing);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

function remember(userId: string, text: string, category: Category) {
  marked.set(userId, new Set([...(marked.get(userId) ?? []), overrideKey(text, category)]));
  for (const listener of listeners) listener();
}

const createdSchema = z.object({ id: z.uuid() });

/**
 * Tells the server that `text` is not personal data (for the user's organisation), with the
 * reason why; only this one piece of the text leaves the browser. Throws ApiError on refusal.
 */
export async function markNotPersonal(
  userId: string,
  input: { text: string; category: Category; reason: string },
): Promise<void> {
  await send('POST', '/pii-overrides', input, createdSchema);
  remember(userId, input.text, input.category);
}
