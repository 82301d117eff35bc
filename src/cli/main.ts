/**
 * npm run index -- [CONTENT_DIR] [--out DIR] [--base-url URL] [--strict]
 *                  [--only-published] [--json] [--verbose] [--workers N] [--no-cache]
 * Exit 0 when the index was written, 1 with --strict when a file was rejected
 * (or when the index could not be written), 2 for usage errors.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildIndex } from './build-index';
import { jsonReport, progressBar, textReport } from './report';

const USAGE = 'usage: npm run index -- [CONTENT_DIR] [--out DIR] [--base-url URL] [--strict] [--only-published] [--json] [--verbose] [--workers N] [--no-cache]';

// Usage errors are one line on stderr that says what to do (issue 2); the
// full usage is one `--help` away. (It used to append the usage as a second line.)
function usageError(message: string): never {
  process.stderr.write(`heatline index: ${message}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'public/data' },
        'base-url': { type: 'string' },
        strict: { type: 'boolean', default: false },
        'only-published': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's own text for an unknown flag is a long paragraph about positionals.
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    return usageError(`${unknown ? `unknown option ${unknown[1]}` : message.split('\n')[0]}; run with --help to see the options`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
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

  const report = await buildIndex({
    contentDir,
    outDir: values.out,
    baseUrl,
    onlyPublished: values['only-published'],
    workers,
    cacheDir: values['no-cache'] ? undefined : '.cache/heatline',
    onProgress: values.json ? undefined : progressBar(process.stderr),
  });
  if (values.json) process.stdout.write(`${jsonReport(report)}\n`);
  else process.stdout.write(`${textReport(report, contentDir, values.out, values.verbose)}\n`);
  if (values.strict && report.rejected.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`heatline index: the index was not written: ${(error as Error).message}\n`);
  process.exit(1);
});
