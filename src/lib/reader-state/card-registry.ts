import type { Card } from '../../shared/index-schema';

/**
 * The card each rendered `<article class="card">` shows, so code that finds a
 * card in the page (keyboard shortcuts) can act on its data. Weak: a card
 * scrolled out of the virtual list takes its entry with it.
 */
const cards = new WeakMap<Element, Card>();

export function registerCard(element: Element | null, card: Card) {
  if (element) cards.set(element, card);
}

export function cardOfElement(element: Element | null): Card | undefined {
  const article = element?.closest('article.card');
  return article ? cards.get(article) : undefined;
}
