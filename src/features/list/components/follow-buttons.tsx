import { useIsFollowed, useIsMuted, useReaderStore } from '../../../lib/reader-state/hooks';

/**
 * On a topic's or source's page: follow it into /following, or mute it out
 * of every list. Toggles with a constant name, so the state is heard as
 * "pressed", not as a label that changes under the reader.
 */
export function FollowButtons({ listKey, name }: { listKey: string; name: string }) {
  const store = useReaderStore();
  const followed = useIsFollowed(listKey);
  const muted = useIsMuted(listKey);
  return (
    <div className="list-actions">
      <button
        type="button"
        className="button toggle-button"
        aria-pressed={followed}
        onClick={() => store.setFollowed(listKey, name, !followed)}
      >
        <span aria-hidden="true">{followed ? '✓ ' : '+ '}</span>
        Follow
      </button>
      <button
        type="button"
        className="button toggle-button"
        aria-pressed={muted}
        onClick={() => store.setMuted(listKey, name, !muted)}
      >
        {muted && <span aria-hidden="true">✓ </span>}
        Mute
      </button>
    </div>
  );
}
