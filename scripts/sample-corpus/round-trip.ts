/** Reads each written front matter back with a second YAML library: what the generator meant is what a parser sees. */
import { parse as parseYaml } from 'yaml';
import type { Art } from './model';
import { iso } from './time';

export function checkRoundTrip(a: Art, text: string): void {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${a.file}: no front matter`);
  const fm = parseYaml(m[1] ?? '') as Record<string, unknown>;
  const fail = (what: string) => {
    throw new Error(`${a.file}: ${what} did not round-trip`);
  };
  if (fm.title !== a.title) fail('title');
  if (fm.excerpt !== a.excerpt) fail(`excerpt ${JSON.stringify(fm.excerpt)} vs ${JSON.stringify(a.excerpt)}`);
  if (a.webUrl && fm.webUrl !== a.webUrl) fail('webUrl');
  if (fm.originalUrl !== a.originalUrl) fail('originalUrl');
  if (String(fm.publishedDateTime) !== iso(a.published)) fail('publishedDateTime');
  if (!Array.isArray(fm.topics) || fm.topics.length !== a.topics.length) fail('topics');
  if ((Array.isArray(fm.related) ? fm.related.length : 0) !== a.related.length) fail('related');
  const prov = fm.provider as { name?: unknown } | undefined;
  if (prov?.name !== a.provider.name) fail('provider.name');
  if (a.heat !== undefined && fm.heat !== a.heat) fail('heat');
}
