import type { Article } from '../../../shared/index-schema';
import { safeHref } from '../../../lib/safe-href';
import { cardOfArticle } from '../../../lib/reader-state/card-of-article';
import { SaveButton } from '../../../components/cards/save-button';
import { ShareButton } from './share-button';

const SAFE_VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Where the original is: a YouTube video is watched on YouTube, whatever page
 * the outlet embedded it in; anything else is read at the outlet. The link's
 * words always name the site it goes to.
 */
function originalOf(article: Article): { href: string | undefined; label: string } {
  if (article.video?.kind === 'youtube' && SAFE_VIDEO_ID.test(article.video.id)) {
    return { href: `https://www.youtube.com/watch?v=${article.video.id}`, label: 'Watch on YouTube' };
  }
  return { href: safeHref(article.url), label: `Read at ${article.provider.name}` };
}

/** The way out to the original. */
export function ReadOriginal({ article }: { article: Article }) {
  const { href, label } = originalOf(article);
  const actions = (article.actions ?? []).flatMap((action) => {
    const url = safeHref(action.url);
    return url ? [{ ...action, url }] : [];
  });
  return (
    <div className="read-original">
      {href && (
        <a className="button button--primary" href={href} target="_blank" rel="noopener noreferrer">
          {label}
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
