/**
 * The search index as a step of the build: started once the cards are
 * linked, awaited once the shards are written, and a failure either way is a
 * warning on the report, never a lost build.
 */
import type { SearchRef } from '../../shared/search';
import type { Warning } from '../record';
import type { SearchInput } from './search-files';
import { startSearchIndex, type SearchBuild } from './search-index';

const searchProblem = (error: unknown) =>
  `the search index was not written (${(error as Error).message.split('\n')[0]}); the reader offers no search until a build writes one`;

/** Starts the search index; a failure is a warning, never a lost build. */
export async function searchStarted(linked: SearchInput, outDir: string, warnings: Warning[]): Promise<SearchBuild | undefined> {
  try {
    return await startSearchIndex({ cards: linked.cards, topicSlugs: linked.topicSlugs }, outDir);
  } catch (error) {
    warnings.push({ file: outDir, message: searchProblem(error) });
    return undefined;
  }
}

/** The search folder once written, its entry file's size noted for the next build's check. */
export async function searchWritten(search: SearchBuild, sizes: Map<string, number>, warnings: Warning[]): Promise<SearchRef | undefined> {
  try {
    const { entry, size } = await search.done;
    sizes.set(entry, size);
    return search.ref;
  } catch (error) {
    warnings.push({ file: search.ref.path, message: searchProblem(error) });
    return undefined;
  }
}
