import { countLabel } from '../../../lib/count-label';
import { useReaderState, useReaderStore } from '../../../lib/reader-state/hooks';
import type { ListFilterState } from '../api/use-list-filter-state';

type HiddenLineProps = {
  /** The list's filter (use-list-filter-state.ts): its counts and its Show controls. */
  hidden: ListFilterState;
  /** More of the list is still to load: the counts are of what has loaded so far. */
  partial: boolean;
};

/** Hidden is never silent: how many cards this list leaves out, and the way to see them. */
export function HiddenLine({ hidden, partial }: HiddenLineProps) {
  const { muted, read, revealMuted } = hidden;
  const onToggleMuted = () => hidden.setRevealMuted(!revealMuted);
  const onShowRead = () => hidden.setHideRead(false);
  const store = useReaderStore();
  const lastMuted = useReaderState((state) => state.lastMuted);
  if (muted === 0 && read === 0) return null;
  const sofar = partial ? ' so far' : '';
  return (
    <p className="list-notice" role="status">
      {lastMuted && (
        <span>
          {`You muted ${lastMuted.name}.`}{' '}
          <button type="button" className="link-button" onClick={() => store.setMuted(lastMuted.key, lastMuted.name, false)}>
            Undo
          </button>
        </span>
      )}
      {muted > 0 && (
        <span>
          {revealMuted
            ? `Showing ${countLabel(muted)} from muted topics and sources`
            : `${countLabel(muted)} hidden from muted topics and sources${sofar}`}{' '}
          <button type="button" className="link-button" onClick={onToggleMuted}>
            {revealMuted ? 'Hide them' : 'Show'}
          </button>
        </span>
      )}
      {read > 0 && (
        <span>
          {`${countLabel(read)} read hidden${sofar}`}{' '}
          <button type="button" className="link-button" onClick={onShowRead}>
            Show read
          </button>
        </span>
      )}
    </p>
  );
}
