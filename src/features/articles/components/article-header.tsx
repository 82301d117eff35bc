import type { Article } from '../../../shared/index-schema';
import { countLabel } from '../../../lib/count-label';
import { dateTimeValue, formatDate, formatRelative } from '../../../lib/format-date';
import { Badges } from '../../../components/cards/badges';
import { CardStats } from '../../../components/cards/card-stats';
import { ProviderLink } from '../../../components/cards/provider-link';
import { StoryLink } from '../../../components/cards/story-link';
import { PageHeading } from '../../../components/ui/page-heading';

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="article__header">
      {(article.category || article.type !== 'article' || article.unpublished) && (
        <p className="eyebrow">
          {article.category && <span>{article.category}</span>} <Badges card={article} />
        </p>
      )}
      <PageHeading>{article.title}</PageHeading>
      <p className="article__meta">
        <ProviderLink provider={article.provider} />
        <span>
          <time dateTime={dateTimeValue(article)}>{formatDate(article)}</time>{' '}
          <span className="muted">({formatRelative(article)})</span>
        </span>
        {article.authors && article.authors.length > 0 && <span>By {article.authors.join(', ')}</span>}
      </p>
      {article.story && article.story.size > 1 && (
        <p className="article__story">
          Full coverage:{' '}
          <StoryLink id={article.story.id}>
            {countLabel(article.story.size, 'article', 'articles')} from{' '}
            {countLabel(article.story.outlets, 'outlet', 'outlets')}
          </StoryLink>
        </p>
      )}
      <CardStats heat={article.heat} quality={article.quality} />
    </header>
  );
}
