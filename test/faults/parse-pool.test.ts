/**
 * A parse worker is the unit of failure: one that runs out of memory or past
 * the time budget takes down only the file it was on. The rest of its batch
 * is parsed again on a fresh worker.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CompactRecord } from '../../src/cli/record';
import { parseAll } from '../../src/cli/parse/parse-pool';
import type { ParseTask } from '../../src/cli/parse/worker-thread';
import type { FileOutcome } from '../../src/cli/record';
import { articleText, cleanTemps, tempDir } from '../unit/helpers';

vi.setConfig({ testTimeout: 120_000 });
afterAll(cleanTemps);

const head = `---\ntitle: "Heavy"\nwebUrl: "https://heavy.example/a"\npublishedDateTime: "2026-11-20T10:00:00Z"\n---\n`;
// Within every per-file limit, yet hundreds of MB of tokens and seconds of work.
const HEAVY = head + `${'|a'.repeat(4000)}|\n${'|-'.repeat(4000)}|\n${`${'|b'.repeat(4000)}|\n`.repeat(110)}`;

/** 40 ordinary files with the heavy one in the middle of the first batch. */
function folder(): ParseTask[] {
  const dir = tempDir('heatline-pool-');
  const tasks: ParseTask[] = [];
  for (let i = 0; i < 40; i++) {
    const rel = i === 20 ? 'heavy.md' : `ok-${i}.md`;
    const text = i === 20 ? HEAVY : articleText({ title: `Ordinary ${i}`, webUrl: `https://ok.example/${i}` }, `Body ${i}.`);
    writeFileSync(path.join(dir, rel), text);
    tasks.push({ file: path.join(dir, rel), rel });
  }
  return tasks;
}

async function parse(tasks: ParseTask[], pool: Parameters<typeof parseAll>[2]) {
  const outcomes = new Map<string, FileOutcome<CompactRecord>>();
  await parseAll(tasks, { spillDir: tempDir('heatline-spill-') }, pool, (task, outcome) => {
    expect(outcomes.has(task.rel), `${task.rel} reported twice`).toBe(false);
    outcomes.set(task.rel, outcome);
  });
  return outcomes;
}

describe('parse workers under faults', () => {
  it('reject a file whose worker runs out of memory, and parse every other file', async () => {
    const outcomes = await parse(folder(), { workers: 2, heapMb: 48 });
    expect(outcomes.size).toBe(40);
    expect(outcomes.get('heavy.md')).toMatchObject({
      kind: 'rejected', reason: 'parsing needed more memory than a parse worker has; the limit is 48 MB', transient: true,
    });
    expect([...outcomes].filter(([rel, o]) => rel !== 'heavy.md' && o.kind !== 'article')).toEqual([]);
  });

  it('stop a file that runs past the time budget, and parse every other file', async () => {
    const outcomes = await parse(folder(), { workers: 1, budgetMs: 200 });
    expect(outcomes.size).toBe(40);
    expect(outcomes.get('heavy.md')).toMatchObject({
      kind: 'rejected', reason: 'parsing took longer than 0.2 s; the limit is 0.2 s per file', transient: true,
    });
    expect([...outcomes].filter(([rel, o]) => rel !== 'heavy.md' && o.kind !== 'article')).toEqual([]);
  });

  it('reject a slow file in-process too, so the outcome does not depend on --workers', async () => {
    const outcomes = await parse(folder(), { workers: 0, budgetMs: 200 });
    expect(outcomes.get('heavy.md')).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/^parsing took \d+(\.\d)? s; the limit is 0.2 s per file$/) });
  });
});
