/**
 * The baseline a user might write in an afternoon, as fast as that honestly
 * gets: one thread, read every file, parse its front matter with js-yaml
 * (whatever version package.json gives, the core schema Heatline parses with,
 * so dates stay the strings they are), write one JSON array of all of them.
 * No validation, repair, linking or sharding; the benchmark compares
 * Heatline's full build to it.
 *   node bench/naive-index.mjs CONTENT_DIR OUT_FILE
 * Prints the number of articles written. Plain JavaScript, so no TypeScript
 * loader adds to its start-up; the array is written as it grows, so memory
 * stays flat.
 */
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

/** Every .md file under dir, as paths relative to it. */
function listFiles(dir, rel = '', found = []) {
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) listFiles(dir, name, found);
    else if (entry.name.endsWith('.md')) found.push(name);
  }
  return found;
}

const DASH = 45;
const NEWLINE = 10;

export function naiveIndex(contentDir, outFile) {
  const fd = openSync(outFile, 'w');
  let chunk = '[';
  let articles = 0;
  for (const name of listFiles(contentDir)) {
    const bytes = readFileSync(path.join(contentDir, name));
    // Front matter: from the line after the opening "---" to the next line that starts with "---".
    if (bytes[0] !== DASH || bytes[1] !== DASH || bytes[2] !== DASH) continue;
    const start = bytes.indexOf(NEWLINE) + 1;
    const end = start > 0 ? bytes.indexOf('\n---', start - 1) : -1;
    if (end < 0) continue;
    let data;
    try {
      data = load(bytes.toString('utf8', start, Math.max(start, end)), { schema: CORE_SCHEMA });
    } catch {
      continue; // The naive version just skips what it cannot parse.
    }
    chunk += `${articles++ ? ',' : ''}${JSON.stringify(data ?? null)}`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, `${chunk}]`);
  closeSync(fd);
  return articles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [contentDir, outFile] = process.argv.slice(2);
  if (!contentDir || !outFile) {
    process.stderr.write('usage: node bench/naive-index.mjs CONTENT_DIR OUT_FILE\n');
    process.exit(2);
  }
  process.stdout.write(`${naiveIndex(contentDir, outFile)}\n`);
}
