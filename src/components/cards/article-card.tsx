import type { ReactNode } from 'react';
import type { Card, Sort } from '../../shared/index-schema';
import { registerCard } from '../../lib/reader-state/card-registry';
import { useIsRead } from '../../lib/reader-state/hooks';
import { ArticleLink } from './article-link';
import { CardMenu } from './card-menu';
import { Badges } from './badges';
import { CardStats } from './card-stats';
import { ProviderLink } from './provider-link';
import { PublishedTime } from './published-time';
import { SaveButton } from './save-button';
import { StoryLine } from './story-line';
import { Thumbnail } from './thumbnail';
import { TopicChips } from './topic-chips';

type ArticleCardProps = {
  card: Card;
  sort?: Sort;
  headingLevel?: 2 | 3;
  /** Marks words in the title and excerpt (search results); the text itself by default. */
  highlight?: (text: string) => ReactNode;
};

const asText = (text: string) => text;

/**
 * Titles and excerpts are rendered as text: React escapes them, never parse them.
 * A score is shown only on the sort it ranks by: on Hot and Newest it would
 * be a number that explains nothing about the order.
 */
export function ArticleCard({ card, sort, headingLevel = 2, highlight = asText }: ArticleCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const story = card.story && card.story.size > 1 ? card.story : undefined;
  const read = useIsRead(card);
  return (
    <article
      ref={(element) => registerCard(element, card)}
      className={read ? 'card card--read' : 'card'}
      data-read={read}
      data-heat={card.heat ?? 0}
      data-quality={card.quality ?? 0}
      data-published={card.published}
      data-story={story?.id}
    >
      <Thumbnail image={card.image} label={card.provider.name} provider={card.provider} />
      <div className="card__body">
        <Heading className="card__title">
          <ArticleLink slug={card.slug}>{highlight(card.title)}</ArticleLink>
        </Heading>
        <p className="card__meta">
          <ProviderLink provider={card.provider} />
          <PublishedTime when={card} />
          <Badges card={card} />
        </p>
        {card.excerpt && <p className="card__excerpt">{highlight(card.excerpt)}</p>}
        {story && <StoryLine card={card} story={story} />}
        <div className="card__footer">
          <TopicChips topics={card.topics} />
          <CardStats
            heat={sort === 'heat' ? card.heat : undefined}
            quality={sort === 'quality' ? card.quality : undefined}
          />
          <div className="card__actions">
            <SaveButton card={card} />
            <CardMenu card={card} />
          </div>
        </div>
      </div>
    </article>
  );
}
