/**
 * Empties the build folder as Vite would, but for the site step's own files
 * (the ledger's): a new build then finds the pages, feeds and sitemaps of the
 * last one where they were, and the site step writes again only what changed.
 * Vite's own emptying would delete a hundred thousand pages for the step to
 * write them all again.
 */
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readLedger } from './site-writer';
import { SITE_LEDGER } from './write-site';

/** Removes every file under `outDir` but the site step's, and the folders left empty. */
export function emptyOutDirKeepingSite(outDir: string): { removed: number; kept: number } {
  const ledger = readLedger(path.join(outDir, SITE_LEDGER));
  const keep = new Set([SITE_LEDGER, ...Object.keys(ledger)]);
  let removed = 0;
  let kept = 0;
  const visit = (folder: string): boolean => {
    let entries;
    try {
      entries = readdirSync(path.join(outDir, folder), { withFileTypes: true });
    } catch {
      return true;
    }
    let empty = true;
    for (const entry of entries) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      // As Vite, which never empties a .git folder.
      if (!folder && entry.name === '.git') {
        empty = false;
      } else if (entry.isDirectory()) {
        if (visit(relative)) rmdirSync(path.join(outDir, relative));
        else empty = false;
      } else if (keep.has(relative)) {
        kept++;
        empty = false;
      } else {
        rmSync(path.join(outDir, relative), { force: true });
        removed++;
      }
    }
    return empty;
  };
  visit('');
  return { removed, kept };
}
