/**
 * Empties the build folder as Vite would, but for the site step's own files
 * (the ledger's): a new build then finds the pages, feeds and sitemaps of the
 * last one where they were, and the site step writes again only what changed.
 * Vite's own emptying would delete a hundred thousand pages for the step to
 * write them all again.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readLedger } from './site-writer';
import { removeFiles } from './remove-files';
import { SITE_LEDGER } from './write-site';

/** Removes every file under `outDir` but the site step's, and the folders left empty. */
export function emptyOutDirKeepingSite(outDir: string): { removed: number; kept: number } {
  // A first build has no folder yet.
  if (!existsSync(outDir)) return { removed: 0, kept: 0 };
  const keep = new Set([SITE_LEDGER, ...Object.keys(readLedger(path.join(outDir, SITE_LEDGER)))]);
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    // As Vite, which never empties a .git folder.
    .filter((file) => !file.startsWith('.git/'));
  const gone = files.filter((file) => !keep.has(file));
  removeFiles(outDir, gone);
  return { removed: gone.length, kept: files.length - gone.length };
}
