import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { createRoutes } from '../../../src/app/router';
import { ReaderStoreContext } from '../../../src/lib/reader-state/hooks';
import type { ReaderStore } from '../../../src/lib/reader-state/reader-store';
import type { Storage } from '../../../src/lib/reader-state/storage';
import type { Collections } from '../../../src/lib/reader-state/state';

/** The real route table in a memory router, reading and writing the reader's memory through `store`. */
export function renderWithStore(url: string, store: ReaderStore) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <ReaderStoreContext.Provider value={store}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ReaderStoreContext.Provider>,
  );
  return { ...view, router, queryClient };
}

/** Storage that works, in memory: a store over it is persistent. */
export function memoryStorage(): Storage & { values: Partial<Collections> } {
  const values: Partial<Collections> = {};
  return {
    values,
    load: async (names) => Object.fromEntries(names.flatMap((name) => (name in values ? [[name, values[name]]] : []))),
    update: async (name, change) => {
      (values as Record<string, unknown>)[name] = change(values[name]);
    },
    clear: async () => {
      for (const name of Object.keys(values)) delete (values as Record<string, unknown>)[name];
    },
  };
}
