import type { ReactNode } from 'react';
import { RelatedItem, type RelatedItemData } from './related-item';

type RelatedGroupProps = { heading?: string; items: (RelatedItemData & { key: string })[]; footer?: ReactNode };

export function RelatedGroup({ heading, items, footer }: RelatedGroupProps) {
  return (
    <div className="related__group">
      {heading && <h3 className="related__subheading">{heading}</h3>}
      <ul className="related__list">
        {items.map((item) => (
          <RelatedItem key={item.key} item={item} headingLevel={heading ? 4 : 3} />
        ))}
      </ul>
      {footer}
    </div>
  );
}
