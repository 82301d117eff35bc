/**
 * The site step at scale: `writeSite` (page entry points, feeds, sitemaps,
 * robots.txt) over the benchmark's standard index, each run in a fresh
 * process (bench/site-step-run.ts) into a folder of its own, then once more
 * over the last run's output, where nothing changed. Budgets: a cold run in
 * at most 10 s on the machine's cores, and article entry points of at most
 * 1.5 KB gzipped on average.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, judged, measure, median } from './measure';

export const SITE_BUDGET = { coldMs: 10_000, shellGzipBytes: 1536 };

export type SiteRun = {
  ms: number;
  peakRssMb: number;
  /** The step's own time (its report), without the process's start. */
  stepMs: number;
  userMs: number;
  systemMs: number;
  shells: number;
  feeds: number;
  written: number;
  unchanged: number;
};

export type SiteStepFigures = {
  size: number;
  cold: SiteRun[];
  unchanged: SiteRun;
  /** Article entry points of the last cold run, gzipped at level 6. */
  articleShells: { files: number; gzipBytesAverage: number };
  /** The file system the runs wrote to, as `df --output=fstype` names it, and its mount options. */
  fileSystem: string;
};

const root = path.resolve(import.meta.dirname, '..');

function run(dataDir: string, outDir: string): SiteRun {
  const measured = measure(process.execPath, ['--import', 'tsx', path.join(root, 'bench/site-step-run.ts'), dataDir, outDir]);
  const report = JSON.parse(measured.stdout.trim().split('\n').pop()!) as Omit<SiteRun, 'ms' | 'peakRssMb' | 'stepMs'> & { ms: number };
  return { ...report, ms: Math.round(measured.ms), peakRssMb: measured.peakRssMb, stepMs: report.ms };
}

function fileSystemOf(dir: string): string {
  try {
    const type = execFileSync('df', ['--output=fstype', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
    const mountPoint = execFileSync('df', ['--output=target', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
    const options = readFileSync('/proc/mounts', 'utf8').split('\n').map((line) => line.split(' ')).find((f) => f[1] === mountPoint)?.[3];
    return `${type}${options ? ` (${options})` : ''}`;
  } catch {
    return 'unknown';
  }
}

/**
 * `runs` cold runs over `dataDir` (an index of `size` articles), each into a
 * new folder under `workDir` holding `appPage` (the built app's index.html).
 * Earlier outputs are removed only after the last run: on ext4 without a
 * journal, the inodes of a hundred thousand files deleted a moment before
 * are skipped one by one when new files are made, which would time the
 * kernel's bookkeeping of the deletion, not the step.
 */
export function measureSiteStep(size: number, dataDir: string, appPage: string, workDir: string, runs: number, log: (line: string) => void): SiteStepFigures {
  const trash = path.join(workDir, `.old-${Date.now()}`);
  if (existsSync(workDir)) {
    const old = readdirSync(workDir).filter((name) => !name.startsWith('.old-'));
    if (old.length) mkdirSync(trash, { recursive: true });
    for (const name of old) renameSync(path.join(workDir, name), path.join(trash, name));
  }
  mkdirSync(workDir, { recursive: true });
  const cold: SiteRun[] = [];
  let last = '';
  for (let n = 1; n <= runs; n++) {
    last = path.join(workDir, `run-${n}`);
    mkdirSync(last);
    copyFileSync(appPage, path.join(last, 'index.html'));
    log(`${size} standard: site step, cold run ${n}/${runs}`);
    // The last run's gigabyte still on its way to the disk would be flushed during this one, on the same two cores.
    execFileSync('sync');
    cold.push(run(dataDir, last));
  }
  log(`${size} standard: site step, nothing changed`);
  execFileSync('sync');
  const unchanged = run(dataDir, last);
  const articles = path.join(last, 'articles');
  const shells = readdirSync(articles).filter((name) => name.endsWith('.html'));
  const gzipped = shells.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(articles, name)), { level: 6 }).length, 0);
  const fileSystem = fileSystemOf(workDir);
  for (const name of readdirSync(workDir)) rmSync(path.join(workDir, name), { recursive: true, force: true });
  return { size, cold, unchanged, articleShells: { files: shells.length, gzipBytesAverage: shells.length ? gzipped / shells.length : 0 }, fileSystem };
}

/** The report's section: budgets, every run, and how they were made. */
export function siteStepSection(f: SiteStepFigures, command: string): string[] {
  const stepMs = median(f.cold.map((r) => r.stepMs));
  const avg = f.articleShells.gzipBytesAverage;
  const row = (label: string, r: SiteRun) =>
    `| ${label} | ${fmt(r.stepMs)} | ${fmt(r.ms)} | ${fmt(r.userMs)} | ${fmt(r.systemMs)} | ${fmt(r.peakRssMb)} | ${fmt(r.written)} | ${fmt(r.unchanged)} |`;
  return [
    '## Site step', '',
    `| budget | figure |`, '| --- | --- |',
    `| a cold site step at ${fmt(f.size)} articles in ≤ ${fmt(SITE_BUDGET.coldMs / 1000)} s | ${judged(`${fmt(stepMs)} ms (median of ${f.cold.length})`, stepMs <= SITE_BUDGET.coldMs, `≤ ${fmt(SITE_BUDGET.coldMs)} ms`)} |`,
    `| article entry points ≤ 1.5 KB gzipped on average | ${judged(`${fmt(avg)} bytes over ${fmt(f.articleShells.files)} pages`, avg <= SITE_BUDGET.shellGzipBytes, `≤ ${fmt(SITE_BUDGET.shellGzipBytes)} bytes`)} |`,
    '',
    '| run | step ms | process ms | CPU user ms | CPU system ms | peak RSS MB | written | unchanged |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...f.cold.map((r, n) => row(`cold ${n + 1}`, r)),
    row('nothing changed', f.unchanged),
    '',
    `Measured with \`${command}\`: \`writeSite\` over the standard index at ${fmt(f.size)} articles ` +
      `(${fmt(f.cold[0]?.shells ?? 0)} page entry points, ${fmt(f.cold[0]?.feeds ?? 0)} feeds), each run a fresh process (bench/site-step-run.ts, ` +
      'React\'s production build as in `npm run build`, helper threads as the step chooses them) into a new folder holding the built app\'s ' +
      'index.html, after `sync` (so that no run pays for writing out the last one\'s files); "nothing changed" runs again over the last output. "step ms" is the time the step reports (as the build prints it), ' +
      '"process ms" adds the process\'s start. CPU is every thread\'s. ' +
      `The folders are on ${f.fileSystem}; earlier outputs are removed after the last run. ` +
      'Entry-point sizes: every `articles/*.html` of the last cold run, gzip level 6.',
  ];
}
