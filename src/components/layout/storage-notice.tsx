import { useState } from 'react';
import { useMatch } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useReaderState } from '../../lib/reader-state/hooks';

export const NOT_PERSISTENT_TEXT =
  'Your reading state is kept for this visit only: this browser is not letting Heatline store it.';

/** Dismissed for the rest of the visit: this tab, reloads included (or, without sessionStorage, this page). */
const DISMISSED_KEY = 'heatline-storage-notice';

function wasDismissed(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberDismissed() {
  try {
    sessionStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Gone until the page is reloaded.
  }
}

/**
 * Said once, under the header, when the reader's store has no storage
 * (some private modes): everything works, nothing is kept. Quiet (not a live
 * region): it is there from the start, not news. The settings page says it
 * itself, so the frame does not say it twice there.
 */
export function StorageNotice() {
  const persistent = useReaderState((state) => state.persistent);
  const [hidden, setHidden] = useState(wasDismissed);
  const onSettings = useMatch(paths.settings.path);
  if (persistent || hidden || onSettings) return null;
  return (
    <div className="storage-notice">
      <p>{NOT_PERSISTENT_TEXT}</p>
      <button
        type="button"
        className="storage-notice__close"
        aria-label="Dismiss this notice"
        onClick={() => {
          rememberDismissed();
          setHidden(true);
          // The button goes with the notice: focus goes on to the page rather than back to the start.
          document.getElementById('main')?.focus();
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
