import type { Card } from '../../shared/index-schema';

const typeLabels: Partial<Record<Card['type'], string>> = {
  video: 'Video',
  download: 'Download',
  collection: 'Collection',
};

export function Badges({ card }: { card: Pick<Card, 'type' | 'unpublished'> }) {
  const label = typeLabels[card.type];
  if (!label && !card.unpublished) return null;
  return (
    <span className="badges">
      {label && <span className={`badge badge--${card.type}`}>{label}</span>}
      {card.unpublished && <span className="badge badge--unpublished">Unpublished</span>}
    </span>
  );
}
