import type { Article } from '../../../shared/index-schema';
import { safeHref } from '../../../lib/safe-href';
import { cardOfArticle } from '../../../lib/reader-state/card-of-article';
import { SaveButton } from '../../../components/cards/save-button';
import { ShareButton } from './share-button';

/** The way out to the outlet; its accessible name starts with "Read". */
export function ReadOriginal({ article }: { article: Article }) {
  const href = safeHref(article.url);
  const actions = (article.actions ?? []).flatMap((action) => {
    const url = safeHref(action.url);
    return url ? [{ ...action, url }] : [];
  });
  return (
    <div className="read-original">
      {href && (
        <a className="button button--primary" href={href} target="_blank" rel="noopener noreferrer">
          Read at {article.provider.name}
          <span className="visually-hidden"> (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
      <SaveButton card={cardOfArticle(article)} url={article.url} className="button" />
      <ShareButton article={article} />
      {actions.map((action) => (
        <a key={action.url} className="button" href={action.url} target="_blank" rel="noopener noreferrer">
          {action.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ))}
    </div>
  );
}
