import { type RefObject, useEffect, useRef } from 'react';

/** Focuses the element whenever `key` changes (and the element is there): for feedback. */
export function useFocusOnChange<T extends HTMLElement>(key: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the reason to focus
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
