import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page inside the app, the focus goes to the main content — as after a
 * page load — so that keyboard and screen reader users start at the new page, not the old link.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new address is the reason to move
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);
}
