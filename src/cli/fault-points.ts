/**
 * Named moments of a build where the fault tests (test/faults) freeze the
 * process to kill it, or to change its content folder, at that exact point.
 * Inert unless HEATLINE_STOP_AT names the point: the process then stops
 * itself (SIGSTOP) and goes on when continued (SIGCONT).
 */
export type FaultPoint =
  /** Files listed and measured, none read yet. */
  | 'listed'
  /** Every shard of the new build written, the old manifest still live. */
  | 'shards-written'
  /** The file list of both builds renamed into place, the manifest not yet. */
  | 'between-renames'
  /** The new manifest live, the file list still naming both builds. */
  | 'manifest-live'
  /** The file list names the new build only; old shards not yet removed. */
  | 'list-final';

const STOP_AT = process.env.HEATLINE_STOP_AT;

export function faultPoint(point: FaultPoint): void {
  if (STOP_AT === point) process.kill(process.pid, 'SIGSTOP');
}
