/**
 * Builds killed for good (SIGKILL) at each named point of the commit, and at
 * arbitrary moments: the folder always holds a complete index, and the next
 * build leaves neither temporary files nor shards of the dead build behind.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus';
import type { FaultPoint } from '../../src/cli/fault-points';
import { cleanTemps, tempDir } from '../unit/helpers';
import { kill, litter, liveIndex, runCli, startCli, stopped } from './helpers';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
afterAll(cleanTemps);

const corpora: string[] = [];
beforeAll(async () => {
  for (const seed of [1, 2, 3]) {
    const dir = tempDir(`heatline-kill-corpus-${seed}-`);
    await generateCorpus({ count: 150, dir, seed });
    corpora.push(dir);
  }
});

const build = async (corpus: string, out: string, ...flags: string[]) => {
  const run = await runCli([corpus, '--out', out, '--json', '--no-cache', ...flags]);
  expect(run.code, run.stderr).toBe(0);
  return liveIndex(out);
};

function shardsOnDisk(out: string): string[] {
  return ['articles', 'cards', 'lists', 'ranks', 'stories', 'topics'].flatMap((dir) =>
    readdirSync(path.join(out, dir)).map((name) => `${dir}/${name}`));
}

// Before the manifest rename the old build must still be live; after it, the new one.
const POINTS: [FaultPoint, 'old' | 'new'][] = [
  ['listed', 'old'],
  ['shards-written', 'old'],
  ['between-renames', 'old'],
  ['manifest-live', 'new'],
  ['list-final', 'new'],
];

describe.each(POINTS)('a build killed at "%s"', (point, live) => {
  it(`leaves the ${live} index complete, and the next builds leave no litter`, async () => {
    const out = tempDir('heatline-kill-out-');
    const old = await build(corpora[0]!, out);
    const doomed = startCli([corpora[1]!, '--out', out, '--json', '--no-cache'], { stopAt: point });
    await stopped(doomed);
    await kill(doomed);

    const after = liveIndex(out);
    if (live === 'old') expect(after.buildId).toBe(old.buildId);
    else expect(after.buildId).not.toBe(old.buildId);

    // The next build takes the dead build's lock, sweeps its temporary files
    // and publishes; one more retires whatever the dead build left.
    const third = await build(corpora[2]!, out);
    expect(litter(out)).toEqual([]);
    // A reader tab opened before it still finds the build that was live.
    expect([...after.names].filter((name) => !existsSync(path.join(out, name)))).toEqual([]);
    const fourth = await build(corpora[0]!, out);
    expect(fourth.buildId).toBe(old.buildId);
    expect(litter(out)).toEqual([]);
    // What stays on disk is the live build and the one before it, nothing else.
    const expected = new Set([...third.names, ...fourth.names]);
    expect(shardsOnDisk(out).filter((name) => !expected.has(name))).toEqual([]);
  });
});

describe('builds killed at arbitrary moments', () => {
  it('always leave a complete index', async () => {
    const out = tempDir('heatline-kill-out-');
    const old = await build(corpora[0]!, out);
    const seen = new Set<string>();
    // From parsing to writing: the moments spread over a build of this size.
    for (const delay of [150, 500, 900, 1400, 2000]) {
      const doomed = startCli([corpora[delay % 2 ? 1 : 2]!, '--out', out, '--json', '--no-cache', '--workers', '2']);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await kill(doomed);
      seen.add(liveIndex(out).buildId);
    }
    expect(seen.size).toBeGreaterThanOrEqual(1);
    await build(corpora[0]!, out);
    expect(liveIndex(out).buildId).toBe(old.buildId);
    expect(litter(out)).toEqual([]);
  });
});
