import type { Article, Story } from '../../../shared/index-schema';
import { countLabel } from '../../../lib/count-label';
import { outletList } from '../../../lib/outlet-list';
import { StoryLink } from '../../../components/cards/story-link';
import { RelatedGroup } from './related-group';

const NAMED_OUTLETS = 3;

/** "Also covered by A, B and 3 others", outlets with the hottest coverage first. */
function heading(article: Article, story: Story): string {
  const others = [...new Set(story.articles.map((card) => card.provider.name))].filter(
    (name) => name !== article.provider.name,
  );
  if (others.length === 0) return `More from ${article.provider.name} on this story`;
  const named = others.slice(0, NAMED_OUTLETS);
  return `Also covered by ${outletList(named, Math.max(0, story.outlets - 1 - named.length))}`;
}

export function StoryCoverage({ article, story }: { article: Article; story: Story }) {
  return (
    <RelatedGroup
      heading={heading(article, story)}
      items={story.articles.map((card) => ({ ...card, key: card.id }))}
      footer={
        <p className="related__more">
          <StoryLink id={story.id}>See all {countLabel(story.size, 'article', 'articles')} in this story</StoryLink>
        </p>
      }
    />
  );
}
