/** The whole corpus in memory: the stages in order, then every file rendered and checked. Writes nothing. */
import type { CorpusData } from './data-types';
import { checkRoundTrip } from './round-trip';
import { toFile } from './front-matter';
import { loadCorpusData } from './load-data';
import type { Corpus } from './model';
import { makeProviders } from './providers';
import { readmeText } from './readme';
import { seededRandom } from './seeded-random';
import { addBodies } from './stages/bodies';
import { addClusters } from './stages/clusters';
import { addDrafts } from './stages/drafts';
import { addExcerptOddities } from './stages/excerpt-oddities';
import { addFeedText } from './stages/feed-text';
import { nameFiles } from './stages/file-names';
import { flagArticles } from './stages/flags';
import { addGenericTopic } from './stages/generic-topic';
import { scoreHeatAndQuality } from './stages/heat';
import { addReferenceArticle } from './stages/reference-article';
import { addRelated } from './stages/related';
import { addReposts } from './stages/reposts';
import { addSingles } from './stages/singles';
import { addWideEvents } from './stages/wide-events';
import { addWidgets } from './stages/widgets';
import { corpusStats, type CorpusStats } from './stats';

export interface CorpusFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  text: string;
}

export interface GeneratedCorpus {
  /** Sorted by path, README.md last. */
  files: CorpusFile[];
  stats: CorpusStats;
}

/**
 * Each stage draws from the one seeded sequence, so their order (and the file
 * order of the rendering, which draws too) is part of the output.
 */
export function generateCorpus(data: CorpusData = loadCorpusData(), seed = data.shape.seed): GeneratedCorpus {
  const random = seededRandom(seed);
  const ctx: Corpus = { data, random, providers: makeProviders(data, random), arts: [], usedUrls: new Set(), usedTitles: new Set(), serial: 0 };
  const clusterCount = addClusters(ctx);
  addReferenceArticle(ctx);
  addSingles(ctx);
  addWideEvents(ctx);
  addDrafts(ctx);
  scoreHeatAndQuality(ctx);
  addExcerptOddities(ctx);
  flagArticles(ctx);
  addRelated(ctx, clusterCount);
  addBodies(ctx);
  addReposts(ctx);
  addWidgets(ctx);
  nameFiles(ctx);
  addFeedText(ctx);
  addGenericTopic(ctx);

  const files = [...ctx.arts]
    .sort((x, y) => (x.file < y.file ? -1 : 1))
    .map((a) => {
      const text = toFile(ctx, a);
      checkRoundTrip(a, text);
      return { path: a.file, text };
    });
  const stats = corpusStats(ctx, clusterCount);
  files.push({ path: 'README.md', text: readmeText(stats, data.genericTopic, data.shape.now) });
  return { files, stats };
}
