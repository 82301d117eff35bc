import type { MouseEvent } from 'react';

/**
 * Said after a list's last row, so the reader knows nothing more is coming
 * rather than waiting on a row that is still loading. "Back to top" scrolls up
 * and moves focus to the page's heading, where a keyboard or screen reader
 * user starts the page again.
 */
export function ListEnd({ count }: { /** "670 stories", "3 articles". */ count: string }) {
  const backToTop = (event: MouseEvent<HTMLAnchorElement>) => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    event.preventDefault();
    window.scrollTo({ top: 0 });
    heading.focus({ preventScroll: true });
  };
  return (
    <p className="list-end">
      <span>You’re all caught up — {count}</span>{' '}
      <a className="list-end__top" href="#main" onClick={backToTop}>
        Back to top
      </a>
    </p>
  );
}
