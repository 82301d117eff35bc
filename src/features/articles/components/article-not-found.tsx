import { isRouteErrorResponse, useParams, useRouteError } from 'react-router-dom';
import { NotFound } from '../../../components/errors/not-found';
import { RouteError } from '../../../components/errors/route-error';
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

/** The article route's error boundary: its own Not found, every other error as on any route. */
export function ArticleRouteError() {
  const error = useRouteError();
  return isRouteErrorResponse(error) && error.status === 404 ? <ArticleNotFound /> : <RouteError />;
}
