import { isRouteErrorResponse, useParams, useRouteError } from 'react-router-dom';
import { NotFound } from '../../../components/errors/not-found';
import { RouteError } from '../../../components/errors/route-error';
import { isOfflineError } from '../../../lib/index-client/errors';
import type { SavedItem } from '../../../lib/reader-state/state';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import { SavedCopy, useSavedCopy } from './saved-copy';

/**
 * The Not found page for an article address. Links from before article
 * addresses carried a key (the title alone) land here, so it says what
 * changed and where the article can still be found; an article the reader
 * saved from an earlier index is shown from the saved copy.
 */
export function ArticleNotFound() {
  const { slug = '' } = useParams();
  const saved = useSavedCopy(slug);
  if (saved) {
    return (
      <NotFound what="This index no longer has this article.">
        <SavedCopy item={saved} />
      </NotFound>
    );
  }
  return (
    <NotFound what="There is no article at this address.">
      <p>
        Article addresses end in a short code that stays the same when a headline is corrected; a link made before
        these codes existed no longer leads to its article. The article is still in the feed, and on the pages of its
        topic and its source.
      </p>
    </NotFound>
  );
}

/** Offline, a saved article never opened on this device shows what the reader kept of it. */
function OfflineSavedCopy({ item }: { item: SavedItem }) {
  useDocumentTitle(item.card.title);
  return (
    <section className="status-page" role="alert">
      <PageHeading>You are offline</PageHeading>
      <p>This article has not been opened on this device; it will load when you are back online.</p>
      <SavedCopy item={item} />
    </section>
  );
}

/** The article route's error boundary: its own Not found, a saved copy when offline, every other error as on any route. */
export function ArticleRouteError() {
  const error = useRouteError();
  const { slug = '' } = useParams();
  const saved = useSavedCopy(slug);
  if (isRouteErrorResponse(error) && error.status === 404) return <ArticleNotFound />;
  if (saved && isOfflineError(error)) return <OfflineSavedCopy item={saved} />;
  return <RouteError />;
}
