import { useDocumentTitle } from '../../lib/use-document-title';
import { readerStore } from '../../lib/reader-state/instance';
import { SettingsView } from '../../features/settings/components/settings-view';

/** Nothing to fetch from the index; the loader waits for the reader's memory so the lists open filled. */
export const createLoader = () => async () => {
  await readerStore().ready;
  return null;
};

export function Component() {
  useDocumentTitle('Settings');
  return <SettingsView />;
}
