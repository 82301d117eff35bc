/** Keeps the build cache from growing with every folder ever built. */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Cache folders (one per content folder, output folder and options) kept besides the one in use. */
const KEEP_FOLDERS = 8;
/** A cache folder not used for this long is removed. */
const STALE_MS = 30 * 24 * 3600 * 1000;

/**
 * Removes cache folders of other content or output folders and options that
 * were not used for STALE_MS, and all but the KEEP_FOLDERS most recent: the
 * cache must not grow with every folder ever built.
 */
export function pruneStale(root: string, current: string, now = Date.now()): void {
  let folders: { dir: string; used: number }[];
  try {
    folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && path.join(root, entry.name) !== current)
      .map((entry) => {
        const dir = path.join(root, entry.name);
        let used = 0;
        try {
          used = statSync(path.join(dir, 'state.json')).mtimeMs;
        } catch {
          // A folder without state is an unfinished cache: the oldest.
        }
        return { dir, used };
      });
  } catch {
    return;
  }
  folders.sort((a, b) => b.used - a.used);
  folders.forEach(({ dir, used }, i) => {
    if (i >= KEEP_FOLDERS || now - used > STALE_MS) rmSync(dir, { recursive: true, force: true });
  });
}
