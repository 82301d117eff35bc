import { useState } from 'react';
import type { ListRef } from '../../../shared/index-schema';
import { useReaderStore } from '../../../lib/reader-state/hooks';
import type { ReadAll } from '../../../lib/reader-state/state';

type ListToolsProps = {
  listRef: ListRef;
  /** The list's base key (`feed`, `topic:…`) and the time window it shows, as "mark all" must cover. */
  readKey: string;
  from?: string;
  hideRead: boolean;
  onHideRead: (on: boolean) => void;
};

/**
 * "Hide read" and "Mark all as read" for the list on screen. Marking all is
 * one rule over the list (every article up to now, in its time window), so
 * it is instant at any size; Undo takes the rule back.
 */
export function ListTools({ listRef, readKey, from, hideRead, onHideRead }: ListToolsProps) {
  const store = useReaderStore();
  const [marked, setMarked] = useState<ReadAll | null>(null);
  return (
    <div className="list-actions list-tools">
      <button
        type="button"
        className="button toggle-button"
        aria-pressed={hideRead}
        onClick={() => onHideRead(!hideRead)}
      >
        Hide read
      </button>
      <button
        type="button"
        className="button"
        onClick={() => setMarked(store.markAllRead(readKey, new Date().toISOString(), from))}
      >
        Mark all as read
      </button>
      <span role="status" className="list-tools__status">
        {marked && (
          <>
            {`All of ${listRef.key === 'feed' ? 'the feed' : listRef.title} marked as read.`}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                store.dropReadAll(marked);
                setMarked(null);
              }}
            >
              Undo
            </button>
          </>
        )}
      </span>
    </div>
  );
}
