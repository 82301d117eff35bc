import type { Card } from '../../shared/index-schema';
import { ArticleLink } from './article-link';
import { Badges } from './badges';
import { CardStats } from './card-stats';
import { ProviderLink } from './provider-link';
import { RelativeTime } from './relative-time';
import { Thumbnail } from './thumbnail';
import { TopicChips } from './topic-chips';

type ArticleCardProps = { card: Card; headingLevel?: 2 | 3 };

/** Titles and excerpts are rendered as text: React escapes them, never parse them. */
export function ArticleCard({ card, headingLevel = 2 }: ArticleCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article
      className="card"
      data-heat={card.heat ?? 0}
      data-quality={card.quality ?? 0}
      data-published={card.published}
    >
      <Thumbnail image={card.image} label={card.provider.name} />
      <div className="card__body">
        <Heading className="card__title">
          <ArticleLink slug={card.slug}>{card.title}</ArticleLink>
        </Heading>
        <p className="card__meta">
          <ProviderLink provider={card.provider} />
          <RelativeTime iso={card.published} />
          <Badges card={card} />
        </p>
        {card.excerpt && <p className="card__excerpt">{card.excerpt}</p>}
        <div className="card__footer">
          <TopicChips topics={card.topics} />
          <CardStats heat={card.heat} quality={card.quality} />
        </div>
      </div>
    </article>
  );
}
