/**
 * The sample-corpus generator (scripts/sample-corpus): one seed gives one set
 * of files, the checked-in content/ is exactly what it writes, and the
 * indexer accepts every file it writes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus, type GeneratedCorpus } from '../../scripts/sample-corpus/generate';
import { writeCorpus } from '../../scripts/sample-corpus/write';
import { buildIndex } from '../../src/cli/build-index';
import { cleanTemps, readTree, ROOT, tempDir } from './helpers';

// Generating takes about a second and indexing the corpus a few: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('the sample corpus generator', () => {
  let corpus: GeneratedCorpus;
  beforeAll(() => {
    corpus = generateCorpus();
  });
  afterAll(cleanTemps);

  it('writes the same files for the same seed', () => {
    const again = generateCorpus();
    expect(again.files.map((f) => f.path)).toEqual(corpus.files.map((f) => f.path));
    expect(again.files).toEqual(corpus.files);
  });

  // A change to the generator or its data must come with the regenerated folder (npm run corpus).
  it('wrote the checked-in content/', () => {
    const checkedIn = readTree(path.join(ROOT, 'content'));
    expect([...checkedIn.keys()].sort()).toEqual(corpus.files.map((f) => f.path).sort());
    for (const f of corpus.files) expect(checkedIn.get(f.path), f.path).toBe(f.text);
  });

  it('writes files the indexer accepts without a rejection', async () => {
    const contentDir = tempDir('heatline-sample-corpus-');
    writeCorpus(contentDir, corpus.files);
    const report = await buildIndex({ contentDir, outDir: tempDir('heatline-sample-index-') });
    expect(report.rejected).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.filesRead).toBe(corpus.stats.articles);
  });
});
