import { useQuery } from '@tanstack/react-query';
import type { Article } from '../../../shared/index-schema';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { countLabel } from '../../../lib/count-label';
import { dateTimeValue, formatDate, formatRelative } from '../../../lib/format-date';
import { Badges } from '../../../components/cards/badges';
import { CardStats } from '../../../components/cards/card-stats';
import { ProviderLink } from '../../../components/cards/provider-link';
import { StoryLink } from '../../../components/cards/story-link';
import { PageHeading } from '../../../components/ui/page-heading';

/** A category (nearly) every article has says nothing about this one: the eyebrow leaves it out. */
function useTellingCategory(category: string | undefined): string | undefined {
  const generic = useQuery(manifestQueryOptions()).data?.genericCategories ?? [];
  return category && !generic.includes(category.trim().toLowerCase()) ? category : undefined;
}

export function ArticleHeader({ article }: { article: Article }) {
  const category = useTellingCategory(article.category);
  return (
    <header className="article__header">
      {(category || article.type !== 'article' || article.unpublished) && (
        <p className="eyebrow">
          {category && <span>{category}</span>} <Badges card={article} />
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
