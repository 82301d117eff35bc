import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFound } from '../../../components/errors/not-found';
import { RouteError } from '../../../components/errors/route-error';

/**
 * The Not found page for an article address. Links from before article
 * addresses carried a key (the title alone) land here, so it says what
 * changed and where the article can still be found; the reader has no
 * search, so it points at what there is.
 */
export function ArticleNotFound() {
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
