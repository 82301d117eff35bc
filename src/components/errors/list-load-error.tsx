import { describeError, isIndexRebuilt } from '../../lib/index-client/errors';
import { useBuildSwitch } from '../layout/build-switch';
import { SHOW_LATEST } from './index-updated';

/** Below a list whose later rows could not load: the list above stays readable. */
export function ListLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { showLatest } = useBuildSwitch();
  if (isIndexRebuilt(error)) {
    return (
      <p className="list-error" role="alert">
        <span>The news was updated while you were reading.</span>{' '}
        <button type="button" className="button button--primary" onClick={showLatest}>
          {SHOW_LATEST}
        </button>
      </p>
    );
  }
  return (
    <p className="list-error" role="alert">
      <span>Some stories could not be loaded. {describeError(error)}</span>{' '}
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}
