import type { Card } from '../../../shared/index-schema';
import { RelativeTime } from '../../../components/cards/relative-time';
import { highlight, type SearchTerms } from '../highlight';

type LiveRowProps = { id: string; card: Card; terms: SearchTerms; selected: boolean; onPick: () => void; onHover: () => void };

/** One compact match: the title with the matching words marked, its outlet and date. */
export function LiveRow({ id, card, terms, selected, onPick, onHover }: LiveRowProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="live-search__row"
      // Keeps focus in the box, so the popup is still there for the click.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={onHover}
      onClick={onPick}
    >
      <span className="live-search__title">{highlight(card.title, terms)}</span>
      <span className="live-search__meta">
        {card.provider.name} · <RelativeTime iso={card.published} dateOnly={card.dateOnly} />
      </span>
    </li>
  );
}
