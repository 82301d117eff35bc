import type { ReaderStore } from './reader-store';

const SESSION_KEY = 'heatline-new-since';
const NONE = '';

/**
 * What "new since your last visit" counts from: the newest article the
 * reader had seen when this tab opened Heatline. Kept in sessionStorage so
 * it holds through reloads of the tab while the stored visit moves on.
 * `null` on a first visit: there is nothing to compare with.
 */
export function visitBaseline(store: ReaderStore): Promise<string | null> {
  let baseline = baselines.get(store);
  if (!baseline) {
    baseline = readBaseline(store);
    baselines.set(store, baseline);
  }
  return baseline;
}

/** Asked once per page load: the answer must not move when the visit is recorded a moment later. */
const baselines = new WeakMap<ReaderStore, Promise<string | null>>();

async function readBaseline(store: ReaderStore): Promise<string | null> {
  const kept = readSession();
  if (kept !== undefined) return kept === NONE ? null : kept;
  await store.ready;
  const seen = store.getSnapshot().visit?.seenNewest ?? null;
  writeSession(seen ?? NONE);
  return seen;
}

function readSession(): string | undefined {
  try {
    return sessionStorage.getItem(SESSION_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeSession(value: string) {
  try {
    sessionStorage.setItem(SESSION_KEY, value);
  } catch {
    // Without sessionStorage a reload counts from the visit before it: still a sensible answer.
  }
}
