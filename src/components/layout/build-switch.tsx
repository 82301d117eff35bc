import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useMatches, useRevalidator, type UIMatch } from 'react-router-dom';
import { indexKeys } from '../../lib/index-client/query-keys';

type BuildSwitch = { showLatest: () => void };

// Outside the boundary (the layout itself failed) a reload is the one way left.
const BuildSwitchContext = createContext<BuildSwitch>({ showLatest: () => window.location.reload() });

/** For the views that tell the reader the news was updated. */
export function useBuildSwitch(): BuildSwitch {
  return useContext(BuildSwitchContext);
}

/**
 * Moves an open tab to the index's newest build without a page load. The
 * page below is unmounted first, so no component is left reading the old
 * build's data (or suspending on it) while that is dropped; then the route's
 * loaders run again from the new manifest and the same URL renders afresh,
 * at the same scroll position, with focus on its heading.
 */
export function BuildSwitchBoundary({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  const { reset } = useQueryErrorResetBoundary();
  const matches = useMatches();
  // The router's matches when the switch began: a new array means its loaders
  // ran again and the router state React renders is the new build's. (A flag
  // cleared when `revalidate()` resolves could render one frame of the old
  // state when the router updates in a transition.)
  const [switchedFrom, setSwitchedFrom] = useState<UIMatch[] | null>(null);
  const returnTo = useRef(0);
  const switching = switchedFrom !== null && switchedFrom === matches;

  const showLatest = () => {
    returnTo.current = window.scrollY;
    flushSync(() => setSwitchedFrom(matches));
    void (async () => {
      // Every list, article and story was read through the old manifest: all of it goes.
      await queryClient.cancelQueries({ queryKey: indexKeys.all });
      queryClient.removeQueries({ queryKey: indexKeys.all });
      reset();
      await revalidator.revalidate();
    })();
  };

  useLayoutEffect(() => {
    if (switchedFrom === null || switching) return;
    setSwitchedFrom(null);
    window.scrollTo(0, returnTo.current);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [switchedFrom, switching]);

  return (
    <BuildSwitchContext.Provider value={{ showLatest }}>
      {switching ? (
        <div className="status-page" role="status">
          <p>Loading the latest news…</p>
        </div>
      ) : (
        children
      )}
    </BuildSwitchContext.Provider>
  );
}
