import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageHeading } from '../ui/page-heading';
import { NotFoundSearch } from './not-found-search';

type NotFoundProps = {
  /** What is missing, in one sentence. */
  what?: string;
  /** More for the reader: why it may be missing, where to look instead. */
  children?: ReactNode;
  /** More places to go on to, listed after the feed and the topics (the app hands in the largest topics). */
  more?: ReactNode;
};

/** A dead end that is not one: a search and the main ways into the index. */
export function NotFound({ what = 'There is no article, story, topic or source at this address.', children, more }: NotFoundProps) {
  useDocumentTitle('Not found');
  return (
    <section className="status-page">
      <PageHeading>Not found</PageHeading>
      <p>{what}</p>
      {children}
      <NotFoundSearch />
      <nav aria-label="Ways on" className="status-page__ways">
        <Link className="button" to={paths.feed.getHref()}>
          Back to the feed
        </Link>
        <Link to={paths.topics.getHref()}>Browse topics</Link>
      </nav>
      {more}
    </section>
  );
}
