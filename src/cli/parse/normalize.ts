/** Turns one file's bytes into an ArticleRecord, or a rejection with a reason and line. */
import { createHash } from 'node:crypto';
import { renderBody } from './body';
import { checkBody } from './body-limits';
import { FieldReader } from './field-reader';
import { parseFrontMatter } from './front-matter';
import {
  actionInputSchema, dateSchema, flagSchema, isDateOnly, providerInputSchema, relatedInputSchema, scoreSchema, typeSchema,
} from './input-schema';
import { MAX_FILE_BYTES, MAX_TEXT } from './limits';
import { truncate } from './text';
import type { ArticleRecord, FileOutcome, RawRelated } from '../record';
import { canonicalUrl, domainOf, iframeSrc, youtubeId } from './urls';

export { MAX_FILE_BYTES };

export type NormalizeOptions = {
  baseUrl?: string;
  /** Index `published: false` drafts, flagged, instead of leaving them out. */
  includeUnpublished?: boolean;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function articleId(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}


function decode(bytes: Uint8Array): string | { reason: string } {
  if (bytes.length > MAX_FILE_BYTES) {
    return { reason: `file too large (${bytes.length} bytes; the limit is ${MAX_FILE_BYTES})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  try {
    return utf8.decode(bytes);
  } catch {
    return { reason: 'binary or non-UTF-8 file: the text must be UTF-8' };
  }
}

export function normalizeFile(file: string, bytes: Uint8Array, options: NormalizeOptions = {}): FileOutcome {
  const text = decode(bytes);
  if (typeof text !== 'string') return { kind: 'rejected', reason: text.reason, warnings: [] };
  const fm = parseFrontMatter(text);
  if ('reason' in fm) return { kind: 'rejected', reason: fm.reason, line: fm.line, column: fm.column, warnings: [] };
  const { data, lineOf } = fm;
  const cx = new FieldReader(lineOf, options.baseUrl);
  const reject = (field: string, reason: string): FileOutcome => ({
    kind: 'rejected', reason, line: lineOf(field) ?? 2, warnings: cx.warnings,
  });

  const removed = cx.optional(flagSchema, data.removed, 'removed', 'is not true or false');
  const deleted = cx.optional(flagSchema, data.deleted, 'deleted', 'is not true or false');
  if (removed || deleted) return { kind: 'removed', warnings: cx.warnings };
  // In Jekyll `published: false` means "do not publish". A draft left out is
  // not checked either, like a removed file: it may still be half written.
  const isPublished = cx.optional(flagSchema, data.published, 'published', 'is not true or false') ?? true;
  if (!isPublished && !options.includeUnpublished) return { kind: 'skipped-unpublished', warnings: cx.warnings };

  if (typeof data.title === 'string' && data.title.length > MAX_TEXT) {
    return reject('title', `title is ${data.title.length} characters; the limit is ${MAX_TEXT}`);
  }
  const title = cx.text(data.title, 'title');
  if (!title) return reject('title', data.title === undefined ? 'missing title' : 'title is empty or not text');
  const webUrl = cx.url(data.webUrl, 'webUrl');
  const originalUrl = cx.url(data.originalUrl, 'originalUrl');
  const url = webUrl ?? originalUrl;
  if (!url) return reject(data.webUrl !== undefined ? 'webUrl' : 'originalUrl', 'no usable link: webUrl or originalUrl must be an absolute http(s) URL');
  const published = dateSchema.safeParse(data.publishedDateTime);
  if (!published.success) {
    return reject('publishedDateTime', data.publishedDateTime === undefined
      ? 'missing publishedDateTime'
      : `publishedDateTime is not a date (${JSON.stringify(data.publishedDateTime)?.slice(0, 40)})`);
  }

  const type = cx.optional(typeSchema, data.type, 'type', 'is not article, video, download or collection') ?? 'article';
  const provider = providerInputSchema.safeParse(data.provider ?? {});
  if (!provider.success) cx.warn('provider', 'is not a mapping; dropped');
  const p = provider.success ? provider.data : {};
  const providerDomain = domainOf(cx.text(p.domain, 'provider.domain') ?? '') || domainOf(url);

  const featured = typeof data.featuredContent === 'string' ? iframeSrc(data.featuredContent) : undefined;
  const videoId = [originalUrl, webUrl, featured].map((u) => (u ? youtubeId(u) : undefined)).find(Boolean);
  const canonical = canonicalUrl(url);
  const bodyProblem = checkBody(fm.body);
  if (bodyProblem) {
    return { kind: 'rejected', reason: `body: ${bodyProblem.reason}`, line: fm.bodyLine + bodyProblem.line - 1, warnings: cx.warnings };
  }
  let body: string | undefined;
  try {
    body = renderBody(fm.body, options.baseUrl);
  } catch (error) {
    // The markdown library's own text ends "Please report this to …": the
    // reader of the build report needs to know it is this file's body.
    const first = ((error as Error).message ?? String(error)).split('\n')[0]!;
    const cut = first.search(/Please report this/i);
    const message = (cut < 0 ? first : first.slice(0, cut)).trimEnd();
    return { kind: 'rejected', reason: `body could not be converted to HTML (${message})`, line: fm.bodyLine, warnings: cx.warnings };
  }

  const record: ArticleRecord = {
    file,
    id: articleId(canonical),
    canonical,
    url,
    title,
    excerpt: cx.excerpt(data.excerpt, 'excerpt'),
    type,
    publishedMs: published.data,
    ...(isDateOnly(data.publishedDateTime) ? { dateOnly: true as const } : {}),
    heat: cx.optional(scoreSchema, data.heat, 'heat', 'is not a number from 0 to 1,000,000'),
    quality: cx.optional(scoreSchema, data.quality, 'quality', 'is not a number from 0 to 1,000,000'),
    unpublished: !isPublished,
    category: cx.text(data.category, 'category'),
    providerDomain,
    providerName: cx.text(p.name, 'provider.name'),
    providerLogo: cx.images(p.images, 'provider.images')[0]?.url,
    topicNames: topicNames(cx, data.topics),
    images: cx.images(data.images, 'images'),
    body,
    video: videoId ? { kind: 'youtube', id: videoId } : undefined,
    actions: actions(cx, data.actions),
    authors: authors(cx, p.authors),
    related: related(cx, data.related),
  };
  return { kind: 'article', record, warnings: cx.warnings };
}

function list(cx: FieldReader, value: unknown, field: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  cx.warn(field, 'is not a list; dropped');
  return [];
}

/** Longer topic names are shortened at a word, with "…", so a chip and a page heading stay readable. */
const TOPIC_NAME_MAX = 80;

function topicNames(cx: FieldReader, value: unknown): string[] {
  const names = typeof value === 'string' ? [value] : list(cx, value, 'topics');
  return names.flatMap((name, i) => {
    const text = cx.text(name, `topics[${i}]`);
    if (text === undefined) return [];
    if (text.length <= TOPIC_NAME_MAX) return [text];
    cx.warn(`topics[${i}]`, `is ${text.length} characters; shortened to ${TOPIC_NAME_MAX}`);
    return [truncate(text, TOPIC_NAME_MAX)];
  });
}

function authors(cx: FieldReader, value: unknown): string[] | undefined {
  const names = list(cx, value, 'provider.authors').flatMap((a, i) =>
    cx.text(a && typeof a === 'object' ? (a as { name?: unknown }).name : a, `provider.authors[${i}]`) ?? []);
  return names.length ? names : undefined;
}

function actions(cx: FieldReader, value: unknown): ArticleRecord['actions'] {
  const out = list(cx, value, 'actions').flatMap((item, i) => {
    const parsed = actionInputSchema.safeParse(item);
    const url = parsed.success ? cx.url(parsed.data.url, `actions[${i}].url`) : undefined;
    if (!parsed.success || !url) return [];
    const type = cx.text(parsed.data.type, `actions[${i}].type`);
    return [{ url, title: cx.text(parsed.data.title, `actions[${i}].title`) ?? 'Download', ...(type ? { type } : {}) }];
  });
  return out.length ? out : undefined;
}

function related(cx: FieldReader, value: unknown): RawRelated[] {
  return list(cx, value, 'related').flatMap((item, i): RawRelated[] => {
    const where = `related[${i}]`;
    const parsed = relatedInputSchema.safeParse(item);
    const title = parsed.success ? cx.text(parsed.data.title, `${where}.title`) : undefined;
    if (!parsed.success || !title) {
      cx.warn(where, 'has no title; dropped');
      return [];
    }
    const r = parsed.data;
    const url = cx.url(r.webUrl, `${where}.webUrl`) ?? cx.url(r.originalUrl, `${where}.originalUrl`);
    const provider = providerInputSchema.safeParse(r.provider ?? {});
    const domain = provider.success ? domainOf(cx.text(provider.data.domain, `${where}.provider.domain`) ?? '') : '';
    const name = provider.success ? cx.text(provider.data.name, `${where}.provider.name`) : undefined;
    const providerDomain = domain || (url ? domainOf(url) : '');
    const published = cx.optional(dateSchema, r.publishedDateTime, `${where}.publishedDateTime`, 'is not a date');
    const entry: RawRelated = {
      title,
      url,
      canonical: url ? canonicalUrl(url) : undefined,
      excerpt: cx.excerpt(r.excerpt, `${where}.excerpt`),
      published: published === undefined ? undefined : new Date(published).toISOString(),
      dateOnly: published !== undefined && isDateOnly(r.publishedDateTime) ? true : undefined,
      type: cx.optional(typeSchema, r.type, `${where}.type`, 'is not a known type'),
      provider: providerDomain ? { domain: providerDomain, name: name ?? providerDomain } : undefined,
      image: cx.images(r.images, `${where}.images`)[0],
    };
    return [entry];
  });
}
