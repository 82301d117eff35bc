/** Finds article files: recursive, hidden entries skipped, symlink loops cut. */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;
// Documentation that commonly sits beside content is not an article.
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing)\.(md|markdown|txt)$/i;

export async function walk(root: string): Promise<string[]> {
  const found: string[] = [];
  const seenDirs = new Set<string>();

  async function visit(dir: string): Promise<void> {
    const real = await realpath(dir).catch(() => undefined);
    if (!real || seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        isDir = !!target?.isDirectory();
        isFile = !!target?.isFile();
      }
      if (isDir) await visit(full);
      else if (isFile && ARTICLE_FILE.test(entry.name) && !NOT_ARTICLES.test(entry.name)) found.push(full);
    }
  }

  await visit(root);
  return found.sort();
}
