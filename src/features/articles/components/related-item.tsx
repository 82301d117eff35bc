import type { Image, ProviderRef } from '../../../shared/index-schema';
import { safeHref } from '../../../lib/safe-href';
import { ArticleLink } from '../../../components/cards/article-link';
import { PublishedTime } from '../../../components/cards/published-time';
import { Thumbnail } from '../../../components/cards/thumbnail';

export type RelatedItemData = {
  title: string;
  slug?: string;
  url?: string;
  provider?: ProviderRef;
  published?: string;
  /** `published` was a date with no time: shown without one. */
  dateOnly?: true;
  image?: Image;
};

/**
 * In the index: an internal link. Elsewhere: the outlet, in a new tab, marked
 * external. Under a group's own heading the title is one level deeper.
 */
export function RelatedItem({ item, headingLevel = 3 }: { item: RelatedItemData; headingLevel?: 3 | 4 }) {
  const href = item.slug ? undefined : safeHref(item.url);
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <li className="related-item">
      <Thumbnail image={item.image} label={item.provider?.name ?? item.title} provider={item.provider} width={96} height={54} />
      <div className="related-item__body">
        <Heading className="related-item__title">
          {item.slug ? (
            <ArticleLink slug={item.slug}>{item.title}</ArticleLink>
          ) : href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {item.title}
              <span className="visually-hidden"> (external site, opens in a new tab)</span>
            </a>
          ) : (
            item.title
          )}
        </Heading>
        <p className="related-item__meta">
          {item.provider && <span>{item.provider.name}</span>}
          {item.published && <PublishedTime when={{ published: item.published, dateOnly: item.dateOnly }} />}
          {href && (
            <span className="badge badge--external" aria-hidden="true">
              External ↗
            </span>
          )}
        </p>
      </div>
    </li>
  );
}
