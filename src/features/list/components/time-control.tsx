import { useId } from 'react';
import { Link } from 'react-router-dom';
import { TIME_FILTERS, type TimeFilter } from '../../../config/time-filter';
import { formatDate, type Dated } from '../../../lib/format-date';
import { windowLength } from '../../../shared/time-windows';
import { timeLabels } from './time-labels';

type TimeControlProps = {
  time: TimeFilter;
  /** The newest story's time, which every window counts back from. */
  newest?: Dated;
  hrefFor: (time: TimeFilter) => string;
  onIntent?: (time: TimeFilter) => void;
};

/**
 * Links, like the sorts: each period is a URL that can be shared and gone
 * back to. The periods end at the newest story, not at the reader's clock,
 * so the control says when that was: on an archive "Today" is its last day.
 */
export function TimeControl({ time, newest, hrefFor, onIntent }: TimeControlProps) {
  const noteId = useId();
  const upTo = newest && formatDate(newest);
  return (
    <div className="time-filter">
      <nav className="time-filter__nav" aria-label="Time period">
        <ul>
          {TIME_FILTERS.map((option) => (
            <li key={option}>
              <Link
                className="time-filter__link"
                to={hrefFor(option)}
                aria-current={option === time ? 'page' : undefined}
                aria-describedby={option !== 'all' && upTo ? noteId : undefined}
                title={option === 'all' ? 'Every story in the index' : `The ${windowLength(option)} up to the newest story`}
                preventScrollReset={false}
                onMouseEnter={() => onIntent?.(option)}
                onFocus={() => onIntent?.(option)}
              >
                {timeLabels[option]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {upTo && (
        <p id={noteId} className="time-filter__note">
          Up to {upTo}
        </p>
      )}
    </div>
  );
}
