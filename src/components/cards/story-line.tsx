import type { Card, StorySummary } from '../../shared/index-schema';
import { dateTimeValue, formatDate, formatRelative } from '../../lib/format-date';
import { moreFrom } from '../../lib/outlet-list';
import { StoryLink } from './story-link';

/** "+2 more from A and B · latest 2 hours ago": the way into a story's full coverage. */
export function StoryLine({ card, story }: { card: Card; story: StorySummary }) {
  const newer = Date.parse(story.latest) > Date.parse(card.published);
  const latest = { published: story.latest, dateOnly: story.latestDateOnly };
  return (
    <p className="card__story">
      <StoryLink id={story.id} className="card__story-link">
        +{(story.size - 1).toLocaleString('en')} more from {moreFrom(story, card.provider.name)}
      </StoryLink>
      {newer && (
        <span className="card__story-latest">
          {' · latest '}
          <time dateTime={dateTimeValue(latest)} title={formatDate(latest)}>
            {formatRelative(latest)}
          </time>
        </span>
      )}
    </p>
  );
}
