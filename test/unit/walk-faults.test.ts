/** A folder the indexer may not list (permissions, a dead network share) is named, and the rest is indexed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { articleText, cleanTemps, tempDir } from './helpers';

// Tests run as root in CI, where permissions deny nothing: the refusal is
// the file system's answer, given here for one folder.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = (async (dir: string, ...rest: unknown[]) => {
    if (String(dir).endsWith(`${path.sep}locked`)) {
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(dir)}'`), { code: 'EACCES' });
    }
    return (fs.readdir as (...args: unknown[]) => unknown)(dir, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

afterAll(cleanTemps);

describe('an unreadable folder', () => {
  it('is named in the report with its reason, and every other file is indexed', async () => {
    const dir = tempDir('heatline-walk-');
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'locked', 'inside.md'), articleText({ webUrl: 'https://a.example/1' }));
    writeFileSync(path.join(dir, 'open.md'), articleText({ webUrl: 'https://a.example/2' }));
    const report = await buildIndex({ contentDir: dir, outDir: tempDir('heatline-out-') });
    expect(report.articles).toBe(1);
    expect(report.skipped).toEqual([{ file: 'locked', reason: 'folder could not be read (EACCES)' }]);
  });
});
