import { createContext, useContext } from 'react';

/**
 * Links to an article, a story or a list call these on hover and focus; the
 * app starts loading what the link leads to (lib/index-client/prefetch.ts,
 * provided in app/routes/root.tsx). The links only say where the reader may
 * go, so they stay free of data and every page can use them.
 */
export type LinkPrefetch = {
  article: (slug: string) => void;
  story: (id: string) => void;
  list: (key: string) => void;
};

export const LinkPrefetchContext = createContext<LinkPrefetch | null>(null);

/** Throws outside the provider: a link that silently never prefetched would pass unnoticed. */
export function useLinkPrefetch(): LinkPrefetch {
  const prefetch = useContext(LinkPrefetchContext);
  if (!prefetch) throw new Error('a prefetching link rendered outside LinkPrefetchContext (app/routes/root.tsx)');
  return prefetch;
}
