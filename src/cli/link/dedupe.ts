/** Two files with one canonical URL are one article. */
import type { CompactRecord, Warning } from '../record';

const byFile = (a: CompactRecord, b: CompactRecord) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The most complete record is kept, with the title and date of the newest
 * publication: a re-published article usually carries the corrected
 * headline, and its date is when readers saw it last.
 */
export function dedupe(records: CompactRecord[], warnings: Warning[]): CompactRecord[] {
  const groups = new Map<string, CompactRecord[]>();
  for (const record of [...records].sort(byFile)) {
    const group = groups.get(record.canonical);
    if (group) group.push(record);
    else groups.set(record.canonical, [record]);
  }
  const out: CompactRecord[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0]!);
      continue;
    }
    const keep = group.reduce((a, b) => (b.completeness > a.completeness ? b : a));
    const newest = group.reduce((a, b) => (b.publishedMs > a.publishedMs ? b : a), keep);
    out.push(newest === keep ? keep : { ...keep, title: newest.title, publishedMs: newest.publishedMs });
    for (const drop of group) {
      if (drop === keep) continue;
      warnings.push({
        file: drop.file,
        message: `same article as ${keep.file} (${keep.canonical}); kept ${keep.file}` +
          (newest !== keep ? ` with the title and date of ${newest.file}` : ''),
      });
    }
  }
  return out;
}
