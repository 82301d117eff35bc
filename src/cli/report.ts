/** What the CLI prints: a progress bar on a terminal, then a summary. */
import { BUILD_STAGES, type BuildReport } from './build-index';

const MAX_WARNINGS_SHOWN = 30;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * File names and messages come from the content folder: a name holding an
 * escape sequence could rewrite the terminal, a newline could forge a report
 * line, and bidi overrides could show a name other than the real one. All of
 * them are printed as escapes.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) =>
    NAMED_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

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
  const { articles, stories, largestStory, topics, providers, removed, unpublished, rejected, skipped, warnings, repaired, clusterMs, durationMs, stagesMs } = report;
  return JSON.stringify(
    { articles, stories, largestStory, topics, providers, removed, unpublished, rejected, skipped, warnings, repaired, clusterMs, durationMs, stagesMs },
    null,
    2,
  );
}

/** "discover 412 ms, parse 16.8 s, …": where a slow build spent its time. */
function stageLine({ stagesMs }: BuildReport): string {
  const time = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
  return BUILD_STAGES.flatMap((stage) => (stagesMs[stage] === undefined ? [] : [`${stage} ${time(stagesMs[stage])}`])).join(', ');
}

export function textReport(report: BuildReport, contentDir: string, outDir: string, verbose: boolean): string {
  const lines: string[] = [];
  const where = (file: string) => printable(`${contentDir}/${file}`);
  // file:line:column, the form editors and terminals turn into a link.
  const at = (r: { line?: number; column?: number }) => (r.line ? `:${r.line}${r.column ? `:${r.column}` : ''}` : '');
  for (const r of report.rejected) lines.push(`rejected ${where(r.file)}${at(r)}: ${printable(r.reason)}`);
  for (const s of report.skipped) lines.push(`skipped  ${where(s.file)}: ${printable(s.reason)}`);
  const shown = verbose ? report.warnings : report.warnings.slice(0, MAX_WARNINGS_SHOWN);
  for (const w of shown) lines.push(`warning  ${where(w.file)}: ${printable(w.message)}`);
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
  if (verbose) lines.push(`time by stage: ${stageLine(report)}`);
  const out = printable(outDir);
  if (report.repaired) lines.push(`repaired ${report.repaired} damaged file${report.repaired === 1 ? '' : 's'} in ${out} (wrong size or content)`);
  lines.push(report.unchanged ? `${out} is up to date (build ${report.buildId})` : `wrote ${out} (build ${report.buildId}, ${report.written} files)`);
  return lines.join('\n');
}
