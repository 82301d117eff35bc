import type { Sort } from '../../../shared/index-schema';
import { sortExplanations, sortLabels } from './sort-labels';

export function SortExplanation({ id, sorts, hidden }: { id: string; sorts: readonly Sort[]; hidden: boolean }) {
  return (
    <div id={id} className="sort-explanation" hidden={hidden}>
      <dl>
        {sorts.map((sort) => (
          <div key={sort} className="sort-explanation__item">
            <dt>{sortLabels[sort]}</dt>
            <dd>{sortExplanations[sort]}</dd>
          </div>
        ))}
      </dl>
      <p>Articles about one event from several outlets are grouped into a story and listed once.</p>
    </div>
  );
}
