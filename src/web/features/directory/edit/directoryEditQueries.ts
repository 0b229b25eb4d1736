import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DirectoryEntry } from '../../../../shared/schemas/directory.js';
import { meQueryKey } from '../../../lib/queries.js';
import { directoryEditApi } from './directoryEditApi.js';

/**
 * Under ['me'], so that warm-line contacts (named people) and the history go from memory when
 * the editor signs out. Reading an entry with contacts, and its history, is audited by the
 * server: neither is fetched again for nothing (no refetch on focus, no retry of a refusal).
 */
const editKey = [...meQueryKey, 'directory', 'edit'] as const;
const entryKey = (id: string) => [...editKey, 'entry', id] as const;
const historyKey = (id: string) => [...editKey, 'history', id] as const;

export const useEditableEntry = (id: string) =>
  useQuery({
    queryKey: entryKey(id),
    queryFn: () => directoryEditApi.entry(id),
    retry: false,
  });

/** The history, only once someone asks for it (`enabled`). */
export const useEntryHistory = (id: string, page: number, enabled: boolean) =>
  useQuery({
    queryKey: [...historyKey(id), page],
    queryFn: () => directoryEditApi.history(id, page),
    enabled,
    retry: false,
    placeholderData: keepPreviousData,
  });

/**
 * After a change of the entry: the answer of the change goes into the entry as this page holds
 * it (no new audited read of the whole entry), every other page of the directory (search,
 * the entry as others see it, who-is-who) is fetched anew when next shown, and the history
 * now, if it is on screen.
 */
export function useEntryChanged(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (change: (entry: DirectoryEntry) => DirectoryEntry) => {
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey.includes('directory'),
        refetchType: 'none',
      });
      queryClient.setQueryData<DirectoryEntry>(entryKey(id), (entry) =>
        entry ? change(entry) : entry,
      );
      void queryClient.invalidateQueries({ queryKey: historyKey(id) });
    },
    [queryClient, id],
  );
}

/** Replaces the item with the same id, or adds it at the end. */
export const upsert = <T extends { id: string }>(items: T[], item: T): T[] =>
  items.some((existing) => existing.id === item.id)
    ? items.map((existing) => (existing.id === item.id ? item : existing))
    : [...items, item];

/**
 * What a section of records (services, locations, contacts) does to the entry this page holds
 * after a change: a saved record replaces its old self or comes last, a removed one goes.
 */
export function useEntryRecords<K extends 'services' | 'locations' | 'contacts'>(
  id: string,
  list: K,
) {
  const changed = useEntryChanged(id);
  type Item = DirectoryEntry[K][number];
  return {
    onSaved: (item: Item) =>
      changed((entry) => ({ ...entry, [list]: upsert<Item>(entry[list], item) })),
    onRemoved: (item: Item) =>
      changed((entry) => ({
        ...entry,
        [list]: (entry[list] as Item[]).filter((existing) => existing.id !== item.id),
      })),
  };
}
