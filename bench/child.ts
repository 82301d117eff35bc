/**
 * Runs one index build in a fresh process and prints its time and peak
 * memory as JSON, so each measurement starts cold and RSS is its own.
 *   node --import tsx bench/child.ts heatline CONTENT OUT [workers]
 *   node --import tsx bench/child.ts naive CONTENT OUTFILE
 */
import { buildIndex } from '../src/cli/build-index';
import { naiveIndex } from './naive-index';

const [mode, contentDir, out, workers] = process.argv.slice(2);
const started = performance.now();
let articles: number;
let unchanged = false;
if (mode === 'naive') {
  articles = naiveIndex(contentDir!, out!);
} else {
  const report = await buildIndex({
    contentDir: contentDir!,
    outDir: out!,
    workers: workers === undefined ? undefined : Number(workers),
    cacheDir: '.cache/heatline',
  });
  articles = report.articles;
  unchanged = report.unchanged;
}
const ms = performance.now() - started;
// maxRSS covers the whole process, worker threads included (kilobytes).
process.stdout.write(`${JSON.stringify({ ms, articles, unchanged, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
