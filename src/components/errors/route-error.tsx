import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ErrorView } from './error-view';
import { NotFound } from './not-found';

/** Every route's error boundary: a 404 Response is "Not found", anything else can be retried. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <ErrorView error={error} />;
}
