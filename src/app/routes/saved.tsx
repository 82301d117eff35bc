import { useDocumentTitle } from '../../lib/use-document-title';
import { readerStore } from '../../lib/reader-state/instance';
import { SavedView } from '../../features/saved/components/saved-view';

/** Nothing to fetch from the index: the saved cards are in this browser. The loader waits for them so the page opens filled. */
export const createLoader = () => async () => {
  await readerStore().ready;
  return null;
};

export function Component() {
  useDocumentTitle('Saved');
  return <SavedView />;
}
