/**
 * Writes a gzip (`.gz`) and a Brotli (`.br`) twin next to every text file of
 * a build over 1 KB, for nginx's gzip_static and brotli_static: the server
 * then sends the smallest encoding at no CPU cost per request, and the
 * compression can be as strong as a build can afford.
 *
 *   npx tsx scripts/precompress.ts dist
 *
 * Incremental: a twin newer than its file is kept, so a rebuild of a large
 * index recompresses only what changed. Twins whose file is gone are removed,
 * so a stale `.gz` never outlives the file it stood for.
 */
import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** What is worth compressing: text. Pictures and Pagefind's own files are compressed already. */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.atom', '.svg', '.txt']);
/** Below this, the saving is smaller than a network packet and not worth a file. */
const MIN_BYTES = 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Encoding = { suffix: string; compress: (input: Buffer, file: string) => Promise<Buffer> };

/**
 * Brotli's top quality (11) saves about a tenth over quality 5 but takes some
 * fifty times as long. Worth it for the bundles, which are few and which
 * every visitor downloads; not for an index of many thousand shards, rebuilt
 * often, each read by few.
 */
const brotliQuality = (file: string) => (/\.(?:m?js|css)$/.test(file) ? 11 : 5);

const ENCODINGS: Encoding[] = [
  { suffix: '.gz', compress: (input) => gzipAsync(input, { level: 9 }) },
  {
    suffix: '.br',
    compress: (input, file) =>
      brotliAsync(input, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
          [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
        },
      }),
  },
];

const TWIN = new Set(ENCODINGS.map((encoding) => encoding.suffix));

/** Every file below `dir`, as full paths. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

type Job = { file: string; encodings: Encoding[]; stale: Set<string> };

/** Compresses one file into the twins it lacks; returns how many it wrote. */
async function compressFile({ file, encodings, stale }: Job): Promise<number> {
  const input = await readFile(file);
  let written = 0;
  for (const { suffix, compress } of encodings) {
    const twin = file + suffix;
    const output = await compress(input, file);
    if (output.length >= input.length) {
      // No gain: the plain file serves better, and an old twin would be stale.
      if (stale.has(twin)) await unlink(twin);
      continue;
    }
    // Written aside and renamed, so a server never sends half a file.
    const temp = `${twin}.${process.pid}.tmp`;
    await writeFile(temp, output);
    await rename(temp, twin);
    written++;
  }
  return written;
}

/**
 * Writes `.gz` and `.br` twins for every text file over 1 KB below `outDir`,
 * skipping twins already newer than their file and removing twins whose file
 * is gone. Returns how many twins were written and how long it took.
 */
export async function precompress(outDir: string): Promise<{ files: number; ms: number }> {
  const started = performance.now();
  const all = listFiles(outDir);
  const present = new Set(all);

  // Deciding what to do is metadata only: synchronous stat calls are several
  // times faster than their promise versions for 100k small files, and only
  // twins known to exist are looked at.
  const jobs: Job[] = [];
  const orphans: string[] = [];
  for (const file of all) {
    const ext = path.extname(file);
    if (TWIN.has(ext)) {
      const source = file.slice(0, -ext.length);
      if (TEXT.has(path.extname(source)) && !present.has(source)) orphans.push(file);
      continue;
    }
    if (!TEXT.has(ext)) continue;
    const info = statSync(file);
    if (info.size <= MIN_BYTES) continue;
    const stale = new Set<string>();
    const encodings = ENCODINGS.filter(({ suffix }) => {
      const twin = file + suffix;
      if (!present.has(twin)) return true;
      stale.add(twin);
      return statSync(twin).mtimeMs < info.mtimeMs;
    });
    if (encodings.length > 0) jobs.push({ file, encodings, stale });
  }

  let files = 0;
  // zlib's async calls run on libuv's thread pool: a few more jobs than cores
  // keep it busy while others wait on the disk, without holding every file in memory.
  await pool(jobs, Math.max(4, availableParallelism() * 2), async (job) => {
    // Awaited first: `files += await …` would read `files` before the wait and lose other workers' counts.
    const written = await compressFile(job);
    files += written;
  });
  await Promise.all(orphans.map((orphan) => unlink(orphan).catch(() => undefined)));
  return { files, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/precompress.ts <dir>');
    process.exit(2);
  }
  precompress(path.resolve(dir)).then(
    ({ files, ms }) => console.log(`precompress: ${files} compressed files written in ${ms} ms`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
