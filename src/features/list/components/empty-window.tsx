import { Link } from 'react-router-dom';
import type { TimeWindow } from '../../../shared/time-windows';
import { windowPhrase } from './time-labels';

/** A period with no story: said plainly, with the way back to every story. */
export function EmptyWindow({ window, allHref }: { window: TimeWindow; allHref: string }) {
  return (
    <div className="empty-window">
      <p className="empty-window__title">No stories in {windowPhrase(window)}</p>
      <p className="empty-window__action">
        <Link to={allHref}>Show all stories</Link>
      </p>
    </div>
  );
}
