import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { sortFromRequest, useSort } from '../../lib/use-sort';
import { timeFromRequest, useTimeFilter } from '../../lib/use-time-filter';
import { ensureListPage } from '../../features/list/api/get-list-page';
import { ListPage } from '../../features/list/components/list-page';
import { sourcePage, topicPage, type ListPageConfig } from '../../features/list/list-pages';
import type { RouteModule } from './route-module';

/** One module, two routes: a topic's page and a source's page differ only in their configuration. */
function listRoute(page: ListPageConfig): RouteModule {
  return {
    createLoader:
      (queryClient: QueryClient) =>
      async ({ params, request }: LoaderFunctionArgs) => {
        const [sort, time] = await Promise.all([sortFromRequest(queryClient, request), timeFromRequest(queryClient, request)]);
        await ensureListPage(queryClient, page, params[page.param] ?? '', sort, time);
        return null;
      },
    Component: function ListRoute() {
      const param = useParams()[page.param] ?? '';
      const sort = useSort();
      const time = useTimeFilter();
      return <ListPage page={page} param={param} sort={sort} time={time} />;
    },
  };
}

export const topic = listRoute(topicPage);
export const source = listRoute(sourcePage);
