import { useEffect, useState } from 'react';

/**
 * Moves the keyboard focus to the element with an id once the next render has put it there:
 * the first field of a form that just opened, or the button that opened a form just closed.
 */
export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string; at: number }>();
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (id: string) => setTarget({ id, at: Date.now() });
}
