export type ShardErrorKind = 'not-found' | 'server' | 'network' | 'invalid-json' | 'schema-version';

/** One error type for every way loading the index can fail; `kind` drives the message. */
export class ShardError extends Error {
  readonly kind: ShardErrorKind;
  readonly path: string;
  readonly status: number | undefined;

  constructor(kind: ShardErrorKind, path: string, status?: number, cause?: unknown) {
    super(`${kind} while loading ${path}${status ? ` (HTTP ${status})` : ''}`, { cause });
    this.name = 'ShardError';
    this.kind = kind;
    this.path = path;
    this.status = status;
  }
}

export function isShardError(error: unknown): error is ShardError {
  return error instanceof ShardError;
}

const messages: Record<ShardErrorKind, string> = {
  'not-found': 'Part of the news index is missing. It may be rebuilding right now.',
  server: 'The server could not send the news index.',
  network: 'The news index could not be reached. Check your connection.',
  'invalid-json': 'Part of the news index is damaged.',
  'schema-version': 'This news index was built for a different version of the reader.',
};

export function describeError(error: unknown): string {
  return isShardError(error) ? messages[error.kind] : 'Something went wrong while showing this page.';
}
