/** The class of the app's header, which stays at the top of the window as the page scrolls. */
export const SITE_HEADER_CLASS = 'site-header';

/** Where the window's visible room starts below the sticky header: what opens upward must not go under it. */
export function stickyHeaderBottom(): number {
  const header = document.querySelector(`header.${SITE_HEADER_CLASS}`);
  return Math.max(0, header?.getBoundingClientRect().bottom ?? 0);
}
