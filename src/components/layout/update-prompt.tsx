import { useAppUpdate } from '../../lib/app-updates';
import { useNewEdition } from '../../lib/use-new-edition';
import { useBuildSwitch } from './build-switch';

/**
 * A quiet bar at the foot of the screen when there is something newer: a new
 * edition of the news (moved to in place, at the same scroll position) or a
 * new version of the app (a reload). Never applied without the reader's say.
 */
export function UpdatePrompt() {
  const edition = useNewEdition();
  const app = useAppUpdate();
  const { showLatest } = useBuildSwitch();
  if (!edition && !app.waiting) return null;
  return (
    <div className="update-prompt" role="status">
      {app.waiting ? (
        <>
          <span>A new version of this site is ready.</span>
          <button type="button" className="button button--primary" onClick={app.apply}>
            Reload
          </button>
        </>
      ) : (
        <>
          <span>New articles</span>
          <button type="button" className="button button--primary" onClick={showLatest}>
            Refresh
          </button>
        </>
      )}
    </div>
  );
}
