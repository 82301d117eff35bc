/**
 * The search index as a step of the build, run once the cards are linked: a
 * failure is a warning on the report, never a lost build.
 */
import type { Warning } from '../record';
import type { SearchInput } from './search-files';
import { writeSearchIndex, type SearchBuild } from './search-index';

const searchProblem = (error: unknown) =>
  `the search index was not written (${(error as Error).message.split('\n')[0]}); the reader offers no search until a build writes one`;

/** Writes (or reuses) the search folder and notes its entry file's size for the next build's check; `undefined` when it could not be written. */
export function searchStep(input: SearchInput, outDir: string, sizes: Map<string, number>, warnings: Warning[]): SearchBuild | undefined {
  try {
    const search = writeSearchIndex(input, outDir);
    sizes.set(search.entry, search.size);
    return search;
  } catch (error) {
    warnings.push({ file: outDir, message: searchProblem(error) });
    return undefined;
  }
}
