import { useEffect, useState } from 'react';

/**
 * `value`, moved on only while `busy` is false: a search per key while
 * searches are quick, and while one is still running the keys typed
 * meanwhile wait for it and then jump to the newest text. Unlike a fixed
 * pause, the last key is searched as soon as the search before it is done.
 */
export function useLatestWhenIdle<T>(value: T, busy: boolean): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    if (!busy && !Object.is(current, value)) setCurrent(value);
  }, [busy, current, value]);
  return current;
}
