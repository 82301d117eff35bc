/**
 * The search index as a folder: `search/<id>/` beside the shards, its files
 * laid out by search-files.ts. The id is a hash of every card (and of the
 * format and the indexer's code), so an index whose cards did not change is reused as it is, and a
 * reader mid-session keeps the folder its manifest names until the build
 * after next removes it, as with shards (write-index.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_DIR, SEARCH_FORMAT, searchFiles, type SearchMeta, type SearchRef } from '../../shared/search';
import { codeVersion } from '../cache/build-cache';
import { temporaryName } from '../write/atomic-write';
import { writeSearchFiles, type SearchInput } from './search-files';

export type SearchBuild = {
  ref: SearchRef;
  /** The folder's entry file and its size: the build cache checks it before calling a rebuild up to date. */
  entry: string;
  size: number;
  /** Removes a folder this build wrote, for a build that fails after all. */
  discard: () => void;
};

function intactSize(dir: string): number | undefined {
  try {
    return statSync(path.join(dir, searchFiles.meta)).size;
  } catch {
    return undefined;
  }
}

function searchId({ cardsId, topicSlugs }: SearchInput): string {
  // The indexer's code too: a change in how text becomes terms must not reuse a folder of the old terms.
  // The cards are named by their card index's name, itself a hash of every card (and so of the titles and
  // excerpts the terms come from); the topic slugs are hashed here, as cards leave out the generic topics.
  const hash = createHash('sha256').update(`format ${SEARCH_FORMAT} code ${codeVersion()} cards ${cardsId}\n`);
  for (const slugs of topicSlugs) hash.update(slugs.join(' ')).update('\n');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the index into `search/<id>/`, or reuses it when the same cards
 * built it before. The folder is written beside and renamed into place: a
 * killed build leaves litter (*.tmp, swept by the next build), never half an
 * index.
 */
export function writeSearchIndex(input: SearchInput, outDir: string): SearchBuild {
  const id = searchId(input);
  const dir = path.join(outDir, SEARCH_DIR, id);
  const refOf = (meta: SearchMeta): SearchRef => ({ path: `${SEARCH_DIR}/${id}/`, records: meta.docs, format: meta.format, languages: meta.languages });
  const entry = `${SEARCH_DIR}/${id}/${searchFiles.meta}`;
  const existing = intactSize(dir);
  // The same cards built it before: used as it is, and never discarded (an earlier build names it).
  if (existing !== undefined) {
    const meta = JSON.parse(readFileSync(path.join(dir, searchFiles.meta), 'utf8')) as SearchMeta;
    return { ref: refOf(meta), entry, size: existing, discard: () => {} };
  }

  const temp = temporaryName(dir);
  rmSync(temp, { recursive: true, force: true });
  let meta: SearchMeta;
  try {
    const folders = new Set<string>();
    meta = writeSearchFiles(input, (name, text) => {
      const file = path.join(temp, name);
      const folder = path.dirname(file);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(file, text);
    });
    rmSync(dir, { recursive: true, force: true });
    renameSync(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const discard = () => rmSync(dir, { recursive: true, force: true });
  return { ref: refOf(meta), entry, size: intactSize(dir) ?? 0, discard };
}
