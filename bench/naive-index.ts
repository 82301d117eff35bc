/**
 * The baseline a user might write in an afternoon: read every file, parse the
 * front matter with js-yaml, write one JSON array. No validation, repair,
 * linking or sharding; the benchmark compares Heatline's full build to it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as jsyaml from 'js-yaml';

export function naiveIndex(contentDir: string, outFile: string): number {
  const articles: unknown[] = [];
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' });
  for (const name of files) {
    if (!/\.(md|markdown|txt)$/.test(name)) continue;
    const text = readFileSync(path.join(contentDir, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!match) continue;
    try {
      articles.push(jsyaml.load(match[1]!));
    } catch {
      // The naive version just skips what it cannot parse.
    }
  }
  writeFileSync(outFile, JSON.stringify(articles));
  return articles.length;
}
