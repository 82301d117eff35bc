import type { Sort } from '../../../shared/index-schema';

export const sortLabels: Record<Sort, string> = { hot: 'Hot', heat: 'Heat', quality: 'Quality', newest: 'Newest' };

/** One plain sentence per sort, for "How is this ranked?". */
export const sortExplanations: Record<Sort, string> = {
  hot: 'The outlet’s heat score, decayed by age the way Hacker News does it, so newer stories rise.',
  heat: 'The raw heat score the outlet gave, however old the story is.',
  quality: 'The quality score the outlet gave.',
  newest: 'Publication time, newest first.',
};

/** The feed's heading in each sort. */
export const feedHeadings: Record<Sort, string> = {
  hot: 'Hot stories',
  heat: 'Hottest stories',
  quality: 'Best stories',
  newest: 'Newest stories',
};
