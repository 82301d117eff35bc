/**
 * What the tests know about the sample corpus, read from the index the global
 * setup wrote (not hard-coded slugs), so a regenerated corpus still works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  Article,
  ArticleShard,
  Card,
  CardIndexShard,
  CardsShard,
  Manifest,
  Sort,
  StoryPage,
  StoryShard,
  TopicsShard,
} from '../../src/shared/index-schema';
import { normalizeFile } from '../../src/cli/parse/normalize';
import { articleKey, articleSlug } from '../../src/cli/link/slug';
import { sortItems } from '../../src/shared/sort-order';
import { collapseStories } from '../../src/shared/story-lists';

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

export const manifest = (): Manifest => readJson<Manifest>('manifest.json');

export function topics(): TopicsShard['topics'] {
  return readJson<TopicsShard>(manifest().topics).topics;
}

/** Every card of the index, from the global card store. */
export function cards(): Card[] {
  const { chunks } = readJson<CardIndexShard>(manifest().cards);
  return chunks.flatMap((chunk) => readJson<CardsShard>(chunk).cards);
}

/**
 * A list as the reader must show it, worked out here from every card with
 * the shared rules: sorted, then one entry per story.
 */
export function expectedList(sort: Sort, keep: (card: Card) => boolean = () => true): Card[] {
  return collapseStories(sortItems(cards().filter(keep), sort), (card) => card.story);
}

/** Every story page of the index, largest first. */
function stories(): StoryPage[] {
  const all: StoryPage[] = [];
  for (const file of readdirSync(path.join(data, 'stories'))) {
    const shard = readJson<Partial<StoryShard>>(`stories/${file}`);
    if (shard.stories) all.push(...Object.values(shard.stories));
  }
  return all.sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
}

/** Articles of several outlets about one event: the sample corpus must have some. */
export function multiOutletStory(): StoryPage {
  const story = stories().find((s) => s.outlets >= 3);
  if (!story) throw new Error('the sample corpus has no story from three or more outlets');
  return story;
}

/**
 * The `published: false` files in content/: drafts, which the index leaves
 * out. Each is read as the indexer would read it if it kept drafts, so its
 * title is the cleaned one and `slug` is the address it would have had.
 */
export function drafts(): { title: string; slug: string }[] {
  return contentFiles()
    .filter((text) => /^published:\s*false\s*$/m.test(frontMatter(text)))
    .flatMap((text, n) => {
      const outcome = normalizeFile(`draft-${n}.md`, new TextEncoder().encode(text), { includeUnpublished: true });
      if (outcome.kind !== 'article') return [];
      const { title, canonical } = outcome.record;
      return [{ title, slug: articleSlug(title, articleKey(canonical)) }];
    });
}

const frontMatter = (text: string) => text.split(/^---\s*$/m)[1] ?? '';

function contentFiles(): string[] {
  const content = path.join(root, 'content');
  return readdirSync(content, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown|txt)$/.test(entry.name) && entry.name !== 'README.md')
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}

/**
 * The articles whose source file carries hostile HTML in its body (scripts,
 * event handlers, `javascript:` links), matched to the index by title.
 */
export function hostileArticles(): Article[] {
  const titles = new Set<string>();
  for (const text of contentFiles()) {
    const body = text.split(/^---$/m).slice(2).join('---');
    if (!/<script|\son\w+=|javascript:/i.test(body)) continue;
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1];
    if (title) titles.add(title);
  }
  return articles().filter((a) => titles.has(a.title));
}
