/** What the CLI prints: a progress bar on a terminal, then a summary. */
import type { BuildReport } from './build-index';

const MAX_WARNINGS_SHOWN = 30;

export function progressBar(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  if (!stream.isTTY) return () => {};
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    if (done === total) stream.write('\r\x1b[K');
  };
}

/** Keys in a fixed order, so scripts and diffs of the report stay stable. */
export function jsonReport(report: BuildReport): string {
  const { articles, stories, largestStory, topics, providers, removed, unpublished, rejected, skipped, warnings, clusterMs, durationMs } = report;
  return JSON.stringify(
    { articles, stories, largestStory, topics, providers, removed, unpublished, rejected, skipped, warnings, clusterMs, durationMs },
    null,
    2,
  );
}

export function textReport(report: BuildReport, contentDir: string, outDir: string, verbose: boolean): string {
  const lines: string[] = [];
  for (const r of report.rejected) lines.push(`rejected ${contentDir}/${r.file}${r.line ? `:${r.line}` : ''}: ${r.reason}`);
  for (const s of report.skipped) lines.push(`skipped  ${contentDir}/${s.file}: ${s.reason}`);
  const shown = verbose ? report.warnings : report.warnings.slice(0, MAX_WARNINGS_SHOWN);
  for (const w of shown) lines.push(`warning  ${contentDir}/${w.file}: ${w.message}`);
  if (shown.length < report.warnings.length) {
    lines.push(`… ${report.warnings.length - shown.length} more warnings (--verbose or --json shows them all)`);
  }
  const extra = [
    report.removed ? `${report.removed} removed` : '',
    report.unpublished ? `${report.unpublished} unpublished left out` : '',
    report.filesParsed < report.filesRead ? `${report.filesRead - report.filesParsed} from the build cache` : '',
  ].filter(Boolean).join(', ');
  lines.push(
    `${report.articles} articles, ${report.topics} topics, ${report.providers} providers, ` +
      `${report.stories ? `${report.stories} stories (largest ${report.largestStory})` : '0 stories'}` +
      ` from ${report.filesRead} files read; ${report.rejected.length} rejected, ` +
      `${report.skipped.length ? `${report.skipped.length} unreadable, ` : ''}${report.warnings.length} warnings` +
      `${extra ? `, ${extra}` : ''}; ${report.durationMs} ms`,
  );
  lines.push(report.unchanged ? `${outDir} is up to date (build ${report.buildId})` : `wrote ${outDir} (build ${report.buildId}, ${report.written} files)`);
  return lines.join('\n');
}
