import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageHeading } from '../ui/page-heading';

export function NotFound() {
  useDocumentTitle('Not found');
  return (
    <section className="status-page">
      <PageHeading>Not found</PageHeading>
      <p>There is no article, story, topic or source at this address.</p>
      <p>
        <Link className="button" to={paths.feed.getHref()}>
          Back to the feed
        </Link>
      </p>
    </section>
  );
}
