/**
 * The cards on the page, as `j`/`k` walk them: every `article.card` in the
 * main region, whatever list holds it (feed, topic, source, search results,
 * saved, following). A card is "focused" when focus is inside it; moving
 * focuses its title link, which also starts loading the article.
 */
const CARD = 'main article.card';

const allCards = () => [...document.querySelectorAll<HTMLElement>(CARD)];

export const titleLink = (card: Element) => card.querySelector<HTMLAnchorElement>('.card__title a');

/**
 * The card focus was last in, by page and title address. A list may render
 * a card anew (the virtualiser takes over from the first rows drawn in
 * flow) and focus falls back to the page; the keys then go on from the same
 * card, found again by its address.
 */
let last: { page: string; href: string } | null = null;
let lastElement: Element | null = null;

function rememberedCard(): HTMLElement | null {
  if (!last || last.page !== window.location.href) return null;
  const href = last.href;
  return allCards().find((card) => titleLink(card)?.getAttribute('href') === href) ?? null;
}

/** Focuses the card focus was last in, if this page still shows it. */
export function refocusCard(): HTMLElement | null {
  const card = rememberedCard();
  if (card) titleLink(card)?.focus({ preventScroll: true });
  return card;
}

/**
 * The card with focus inside it. With focus on nothing, or on the heading
 * or main region a navigation focused (as on coming back from an article),
 * it is the card focus was last in on this page, focused again.
 */
export function focusedCard(): HTMLElement | null {
  const active = document.activeElement;
  const inside = active?.closest<HTMLElement>(CARD);
  if (inside) return inside;
  return !active || active.matches('body, main, main h1') ? refocusCard() : null;
}

/**
 * A list that renders the focused card anew drops focus to the page; this
 * puts it back on the card's new element, so a keyboard reader (keys or
 * Tab) keeps their place. Returns the stop.
 */
export function keepCardFocus(): () => void {
  const observer = new MutationObserver(() => {
    if (!lastElement || lastElement.isConnected) return;
    const active = document.activeElement;
    if (!active || active === document.body) refocusCard();
  });
  observer.observe(document.querySelector('#root') ?? document.body, { childList: true, subtree: true });
  // The place belongs to this app: one mounted after it (a test's next render) starts with none.
  return () => {
    observer.disconnect();
    last = null;
    lastElement = null;
  };
}

/** Focus went into a card, by these keys, Tab or a click: the keys go on from there. */
export function rememberFocus(target: EventTarget | null) {
  const card = target instanceof Element ? target.closest(CARD) : null;
  const href = card && titleLink(card)?.getAttribute('href');
  if (!card || !href) return;
  last = { page: window.location.href, href };
  lastElement = card;
}

/** CSS keeps a card clear of the sticky header when it is scrolled into view (scroll-margin in shortcuts.css). */
function focusCard(card: HTMLElement) {
  titleLink(card)?.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
  rememberFocus(card);
}

/** Below the sticky header: what the reader can see of the page. */
const visibleTop = () => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;

function firstCardOnScreen(): HTMLElement | undefined {
  const top = visibleTop();
  return allCards().find((card) => {
    const rect = card.getBoundingClientRect();
    return rect.bottom > top + 8 && rect.top < window.innerHeight;
  });
}

/** A card's place in a virtualised list (its row's `aria-posinset`), which outlives the card's element. */
function rowOf(card: Element): { position: number; size: number } | undefined {
  const row = card.closest('[aria-posinset]');
  const position = Number(row?.getAttribute('aria-posinset'));
  const size = Number(row?.getAttribute('aria-setsize'));
  return position > 0 && size > 0 ? { position, size } : undefined;
}

/**
 * The first rendered row past `position` in `direction` that shows
 * something: its card, or 'loading' while its card's files load. Rows the
 * reader hides (muted, read) are empty and passed over.
 */
function nextRow(position: number, direction: 1 | -1): HTMLElement | 'loading' | undefined {
  const rows = [...document.querySelectorAll('main [aria-posinset]')]
    .map((row) => ({ row, at: Number(row.getAttribute('aria-posinset')) }))
    .filter(({ at }) => (at - position) * direction > 0)
    .sort((a, b) => (a.at - b.at) * direction);
  for (const { row } of rows) {
    const card = row.querySelector<HTMLElement>('article.card');
    if (card) return card;
    if (row.querySelector('.card--skeleton')) return 'loading';
  }
  return undefined;
}

/** Resolves when `found` answers, on each change to the page, or with undefined after `ms`. */
function waitFor<T>(found: () => T | undefined, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const now = found();
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const value = found();
      if (value) finish(value);
    });
    const timer = setTimeout(() => finish(undefined), ms);
    function finish(value: T | undefined) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
  });
}

/** Time for the virtualiser to render rows after a scroll, and for a deep card's files to load. */
const RENDER_WAIT_MS = 400;
const LOAD_WAIT_MS = 4000;
/** Scroll steps (each most of a screen) tried past rows the reader hides before giving up. */
const MAX_SCROLL_STEPS = 40;

let moves = 0;

/**
 * Focuses the next (`1`) or previous (`-1`) card, or the first one on screen
 * when none has focus. A virtualised list renders only the rows near the
 * screen: past the last rendered card the window scrolls on until the
 * virtualiser has rendered the next one (and its card has loaded), so the
 * keys walk a list of any length. A newer key press takes over from a wait.
 */
export async function moveCard(direction: 1 | -1): Promise<void> {
  const move = ++moves;
  const current = focusedCard();
  if (!current) {
    const first = firstCardOnScreen();
    if (first) focusCard(first);
    return;
  }
  const row = rowOf(current);
  if (!row) {
    const cards = allCards();
    const beside = cards[cards.indexOf(current) + direction];
    if (beside) focusCard(beside);
    return;
  }
  if (direction === 1 ? row.position >= row.size : row.position <= 1) return;
  const past = () => {
    const next = nextRow(row.position, direction);
    return next === 'loading' ? undefined : next;
  };
  for (let step = 0; step < MAX_SCROLL_STEPS; step++) {
    // The next row may be there with its card still loading: wait for it
    // rather than scroll it away and skip it.
    const loading = nextRow(row.position, direction) === 'loading';
    const card = await waitFor(past, loading ? LOAD_WAIT_MS : step === 0 ? 0 : RENDER_WAIT_MS);
    if (move !== moves) return;
    if (card) return focusCard(card);
    if (loading) return;
    const before = window.scrollY;
    window.scrollBy(0, direction * window.innerHeight * 0.75);
    if (window.scrollY === before) return;
  }
}
