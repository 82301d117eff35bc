import { useQueryClient } from '@tanstack/react-query';
import type { Card } from '../../shared/index-schema';
import { articleQueryOptions } from '../../lib/index-client/article-query';
import { useIsSaved, useReaderStore } from '../../lib/reader-state/hooks';

/**
 * A toggle (aria-pressed) whose name stays "Save" so a screen reader hears
 * the state, not a new label. Saving also keeps the outlet's address, from
 * the article page (`url`) or from the article's detail (usually already
 * prefetched by the card's link), so the saved item can still be read at the
 * outlet once an index no longer has it.
 */
export function SaveButton({ card, url, className = 'card-action' }: { card: Card; url?: string; className?: string }) {
  const store = useReaderStore();
  const queryClient = useQueryClient();
  const saved = useIsSaved(card.id);
  const save = () => {
    const known = url ?? queryClient.getQueryData(articleQueryOptions(card.slug).queryKey)?.url;
    store.toggleSaved(card, known);
    if (saved || known) return;
    void queryClient
      .fetchQuery(articleQueryOptions(card.slug))
      .then((article) => article && store.setSavedUrl(card.id, article.url))
      .catch(() => undefined);
  };
  return (
    <button
      type="button"
      className={className}
      aria-pressed={saved}
      aria-label={`Save “${card.title}”`}
      title={saved ? 'Saved: press to remove from Saved' : 'Save for later'}
      onClick={save}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      <span className="card-action__text" aria-hidden="true">
        {saved ? 'Saved' : 'Save'}
      </span>
    </button>
  );
}
