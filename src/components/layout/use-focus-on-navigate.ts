import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * A client-side navigation is silent for screen readers: move focus to the new
 * page's h1 so it is announced. Not on first load (the browser starts at the
 * top) and not when only the sort changes (focus stays on the sort control).
 */
export function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [pathname]);
}
