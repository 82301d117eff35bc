import type { QueryClient } from '@tanstack/react-query';
import type { Card } from '../../shared/index-schema';
import { articleQueryOptions } from '../../lib/index-client/article-query';
import { safeHref } from '../../lib/safe-href';

function openInNewTab(url: string | undefined) {
  const href = safeHref(url);
  // noopener: the outlet's page gets no handle on this tab.
  if (href) window.open(href, '_blank', 'noopener,noreferrer');
}

/**
 * Opens the card's original article in a new tab. Cards do not carry its
 * URL; the article's record does, and focusing the card's title (as `j`/`k`
 * do) has usually loaded it, so the tab opens within the key press. When it
 * has not, the record is fetched first; a browser lets a page open a tab
 * only shortly after a key or click, so a slow fetch may see the tab refused
 * by the popup blocker (Safari is the strictest); the article page's
 * "Read at" link still opens it.
 */
export function openOriginal(queryClient: QueryClient, card: Card) {
  const options = articleQueryOptions(card.slug);
  const cached = queryClient.getQueryData(options.queryKey);
  if (cached !== undefined) return openInNewTab(cached?.url);
  void queryClient
    .fetchQuery(options)
    .then((article) => openInNewTab(article?.url))
    .catch(() => undefined);
}
