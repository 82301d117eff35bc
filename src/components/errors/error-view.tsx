import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRevalidator } from 'react-router-dom';
import { describeError } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageHeading } from '../ui/page-heading';

/**
 * Retry drops the failed queries (so nothing is served from the error cache)
 * and re-runs the route loaders, which fetch them again.
 */
export function ErrorView({ error }: { error: unknown }) {
  useDocumentTitle('Could not load');
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  const { reset } = useQueryErrorResetBoundary();
  const retry = () => {
    queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' });
    reset();
    void revalidator.revalidate();
  };
  return (
    <section className="status-page" role="alert">
      <PageHeading>Could not load this page</PageHeading>
      <p>{describeError(error)}</p>
      <button type="button" className="button" onClick={retry} disabled={revalidator.state !== 'idle'}>
        Retry
      </button>
    </section>
  );
}
