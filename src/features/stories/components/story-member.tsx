import type { StoryMember as Member } from '../../../shared/index-schema';
import { dateTimeValue, formatDate, formatRelative } from '../../../lib/format-date';
import { ArticleLink } from '../../../components/cards/article-link';
import { Badges } from '../../../components/cards/badges';
import { ProviderLink } from '../../../components/cards/provider-link';

export function StoryMember({ member, lead }: { member: Member; lead: boolean }) {
  return (
    <li className={lead ? 'story-member story-member--lead' : 'story-member'}>
      <article data-slug={member.slug} data-published={member.published}>
        <p className="story-member__meta">
          <ProviderLink provider={member.provider} />
          <span>
            <time dateTime={dateTimeValue(member)}>{formatDate(member)}</time>{' '}
            <span className="muted">({formatRelative(member)})</span>
          </span>
          {lead && <span className="badge badge--lead">Lead</span>}
          <Badges card={member} />
        </p>
        <h2 className="story-member__title">
          <ArticleLink slug={member.slug}>{member.title}</ArticleLink>
        </h2>
        {member.excerpt && <p className="story-member__excerpt">{member.excerpt}</p>}
        {member.duplicates && member.duplicates.length > 0 && (
          <p className="story-member__duplicates">
            Also published as{' '}
            {member.duplicates.map((copy, i) => (
              <span key={copy.slug}>
                {i > 0 && ', '}
                <ArticleLink slug={copy.slug}>copy of {formatDate(copy)}</ArticleLink>
              </span>
            ))}
          </p>
        )}
      </article>
    </li>
  );
}
