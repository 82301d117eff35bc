import type { Sort } from '../../shared/index-schema';
import { listKey } from '../../shared/constants';
import { paths } from '../../config/paths';
import type { TimeFilter } from '../../config/time-filter';

/**
 * A topic's page and a source's page are one page (components/list-page.tsx)
 * told which list its URL names and how to head it.
 */
export type ListPageConfig = {
  /** In the document title ("Topic: AI") and in errors. */
  noun: 'Topic' | 'Source';
  /** The route parameter that names the list (paths.ts). */
  param: 'slug' | 'domain';
  listKey: (param: string) => string;
  getHref: (param: string, sort?: Sort, time?: TimeFilter) => string;
  /** The line above the heading. */
  eyebrow: (param: string) => string;
  /** A source is headed by its outlet's logo. */
  logo: boolean;
  /** The heading of the topics its articles share most: a topic's neighbours, a source's subjects. */
  topicsHeading: string;
};

export const topicPage: ListPageConfig = {
  noun: 'Topic',
  param: 'slug',
  listKey: listKey.topic,
  getHref: paths.topic.getHref,
  eyebrow: () => 'Topic',
  logo: false,
  topicsHeading: 'Related topics',
};

export const sourcePage: ListPageConfig = {
  noun: 'Source',
  param: 'domain',
  listKey: listKey.source,
  getHref: paths.source.getHref,
  eyebrow: (domain) => domain,
  logo: true,
  topicsHeading: 'Top topics',
};
