import type { Card } from '../../shared/index-schema';
import { dayKey, type Dated, type Zone } from '../../lib/format-date';

/**
 * The time that places an entry in Newest: a story stands where its newest
 * article does (story-lists.ts), so it is filed under that article's day,
 * whichever of its articles the card shows.
 */
function placedAt(card: Card): Dated {
  const story = card.story && card.story.size > 1 ? card.story : undefined;
  if (!story || story.latest <= card.published) return card;
  return { published: story.latest, ...(story.latestDateOnly ? { dateOnly: true as const } : {}) };
}

/**
 * The day (`dayKey`) a Newest row opens with a heading for: the first row,
 * and every row whose day differs from the row above. `previous` is null for
 * the first row and undefined while the row above is still loading (no
 * heading until it is known).
 */
export function dayOpenedBy(card: Card, previous: Card | null | undefined, zone: Zone = {}): string | undefined {
  if (previous === undefined) return undefined;
  const day = dayKey(placedAt(card), zone);
  return previous && dayKey(placedAt(previous), zone) === day ? undefined : day;
}
