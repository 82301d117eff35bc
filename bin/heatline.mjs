#!/usr/bin/env node
// `heatline index [CONTENT_DIR] [options]`: the indexer, from any folder.
//
// The TypeScript sources are bundled once with esbuild into
// node_modules/.cache/heatline, named by a hash of the sources, and later runs
// import that bundle: it starts in about half the time tsx's loader needs,
// which is most of a rebuild that finds nothing to do. When the bundle cannot
// be built or stored (a read-only install, say), tsx runs the sources.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const command = process.argv[2];
if (command !== 'index') {
  const help = command === undefined || command === '--help' || command === '-h';
  (help ? process.stdout : process.stderr).write(
    `usage: heatline index [CONTENT_DIR] [options]\n${help ? '' : `heatline: unknown command "${command}"\n`}run "heatline index --help" for the options\n`,
  );
  process.exit(help ? 0 : 2);
}
process.argv.splice(2, 1);

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const SOURCES = ['src/cli', 'src/shared'];
/** Bundles of other source versions kept (another checkout's, a branch switched back to). */
const KEEP = 4;

/** Every indexer source file's name and bytes: the bundle's name, and the build cache's code version. */
function sourceHash() {
  const hash = createHash('sha256');
  for (const dir of SOURCES) {
    for (const name of readdirSync(path.join(root, dir), { recursive: true }).sort()) {
      if (name.endsWith('.ts')) hash.update(`${dir}/${name}\0`).update(readFileSync(path.join(root, dir, name)));
    }
  }
  return hash.digest('hex');
}

async function bundle(version) {
  const cacheRoot = path.join(root, 'node_modules/.cache/heatline');
  const dir = path.join(cacheRoot, `cli-${version.slice(0, 16)}`);
  const main = path.join(dir, 'main.mjs');
  try {
    statSync(main);
    return main;
  } catch {
    // Not built yet for these sources.
  }
  const { build } = await import('esbuild');
  // Built beside, then renamed: a concurrent run never imports half a bundle.
  const temp = `${dir}.${process.pid}.tmp`;
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', 'parse-worker': 'src/cli/parse/parse-worker.ts' },
    outdir: temp,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies load from node_modules, which this folder sits inside.
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    define: { HEATLINE_CODE_VERSION: JSON.stringify(version), HEATLINE_WORKER: JSON.stringify('./parse-worker.mjs') },
    logLevel: 'silent',
  });
  try {
    renameSync(temp, dir);
  } catch {
    // Another run stored the same bundle first.
    rmSync(temp, { recursive: true, force: true });
  }
  prune(cacheRoot, dir);
  return main;
}

function prune(cacheRoot, current) {
  const others = readdirSync(cacheRoot)
    .map((name) => path.join(cacheRoot, name))
    .filter((dir) => dir !== current && !dir.endsWith('.tmp'))
    .map((dir) => ({ dir, used: statSync(dir).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { dir } of others.slice(KEEP)) rmSync(dir, { recursive: true, force: true });
}

let entry;
try {
  entry = pathToFileURL(await bundle(sourceHash())).href;
} catch {
  const { register } = await import('tsx/esm/api');
  register();
  entry = pathToFileURL(path.join(root, 'src/cli/main.ts')).href;
}
await import(entry);
