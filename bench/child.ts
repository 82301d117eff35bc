/**
 * Runs one index build in a fresh process and prints its time and peak
 * memory as JSON, so each measurement starts cold and RSS is its own.
 *   node --import tsx bench/child.ts heatline-cold CONTENT OUT [workers]
 *   node --import tsx bench/child.ts heatline CONTENT OUT [workers]
 *   node --import tsx bench/child.ts naive CONTENT OUTFILE
 * `heatline-cold` is `npm run index -- CONTENT --out OUT --json --no-cache`;
 * `heatline` is the same with the build cache in .cache/heatline. Both pass on
 * the story figures of the `--json` report (null when a field is missing).
 */
import { buildIndex } from '../src/cli/build-index';
import { jsonReport } from '../src/cli/report';
import { naiveIndex } from './naive-index';

const [mode, contentDir, out, workers] = process.argv.slice(2);
const started = performance.now();
let articles: number;
let unchanged = false;
let report: Record<string, number | null> | undefined;
if (mode === 'naive') {
  articles = naiveIndex(contentDir!, out!);
} else {
  const built = await buildIndex({
    contentDir: contentDir!,
    outDir: out!,
    workers: workers === undefined ? undefined : Number(workers),
    cacheDir: mode === 'heatline-cold' ? undefined : '.cache/heatline',
  });
  articles = built.articles;
  unchanged = built.unchanged;
  const json = JSON.parse(jsonReport(built)) as Record<string, unknown>;
  const num = (key: string) => (typeof json[key] === 'number' ? (json[key] as number) : null);
  report = { articles: num('articles'), stories: num('stories'), largestStory: num('largestStory'), clusterMs: num('clusterMs') };
}
const ms = performance.now() - started;
// maxRSS covers the whole process, worker threads included (kilobytes).
process.stdout.write(`${JSON.stringify({ ms, articles, unchanged, peakRssMb: process.resourceUsage().maxRSS / 1024, ...(report ? { report } : {}) })}\n`);
