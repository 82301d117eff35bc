/**
 * Hugo as a peer: a minimal site whose content folder is the benchmark
 * corpus itself and whose only output is one JSON file listing every page's
 * title, date, url, topics and excerpt, from the same front matter Heatline
 * reads. Pages are listed but never rendered, and nothing else is built (no
 * sections, taxonomies, feeds or sitemap), so Hugo does the least it can to
 * produce that file.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** `hugo version`'s line, or undefined when hugo is not on the PATH. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    return undefined;
  }
}

const CONFIG = (contentDir: string, cacheDir: string) => `# Written by bench/hugo.ts: every page listed in one JSON file, nothing else rendered.
baseURL = 'https://example.org/'
contentDir = ${JSON.stringify(contentDir)}
cacheDir = ${JSON.stringify(cacheDir)}
disableKinds = ['section', 'taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']
buildFuture = true
timeout = '30m'

# The corpus keeps its date in publishedDateTime (and "published" is a flag, not a date).
[frontmatter]
date = ['publishedDateTime']
publishDate = ['publishedDateTime']
lastmod = ['publishedDateTime']

[outputs]
home = ['JSON']

# Articles are parsed and listed, never rendered to pages of their own.
[[cascade]]
[cascade._build]
render = 'never'
list = 'always'
[cascade._target]
kind = 'page'
`;

// Streamed one page at a time: appending to a slice in the loop would copy it on every page.
const TEMPLATE = '[{{ range $i, $p := .Site.RegularPages }}{{ if $i }},{{ end }}' +
  '{{ dict "title" $p.Title "date" $p.Date "url" $p.Params.weburl "topics" $p.Params.topics "excerpt" $p.Params.excerpt | jsonify }}' +
  '{{ end }}]\n';

/** Writes the site into siteDir; `hugo --source siteDir --destination OUT` then writes OUT/index.json. */
export async function writeHugoSite(siteDir: string, contentDir: string): Promise<void> {
  await mkdir(path.join(siteDir, 'layouts'), { recursive: true });
  await writeFile(path.join(siteDir, 'hugo.toml'), CONFIG(path.resolve(contentDir), path.join(path.resolve(siteDir), '.hugo-cache')));
  await writeFile(path.join(siteDir, 'layouts', 'index.json'), TEMPLATE);
}

/** A cold build: no cache from earlier runs, nothing printed but errors. */
export function hugoArgs(siteDir: string, outDir: string): string[] {
  return ['--quiet', '--ignoreCache', '--source', siteDir, '--destination', outDir];
}
