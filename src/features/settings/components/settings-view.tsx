import { useState } from 'react';
import { useReaderState, useReaderStore } from '../../../lib/reader-state/hooks';
import { PageHeading } from '../../../components/ui/page-heading';
import { NOT_PERSISTENT_TEXT } from '../../../components/layout/storage-notice';
import { ChoiceSection, type Undoable } from './choice-section';
import { ClearData } from './clear-data';
import { DisplaySettings } from './display-settings';

/**
 * Everything this browser keeps for the reader, in one place: how the pages
 * look, what is muted and followed, and a way to forget all of it.
 */
export function SettingsView() {
  const store = useReaderStore();
  const persistent = useReaderState((state) => state.persistent);
  // One Undo for the page: the last change made on it, wherever it was made.
  const [last, setLast] = useState<Undoable | null>(null);
  return (
    <div className="settings-page">
      <PageHeading>Settings</PageHeading>
      {!persistent && <p className="settings-notice">{NOT_PERSISTENT_TEXT}</p>}
      <DisplaySettings />
      <ChoiceSection
        collection="mutes"
        title="Muted"
        intro="Stories from these are left out of your lists."
        empty="You have not muted anything. Mute a topic or source from its page."
        verb="Unmute"
        done="Unmuted"
        last={last}
        onChange={setLast}
        apply={(item, on) => store.setMuted(item.key, item.name, on)}
      />
      <ChoiceSection
        collection="follows"
        title="Following"
        intro="Their stories are gathered on your Following page."
        empty="You do not follow anything yet. Follow a topic or source from its page."
        verb="Unfollow"
        done="Unfollowed"
        last={last}
        onChange={setLast}
        apply={(item, on) => store.setFollowed(item.key, item.name, on)}
      />
      <ClearData onCleared={() => setLast(null)} />
    </div>
  );
}
