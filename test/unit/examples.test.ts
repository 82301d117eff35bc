/**
 * Indexes the real example files from ../shared/examples when that folder
 * exists (it is not part of the repo; nothing is copied from it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIndex, type BuildReport } from '../../src/cli/build-index';
import {
  manifestSchema, type Article, type ArticleShard, type Manifest, type TopicsShard,
} from '../../src/shared/index-schema';
import { articleKey } from '../../src/cli/link/slug';
import { canonicalUrl } from '../../src/cli/parse/urls';
import { articleAt, cleanTemps, readTree, ROOT, tempDir, unsafeUrls } from './helpers';

// Real files and child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const EXAMPLES = path.resolve(ROOT, '../shared/examples');
const REFERENCE_TITLE = 'Deep Learning Network Predicts Cancer Cells’ Metastatic Potential';

// Not part of the repository: say so on every run without them, instead of
// passing in silence (CI copies them beside the clone).
if (!existsSync(EXAMPLES)) {
  console.warn(`SKIPPED: the real examples are not at ${EXAMPLES}; test/unit/examples.test.ts checks nothing on this machine`);
}

describe.skipIf(!existsSync(EXAMPLES))('the real examples in ../shared/examples', () => {
  let outDir: string;
  let report: BuildReport;
  let manifest: Manifest;
  let tree: Map<string, string>;

  const json = <T>(name: string): T => JSON.parse(tree.get(name)!) as T;
  const article = (slug: string) => articleAt(manifest, json, slug);
  const byTitle = (title: string): Article => {
    for (const [name, text] of tree) {
      if (!name.startsWith('articles/')) continue;
      const found = Object.values((JSON.parse(text) as Partial<ArticleShard>).articles ?? {}).find((a) => a.title === title);
      if (found) return article(found.slug)!;
    }
    throw new Error(`no article titled ${title}`);
  };

  beforeAll(async () => {
    outDir = tempDir('heatline-examples-');
    // The reference file is a draft (`published: false`): index it to check it.
    report = await buildIndex({ contentDir: EXAMPLES, outDir, includeUnpublished: true });
    tree = readTree(outDir);
    manifest = manifestSchema.parse(json<unknown>('manifest.json'));
  });
  afterAll(cleanTemps);

  it('indexes every article file and rejects none (README.md is not an article)', () => {
    expect(report.rejected).toEqual([]);
    expect(report.filesRead).toBe(4);
    expect(report.articles).toBe(4);
  });

  it('leaves the draft out by default, as the source site did', async () => {
    const plain = await buildIndex({ contentDir: EXAMPLES, outDir: tempDir('heatline-examples-') });
    expect(plain).toMatchObject({ articles: 3, unpublished: 1, rejected: [] });
  });

  it('repairs the reference title, keeps its related entry and flags it unpublished', () => {
    const ref = byTitle(REFERENCE_TITLE);
    expect(ref.slug).toBe(`deep-learning-network-predicts-cancer-cells-metastatic-potential-${articleKey(canonicalUrl(ref.url))}`);
    expect(ref.unpublished).toBe(true);
    expect(ref.url).toBe('https://www.technologynetworks.com/cancer-research/news/deep-learning-network-predicts-cancer-cells-metastatic-potential-372869');
    expect(ref.topics.map((t) => t.name)).toEqual(['Machine Learning', 'AI']);
    expect(ref.images).toEqual([{
      url: 'https://assets.technologynetworks.com/production/dynamic/images/content/372869/deep-learning-network-predicts-cancer-cells-metastatic-potential-372869-640x360.jpg?cb=20230503',
      width: 640, height: 360,
    }]);
    expect(ref.related).toHaveLength(1);
    expect(ref.related[0]).toMatchObject({
      title: 'Researchers develop a deep learning model to classify cancer cells by type',
      url: 'https://www.news-medical.net/news/20230502/Researchers-develop-a-deep-learning-model-to-classify-cancer-cells-by-type.aspx',
      published: '2023-05-03T03:21:00.000Z',
      provider: { domain: 'news-medical.net', name: 'News Medical' },
      image: { url: 'https://d2jx2rerrg6sh3.cloudfront.net/image-handler/picture/2014/7/174318220-620x480.jpg', width: 620, height: 480 },
    });
    expect(manifest.counts.unpublished).toBe(1);
  });

  it('keeps a YouTube id for the video, never its featuredContent', () => {
    const video = byTitle('Microsoft Power Apps | 2019 release wave 2 overview');
    expect(video.type).toBe('video');
    expect(video.video).toEqual({ kind: 'youtube', id: 'WJk-Y8LQlfE' });
    expect(video.url).toBe('https://youtube.com/watch?v=WJk-Y8LQlfE');
    expect(video.excerpt).not.toMatch(/\s\s/);
    const all = [...tree.values()].join('\n');
    expect(all).not.toMatch(/<iframe|featuredContent|allowfullscreen/);
  });

  it('keeps the download’s actions, authors and sanitised body, and drops its root-relative logo', () => {
    const download = byTitle('25 Days of Flows - The App behind the series.');
    expect(download.type).toBe('download');
    expect(download.actions).toEqual([{
      url: 'https://powerusers.microsoft.com/jgvjg48436/attachments/jgvjg48436/AppFeedbackGallery/372/1/25%20Days%20of%20flows%20the%20Power%20Automate%20Advent%20Calendar.msapp',
      title: 'Download Source Code',
      type: 'download',
    }]);
    expect(download.authors).toEqual(['audrieg']);
    expect(download.body).toContain('Sharing the app with you');
    expect(download.body).not.toContain('class=');
    expect(report.warnings.some((w) => w.file.startsWith('power-apps-community') && /root-relative/.test(w.message))).toBe(true);
  });

  it('keeps the Carrier article’s related entries, logo and scores', () => {
    const carrier = byTitle('How Carrier predicts HVAC faults using AWS Glue and Amazon SageMaker');
    expect(carrier).toMatchObject({ heat: 134, quality: 104 });
    expect(carrier.related).toHaveLength(3);
    expect(carrier.provider).toEqual({
      domain: 'aws.amazon.com', name: 'AWS', logo: 'https://everyday-cc.github.io/ai/assets/images/organizations/aws.amazon.com-50x50.jpg',
    });
  });

  it('merges topics and providers across files', () => {
    const { topics } = json<TopicsShard>(manifest.topics);
    expect(topics.find((t) => t.name === 'AI')).toMatchObject({ slug: 'ai', count: 2 });
    expect(topics.find((t) => t.name === 'Power Apps')).toMatchObject({ slug: 'power-apps', count: 2 });
    expect(manifest.counts.providers).toBe(3);
  });

  it('writes no secured text anywhere', () => {
    const all = [...tree.values()].join('\n');
    expect(all).not.toContain('secured');
    const files = readdirSync(EXAMPLES).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md');
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!;
      const secured = (parse(yaml) as { secured?: string }).secured;
      if (!secured) continue;
      for (let i = 0; i + 20 <= secured.length; i += 20) {
        expect(all).not.toContain(secured.slice(i, i + 20));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('writes only http(s) URLs', () => {
    for (const [name, text] of tree) expect(unsafeUrls(JSON.parse(text)), name).toEqual([]);
  });

  it('resolves the root-relative logo with --base-url', async () => {
    const out = tempDir('heatline-examples-base-');
    const withBase = await buildIndex({ contentDir: EXAMPLES, outDir: out, baseUrl: 'https://everyday-cc.github.io' });
    expect(withBase.warnings.filter((w) => /root-relative/.test(w.message))).toEqual([]);
  });
});
