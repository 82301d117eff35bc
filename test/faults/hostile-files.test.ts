/**
 * One hostile file must never crash or stall a build: each shape below once
 * crashed a parse worker or took minutes. Built by the real command on parse
 * workers, all of them beside an ordinary corpus, within a time limit: each
 * is rejected naming the limit it broke, and every ordinary file is indexed.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanTemps, ROOT, tempDir } from '../unit/helpers';
import { jsonOf, runCli } from './helpers';

vi.setConfig({ testTimeout: 120_000 });
afterAll(cleanTemps);

const head = (name: string, extra = '') =>
  `---\ntitle: "Hostile ${name}"\nwebUrl: "https://hostile.example/${name}"\npublishedDateTime: "2026-11-20T10:00:00Z"\n${extra}---\n`;

/** File name → [content, what the rejection must say, or null: valid, and indexed without a stall]. */
const HOSTILE: Record<string, [string, RegExp | null]> = {
  'nested-blockquotes.md': [head('quotes') + `${'>'.repeat(200_000)} deep\n`, /^body: blockquotes nested 200000 deep; the limit is 32$/],
  'nested-lists.md': [head('lists') + Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), /^body: a line indented \d+ columns \(lists nested too deep\); the limit is 100$/],
  'unclosed-emphasis.md': [head('emphasis') + '**a'.repeat(70_000), /^body: 70000 emphasis marks \(\* or _\) in one paragraph; the limit is 1000$/],
  'unclosed-underscores.md': [head('underscores') + '_a'.repeat(100_000), /^body: 100000 emphasis marks/],
  'nested-html.md': [head('html') + '<div>'.repeat(100_000), /^body: HTML elements nested 100000 deep; the limit is 256$/],
  'spaces-in-a-key.md': [head('spaces', `a${' '.repeat(60_000)}b: c\n`), null],
  'long-front-matter-line.md': [head('long-line', `category: a${' '.repeat(200_000)}b\n`), /^front matter line of 200012 characters; the limit is 65536$/],
  'thousands-of-topics.md': [head('topics', `topics:\n${Array.from({ length: 30_000 }, (_, i) => `  - topic ${i}`).join('\n')}\n`), /^30000 topics entries; the limit is 100$/],
  'thousands-of-related.md': [head('related', `related:\n${Array.from({ length: 3_000 }, (_, i) => `  - title: r${i}\n    webUrl: https://e.example/${i}`).join('\n')}\n`), /^3000 related entries; the limit is 100$/],
  'huge-title.md': [`---\ntitle: "${'T'.repeat(50_000)}"\nwebUrl: "https://hostile.example/title"\npublishedDateTime: "2026-11-20T10:00:00Z"\n---\n`, /^title is 50000 characters; the limit is 10000$/],
};

describe('hostile files beside an ordinary corpus', () => {
  it('are each rejected with the limit they broke, and everything else is indexed', async () => {
    const ordinary = tempDir('heatline-ordinary-');
    cpSync(path.join(ROOT, 'test/fixtures/corpus'), ordinary, { recursive: true });
    const expected = jsonOf(await runCli([ordinary, '--out', tempDir('heatline-out-'), '--json', '--no-cache']));

    const dir = tempDir('heatline-hostile-');
    cpSync(ordinary, dir, { recursive: true });
    for (const [name, [text]] of Object.entries(HOSTILE)) writeFileSync(path.join(dir, name), text);
    const started = Date.now();
    const run = await runCli([dir, '--out', tempDir('heatline-out-'), '--json', '--no-cache', '--workers', '2']);
    const report = jsonOf(run);
    // Generous for a shared machine; before the limits one file alone took minutes.
    expect(Date.now() - started).toBeLessThan(60_000);

    const reasons = Object.fromEntries(report.rejected.map((r) => [r.file, r.reason]));
    const valid = Object.values(HOSTILE).filter(([, reason]) => reason === null).length;
    for (const [name, [, reason]] of Object.entries(HOSTILE)) {
      if (reason) expect(reasons[name], name).toMatch(reason);
      else expect(reasons[name], name).toBeUndefined();
    }
    expect(report.articles).toBe(expected.articles + valid);
    expect(report.rejected.length).toBe(expected.rejected.length + Object.keys(HOSTILE).length - valid);
  });
});
