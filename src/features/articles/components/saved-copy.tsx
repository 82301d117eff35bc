import { parseArticleSlug } from '../../../shared/article-slug';
import { safeHref } from '../../../lib/safe-href';
import { useReaderState } from '../../../lib/reader-state/hooks';
import type { SavedItem } from '../../../lib/reader-state/state';
import { ArticleCard } from '../../../components/cards/article-card';

/** The saved item of the article a slug names, matched by the slug's key (its title part may have changed). */
export function useSavedCopy(slug: string): SavedItem | undefined {
  const key = parseArticleSlug(slug)?.key;
  return useReaderState((state) =>
    key === undefined ? undefined : Object.values(state.saved).find((saved) => parseArticleSlug(saved.card.slug)?.key === key),
  );
}

/**
 * An article this index does not have, which the reader saved from an
 * earlier one: what the card kept, and the way to the outlet.
 */
export function SavedCopy({ item }: { item: SavedItem }) {
  const href = item.url ? safeHref(item.url) : undefined;
  return (
    <div className="saved-copy">
      <p>You saved this article. This is what you kept of it:</p>
      <ArticleCard card={item.card} />
      {href && (
        <p>
          <a className="button button--primary" href={href} target="_blank" rel="noopener noreferrer">
            Read at {item.card.provider.name}
            <span className="visually-hidden"> (opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      )}
    </div>
  );
}
