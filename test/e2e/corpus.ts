/**
 * What the tests know about the sample corpus, read from the index the global
 * setup wrote (not hard-coded slugs), so a regenerated corpus still works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleShard, Manifest, TopicsShard } from '../../src/shared/index-schema';

const root = path.resolve(import.meta.dirname, '../..');
const data = path.join(root, '.cache/e2e/dist/data');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(data, file), 'utf8')) as T;

let cache: Article[] | undefined;

/** Every article of the index, hottest first. */
export function articles(): Article[] {
  if (cache) return cache;
  const all: Article[] = [];
  for (const file of readdirSync(path.join(data, 'articles'))) {
    const shard = readJson<Partial<ArticleShard>>(`articles/${file}`);
    if (shard.articles) all.push(...Object.values(shard.articles));
  }
  cache = all.sort((a, b) => (b.heat ?? 0) - (a.heat ?? 0) || Date.parse(b.published) - Date.parse(a.published));
  return cache;
}

export function find(what: string, test: (article: Article) => boolean): Article {
  const article = articles().find(test);
  if (!article) throw new Error(`the sample corpus has no ${what}`);
  return article;
}

export const topArticle = () => articles()[0]!;
export const videoArticle = () => find('video article', (a) => a.video?.kind === 'youtube');
export const articleWithInternalRelated = () =>
  find('article with an internal related entry', (a) => a.related.some((entry) => !!entry.slug));

export function topics(): TopicsShard['topics'] {
  return readJson<TopicsShard>(readJson<Manifest>('manifest.json').topics).topics;
}

/**
 * The articles whose source file carries hostile HTML in its body (scripts,
 * event handlers, `javascript:` links), matched to the index by title.
 */
export function hostileArticles(): Article[] {
  const content = path.join(root, 'content');
  const titles = new Set<string>();
  for (const entry of readdirSync(content, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(md|markdown|txt)$/.test(entry.name) || entry.name === 'README.md') continue;
    const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    const body = text.split(/^---$/m).slice(2).join('---');
    if (!/<script|\son\w+=|javascript:/i.test(body)) continue;
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1];
    if (title) titles.add(title);
  }
  return articles().filter((a) => titles.has(a.title));
}
