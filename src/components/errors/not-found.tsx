import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageHeading } from '../ui/page-heading';

type NotFoundProps = {
  /** What is missing, in one sentence. */
  what?: string;
  /** More for the reader: why it may be missing, where to look instead. */
  children?: ReactNode;
};

export function NotFound({ what = 'There is no article, story, topic or source at this address.', children }: NotFoundProps) {
  useDocumentTitle('Not found');
  return (
    <section className="status-page">
      <PageHeading>Not found</PageHeading>
      <p>{what}</p>
      {children}
      <p>
        <Link className="button" to={paths.feed.getHref()}>
          Back to the feed
        </Link>
      </p>
    </section>
  );
}
