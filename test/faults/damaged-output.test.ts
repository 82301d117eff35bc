/**
 * Damaged files in the output folder are not trusted: a truncated, altered or
 * deleted shard is found before the build calls the index up to date, and
 * rewritten.
 */
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanTemps, ROOT, tempDir } from '../unit/helpers';
import { jsonOf, liveIndex, runCli } from './helpers';

vi.setConfig({ testTimeout: 120_000 });
afterAll(cleanTemps);

const CORPUS = path.join(ROOT, 'test/fixtures/corpus');

/** A fresh build with its own build cache (in its own working folder). */
async function built() {
  const cwd = tempDir('heatline-cwd-');
  const out = tempDir('heatline-out-');
  const rebuild = (...flags: string[]) => runCli([CORPUS, '--out', out, '--json', ...flags], { cwd });
  expect((await rebuild()).code).toBe(0);
  const names = [...liveIndex(out).names].sort();
  const again = jsonOf(await rebuild());
  expect(again.repaired).toBe(0);
  return { out, rebuild, names };
}

describe('a damaged shard in the output folder', () => {
  it('is rewritten when it was cut short, even though nothing in the content changed', async () => {
    const { out, rebuild, names } = await built();
    const victim = names.find((name) => name.startsWith('cards/'))!;
    truncateSync(path.join(out, victim), 10);
    expect(() => liveIndex(out)).toThrow(victim);
    const run = await rebuild();
    expect(jsonOf(run).repaired).toBe(1);
    expect(() => liveIndex(out)).not.toThrow();
  });

  it('is rewritten when it was deleted', async () => {
    const { out, rebuild, names } = await built();
    const victim = names.find((name) => name.startsWith('articles/'))!;
    rmSync(path.join(out, victim));
    expect(jsonOf(await rebuild()).repaired).toBe(0);
    expect(() => liveIndex(out)).not.toThrow();
  });

  it('is compared byte for byte by a build without the cache, which rewrites an altered one of the same size', async () => {
    const { out, rebuild, names } = await built();
    const victim = path.join(out, names.find((name) => name.startsWith('lists/'))!);
    const bytes = readFileSync(victim);
    const at = bytes.indexOf(0x22) + 1;
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(victim, bytes);
    expect(jsonOf(await rebuild('--no-cache')).repaired).toBe(1);
    expect(readFileSync(victim)).not.toEqual(bytes);
    expect(() => liveIndex(out)).not.toThrow();
  });
});
