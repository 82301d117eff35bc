import { useDocumentTitle } from '../../lib/use-document-title';
import { useBuildSwitch } from '../layout/build-switch';
import { PageHeading } from '../ui/page-heading';

export const SHOW_LATEST = 'Show the latest news';

/**
 * In place of a page whose files a newer build replaced: nothing is broken,
 * so no "error", only the one step that brings the page back.
 */
export function IndexUpdated() {
  useDocumentTitle('The news was updated');
  const { showLatest } = useBuildSwitch();
  return (
    <section className="status-page" role="alert">
      <PageHeading>The news was updated</PageHeading>
      <p>A newer edition of the news was published while this page was open. Load it to carry on from here.</p>
      <button type="button" className="button button--primary" onClick={showLatest}>
        {SHOW_LATEST}
      </button>
    </section>
  );
}
