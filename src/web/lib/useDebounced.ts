import { useCallback, useEffect, useState } from 'react';

/**
 * `value`, once it has stayed the same for `delay` ms: a search that answers as you type asks
 * once per pause, not once per key. `flush` takes the value at once (the Enter key).
 */
export function useDebounced<T>(value: T, delay: number): [T, () => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  const flush = useCallback(() => setSettled(value), [value]);
  return [settled, flush];
}
