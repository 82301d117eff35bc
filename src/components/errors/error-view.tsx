import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRevalidator } from 'react-router-dom';
import { describeError, isIndexRebuilt, isOfflineError, isShardError } from '../../lib/index-client/errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageHeading } from '../ui/page-heading';
import { IndexUpdated } from './index-updated';

export function ErrorView({ error }: { error: unknown }) {
  return isIndexRebuilt(error) ? <IndexUpdated /> : <LoadError error={error} />;
}

/**
 * Retry drops the failed queries, the manifest too when it was the one that
 * failed (so nothing is served from the error cache), and re-runs the route
 * loaders, which fetch them again.
 */
function LoadError({ error }: { error: unknown }) {
  useDocumentTitle('Could not load');
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  const { reset } = useQueryErrorResetBoundary();
  const retry = () => {
    queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' });
    reset();
    void revalidator.revalidate();
  };
  // Offline, a page never opened here is simply not kept yet: say that, not "error".
  const offline = isOfflineError(error);
  return (
    <section className="status-page" role="alert">
      <PageHeading>{offline ? 'You are offline' : 'Could not load this page'}</PageHeading>
      <p>
        {offline
          ? 'This page has not been opened on this device, so it is not kept for reading offline. It will load when you are back online.'
          : describeError(error)}
      </p>
      {/* For whoever runs the site: which file failed, and how. */}
      {isShardError(error) && (
        <p className="status-page__detail">
          File: <code>{error.path}</code>
          {error.status ? `, HTTP ${error.status}` : ''}
        </p>
      )}
      <button type="button" className="button" onClick={retry} disabled={revalidator.state !== 'idle'}>
        Retry
      </button>
    </section>
  );
}
