import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';

/** What every lazily loaded route module exports; the router hands loaders the QueryClient. */
export type RouteModule = {
  createLoader: (queryClient: QueryClient) => (args: LoaderFunctionArgs) => Promise<unknown>;
  Component: ComponentType;
};
