import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Outlet } from 'react-router-dom';
import { AppLayout } from '../../components/layout/app-layout';
import { ListSkeleton } from '../../components/cards/card-skeleton';
import { RouteError } from '../../components/errors/route-error';
import { BuildSwitchBoundary } from '../../components/layout/build-switch';
import { UpdatePrompt } from '../../components/layout/update-prompt';
import { LinkPrefetchContext } from '../../components/cards/link-prefetch';
import { linkPrefetchers } from '../../lib/index-client/prefetch';
import { SearchBox } from '../../features/search/components/search-box';
import { KeyboardShortcuts } from '../../features/shortcuts/components/keyboard-shortcuts';

/** Every page's frame; links on every page prefetch through the one QueryClient, and the keyboard shortcuts work on every page. */
export function Root() {
  const queryClient = useQueryClient();
  const [prefetchers] = useState(() => linkPrefetchers(queryClient));
  return (
    <AppLayout search={<SearchBox />}>
      <LinkPrefetchContext.Provider value={prefetchers}>
        <BuildSwitchBoundary>
          <Outlet />
          <UpdatePrompt />
        </BuildSwitchBoundary>
      </LinkPrefetchContext.Provider>
      <KeyboardShortcuts />
    </AppLayout>
  );
}

/**
 * First paint while the first route's data loads: the page frame and
 * placeholders the size of the list page's heading, count, sort control and
 * cards, so nothing jumps when the data arrives.
 */
export function RootFallback() {
  return (
    <AppLayout search={<SearchBox />}>
      <div className="list-page">
        {/* The page has a heading while it loads too; the static page of a deep link stays until the real one (shell-takeover.ts). */}
        <h1 className="visually-hidden" data-loading="">
          Loading the news
        </h1>
        <div className="list-page__header" aria-hidden="true">
          <div className="skeleton skeleton--heading" />
          <div className="skeleton skeleton--count" />
        </div>
        <div className="skeleton skeleton--sort" aria-hidden="true" />
        <div className="skeleton skeleton--time" aria-hidden="true" />
        <ListSkeleton />
      </div>
    </AppLayout>
  );
}

/** Last resort when the layout itself fails; routes have their own boundaries. */
export function RootError() {
  return (
    <AppLayout search={<SearchBox />}>
      <RouteError />
    </AppLayout>
  );
}
