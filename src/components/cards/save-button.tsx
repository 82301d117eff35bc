import type { Card } from '../../shared/index-schema';
import { useIsSaved, useReaderStore } from '../../lib/reader-state/hooks';

/** A toggle (aria-pressed) whose name stays "Save" so a screen reader hears the state, not a new label. */
export function SaveButton({ card, className = 'card-action' }: { card: Card; className?: string }) {
  const store = useReaderStore();
  const saved = useIsSaved(card.id);
  return (
    <button
      type="button"
      className={className}
      aria-pressed={saved}
      aria-label={`Save “${card.title}”`}
      title={saved ? 'Saved: press to remove from Saved' : 'Save for later'}
      onClick={() => store.toggleSaved(card)}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      <span className="card-action__text" aria-hidden="true">
        {saved ? 'Saved' : 'Save'}
      </span>
    </button>
  );
}
