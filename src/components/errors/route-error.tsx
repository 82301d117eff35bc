import type { ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ErrorView } from './error-view';
import { NotFound } from './not-found';

/**
 * Every route's error boundary: a 404 Response is "Not found" (with `more`
 * ways on, which the app hands in), anything else can be retried.
 */
export function RouteError({ more }: { more?: ReactNode }) {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound more={more} />;
  return <ErrorView error={error} />;
}
