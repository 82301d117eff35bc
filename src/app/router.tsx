import { lazy, Suspense, useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, matchPath, type RouteObject } from 'react-router-dom';
import { RouterProvider } from 'react-router-dom';
import { paths } from '../config/paths';
import { RouteError } from '../components/errors/route-error';
import { NotFoundRoute, TopicWaysOn } from './not-found-route';

/** An article's Not found (with a saved copy when there is one) is rare: its code loads when it is needed. */
const ArticleRouteErrorLazy = lazy(() =>
  import('../features/articles/components/article-not-found').then((module) => ({ default: module.ArticleRouteError })),
);
const ArticleRouteError = () => (
  <Suspense fallback={null}>
    <ArticleRouteErrorLazy />
  </Suspense>
);
import { StorySkeleton } from '../features/stories/components/story-skeleton';
import * as feed from './routes/feed';
import { Root, RootError, RootFallback } from './routes/root';
import type { RouteModule } from './routes/route-module';

/** Every route but the feed is in a chunk of its own (topics and sources share one), fetched on first visit. */
const lazyRoute = (queryClient: QueryClient, load: () => Promise<RouteModule>) => async () => {
  const { createLoader, Component } = await load();
  return { loader: createLoader(queryClient), Component };
};

/** The lazily loaded route modules, by the path they serve. */
const lazyModules = {
  article: () => import('./routes/article'),
  story: () => import('./routes/story'),
  topics: () => import('./routes/topics'),
  list: () => import('./routes/list'),
  search: () => import('./routes/search'),
  saved: () => import('./routes/saved'),
  following: () => import('./routes/following'),
  settings: () => import('./routes/settings'),
};
const lazyPaths: [string, () => Promise<unknown>][] = [
  [paths.article.path, lazyModules.article],
  [paths.story.path, lazyModules.story],
  [paths.topics.path, lazyModules.topics],
  [paths.topic.path, lazyModules.list],
  [paths.source.path, lazyModules.list],
  [paths.search.path, lazyModules.search],
  [paths.saved.path, lazyModules.saved],
  [paths.following.path, lazyModules.following],
  [paths.settings.path, lazyModules.settings],
];

/**
 * Starts fetching the route module a page opened at `pathname` needs, before
 * the app has rendered (the router asks for it only once it starts): a
 * search or an article opened from a link loads its code alongside the app's.
 */
export function preloadRouteModule(pathname: string): void {
  const path = basename === '/' ? pathname : pathname.slice(basename.length) || '/';
  const found = lazyPaths.find(([pattern]) => matchPath(pattern, path));
  void found?.[1]().catch(() => {});
}

/** The one route table; tests mount it in a memory router. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const child = (path: string, load: () => Promise<RouteModule>): RouteObject => ({
    path,
    lazy: lazyRoute(queryClient, load),
    errorElement: <RouteError more={<TopicWaysOn />} />,
  });
  return [
    {
      path: paths.feed.path,
      Component: Root,
      errorElement: <RootError />,
      HydrateFallback: RootFallback,
      children: [
        { index: true, loader: feed.createLoader(queryClient), Component: feed.Component, errorElement: <RouteError /> },
        // Its Not found says what became of links made before article addresses carried a key.
        { ...child(paths.article.path, lazyModules.article), errorElement: <ArticleRouteError /> },
        // Opened directly, a story page shows its own outline while it loads.
        { ...child(paths.story.path, lazyModules.story), HydrateFallback: StorySkeleton },
        child(paths.topics.path, lazyModules.topics),
        child(paths.topic.path, () => lazyModules.list().then((route) => route.topic)),
        child(paths.source.path, () => lazyModules.list().then((route) => route.source)),
        child(paths.search.path, lazyModules.search),
        child(paths.saved.path, lazyModules.saved),
        child(paths.following.path, lazyModules.following),
        child(paths.settings.path, lazyModules.settings),
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ];
}

/** `/news/` → `/news`: the router wants no trailing slash, Vite's BASE_URL has one. */
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';

export function AppRouter() {
  const queryClient = useQueryClient();
  const [router] = useState(() => createBrowserRouter(createRoutes(queryClient), { basename }));
  // The first page renders as a transition, which React draws in slices a
  // slow phone can answer input between. After it, plain (not transition)
  // updates: a sort or topic switch renders in one go instead of in time
  // slices, and its data is always loaded before it renders.
  const [opened, setOpened] = useState(() => router.state.initialized);
  useEffect(() => {
    if (opened) return;
    return router.subscribe((state) => {
      if (state.initialized) setOpened(true);
    });
  }, [router, opened]);
  return <RouterProvider router={router} useTransitions={opened ? false : undefined} />;
}
