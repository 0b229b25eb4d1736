import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page inside the app, the focus goes to the main content — as after a
 * page load — so that keyboard and screen reader users start at the new page, not the old link.
 * It compares addresses rather than counting renders, so it leaves the focus alone on the first
 * page even when React runs the effect twice (StrictMode): there the first Tab must reach the
 * skip link.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);
}
