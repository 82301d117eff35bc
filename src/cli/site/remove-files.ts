import { rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes files under `outDir` (paths relative to it, `/`-separated) and the
 * folders they leave empty: a topic's three feeds are its folder, and an
 * earlier layout put each page in a folder of its own.
 */
export function removeFiles(outDir: string, files: readonly string[]) {
  const folders = new Set<string>();
  for (const file of files) {
    rmSync(path.join(outDir, file), { force: true });
    for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so a folder whose only content was an emptied folder goes too.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(path.join(outDir, folder));
    } catch {
      // Not empty (other pages, other feeds), or already gone: it stays as it is.
    }
  }
}
