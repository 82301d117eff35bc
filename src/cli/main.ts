/**
 * heatline index [CONTENT_DIR] [--out DIR] [--config FILE] [--base-url URL] [--strict]
 *                  [--include-unpublished] [--story-window DAYS] [--story-max N]
 *                  [--json] [--verbose] [--workers N] [--no-cache] [--cache-dir DIR] [--lock-timeout SECONDS]
 *                  [--file-timeout SECONDS] [--no-search]
 * `published: false` drafts are left out unless --include-unpublished is given;
 * --only-published (once needed for that) is still accepted and does nothing.
 * --story-window (1–365 days, default 7) and --story-max (2–10000, default 50)
 * bound how far apart in time and how large a story of linked articles can be.
 * A build waits up to --lock-timeout seconds (default 120) for another build
 * writing the same output folder. A file that takes longer than --file-timeout
 * seconds (default 2) to parse is rejected with that reason. --no-search skips
 * the search index (search/search-index.ts), and the reader offers no search.
 * Exit 0 when the index was written, 1 with --strict when a file was rejected
 * or could not be read
 * (or when the index could not be written), 2 for usage errors.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex } from './build-index';
import { jsonReport, progressBar, textReport } from './report';
import { loadSiteConfig } from './site/load-config';
import type { SiteConfig } from '../shared/site-config';

const USAGE = 'usage: heatline index [CONTENT_DIR] [--out DIR] [--config FILE] [--base-url URL] [--strict] [--include-unpublished] [--story-window DAYS] [--story-max N] [--json] [--verbose] [--workers N] [--no-cache] [--cache-dir DIR] [--lock-timeout SECONDS] [--file-timeout SECONDS] [--no-search]';

// Usage errors are one line on stderr that says what to do; the full usage is
// one `--help` away.
function usageError(message: string): never {
  process.stderr.write(`heatline index: ${message}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        config: { type: 'string' },
        'base-url': { type: 'string' },
        strict: { type: 'boolean', default: false },
        'include-unpublished': { type: 'boolean', default: false },
        // Drafts are left out by default now; kept so existing scripts still run.
        'only-published': { type: 'boolean', default: false },
        'story-window': { type: 'string' },
        'story-max': { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-dir': { type: 'string', default: '.cache/heatline' },
        'lock-timeout': { type: 'string' },
        'file-timeout': { type: 'string' },
        'no-search': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's own text for an unknown flag is a long paragraph about positionals.
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message);
    const first = unknown
      ? `unknown option ${unknown[1]}`
      : ambiguous
        ? `the value of ${ambiguous[1]} starts with a dash; write it as ${ambiguous[1]}=VALUE`
        : message.split('\n')[0]!.replace(/\.$/, '');
    return usageError(`${first}; run with --help to see the options`);
  }
}

/**
 * An option's value as a number, NaN when it is not a plain decimal number:
 * Number() alone reads "" as 0, " 7 " as 7 and "0x10" as 16.
 */
function numberOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // The site config names the output folder; --out overrides it. A broken
  // config stops the build with the key at fault, never falls back silently.
  let site: SiteConfig;
  try {
    site = loadSiteConfig(process.cwd(), values.config && path.resolve(values.config));
  } catch (error) {
    return usageError((error as Error).message);
  }
  const outDir = values.out ?? site.outDir;
  if (positionals.length > 1) usageError(`expected one content folder, got ${positionals.length}`);
  const contentDir = (positionals[0] ?? 'content').replace(/\/+$/, '') || '/';
  const folder = await stat(contentDir).catch(() => undefined);
  if (!folder?.isDirectory()) usageError(`content folder "${contentDir}" does not exist; pass the folder that holds your article files`);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^/]+/i.test(baseUrl)) {
    usageError(`--base-url must be an absolute http(s) URL such as https://example.com, got "${baseUrl}"`);
  }

  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
    usageError(`--workers takes a whole number from 0 to 64, got "${values.workers}"`);
  }
  // Unset, the build's own defaults apply (7 days, 50 articles).
  const storyWindowDays = numberOption(values['story-window']);
  if (storyWindowDays !== undefined && !(storyWindowDays >= 1 && storyWindowDays <= 365)) {
    usageError(`--story-window takes a number of days from 1 to 365 (fractions allowed), got "${values['story-window']}"`);
  }
  const storyMax = numberOption(values['story-max']);
  if (storyMax !== undefined && !(Number.isInteger(storyMax) && storyMax >= 2 && storyMax <= 10_000)) {
    usageError(`--story-max takes a whole number from 2 to 10000, got "${values['story-max']}"`);
  }
  const lockTimeout = numberOption(values['lock-timeout']);
  if (lockTimeout !== undefined && !(lockTimeout >= 0 && lockTimeout <= 86_400)) {
    usageError(`--lock-timeout takes a number of seconds from 0 to 86400, got "${values['lock-timeout']}"`);
  }
  const fileTimeout = numberOption(values['file-timeout']);
  if (fileTimeout !== undefined && !(fileTimeout >= 0.1 && fileTimeout <= 600)) {
    usageError(`--file-timeout takes a number of seconds from 0.1 to 600, got "${values['file-timeout']}"`);
  }
  if (values['only-published']) {
    process.stderr.write('heatline index: --only-published is now the default and will be removed; use --include-unpublished to index drafts\n');
  }

  const report = await buildIndex({
    contentDir,
    outDir,
    baseUrl,
    includeUnpublished: values['include-unpublished'],
    storyWindowDays,
    storyMax,
    workers,
    cacheDir: values['no-cache'] ? undefined : values['cache-dir'],
    lockTimeoutMs: lockTimeout === undefined ? undefined : lockTimeout * 1000,
    fileBudgetMs: fileTimeout === undefined ? undefined : fileTimeout * 1000,
    search: !values['no-search'],
    onProgress: values.json ? undefined : progressBar(process.stderr),
  });
  if (values.json) process.stdout.write(`${jsonReport(report)}\n`);
  else process.stdout.write(`${textReport(report, contentDir, outDir, values.verbose)}\n`);
  if (values.strict && report.rejected.length + report.skipped.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`heatline index: the index was not written: ${(error as Error).message}\n`);
  process.exit(1);
});
