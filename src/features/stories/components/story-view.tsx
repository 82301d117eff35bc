import { useSuspenseQuery } from '@tanstack/react-query';
import type { StoryPage } from '../../../shared/index-schema';
import { countLabel } from '../../../lib/count-label';
import { formatDayRange } from '../../../lib/format-date';
import { storyQueryOptions } from '../../../lib/index-client/story-query';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NotFound } from '../../../components/errors/not-found';
import { PageHeading } from '../../../components/ui/page-heading';
import { StoryMember } from './story-member';

function summary(story: StoryPage): string {
  const parts = [
    formatDayRange(
      { published: story.first, dateOnly: story.firstDateOnly },
      { published: story.last, dateOnly: story.lastDateOnly },
    ),
    `${countLabel(story.size, 'article', 'articles')} from ${countLabel(story.outlets, 'outlet', 'outlets')}`,
  ];
  if (story.duplicates > 0) parts.push(`${countLabel(story.duplicates, 'duplicate', 'duplicates')} folded`);
  return parts.join(' · ');
}

/** Full coverage of one event: every outlet's article, oldest first, so the story reads as it unfolded. */
export function StoryView({ id }: { id: string }) {
  const { data: story } = useSuspenseQuery(storyQueryOptions(id));
  useDocumentTitle(story?.title ?? 'Not found');
  if (!story) return <NotFound />;
  return (
    <section className="story-page">
      <header className="story-page__header">
        <p className="eyebrow">Full coverage</p>
        <PageHeading>{story.title}</PageHeading>
        <p className="story-page__summary">{summary(story)}</p>
      </header>
      <ol className="story-timeline" aria-label="Articles in this story, oldest first">
        {story.articles.map((member) => (
          <StoryMember key={member.id} member={member} lead={member.slug === story.lead} />
        ))}
      </ol>
    </section>
  );
}
