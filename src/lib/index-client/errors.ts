export type ShardErrorKind =
  | 'not-found'
  | 'server'
  | 'network'
  | 'invalid-json'
  | 'wrong-shape'
  | 'schema-version'
  | 'rebuilt';

/** One error type for every way loading an index file can fail; `kind` drives the message. */
export class ShardError extends Error {
  readonly kind: ShardErrorKind;
  readonly path: string;
  readonly status: number | undefined;

  /** `expected` names what the file should have held, for a file that held something else. */
  constructor(kind: ShardErrorKind, path: string, status?: number, cause?: unknown, expected?: string) {
    const detail = [status ? `HTTP ${status}` : '', expected ? `expected ${expected}` : ''].filter(Boolean).join(', ');
    super(`${kind} while loading ${path}${detail ? ` (${detail})` : ''}`, { cause });
    this.name = 'ShardError';
    this.kind = kind;
    this.path = path;
    this.status = status;
  }
}

export function isShardError(error: unknown): error is ShardError {
  return error instanceof ShardError;
}

/**
 * A file this tab needs is gone or replaced because the index was rebuilt
 * since the tab read its manifest: nothing is broken, the tab is only behind.
 */
export function isIndexRebuilt(error: unknown): boolean {
  return isShardError(error) && error.kind === 'rebuilt';
}

const messages: Record<ShardErrorKind, string> = {
  'not-found': 'Part of the news index is missing from the server.',
  server: 'The server could not send the news index.',
  network: 'The news index could not be reached. Check your connection.',
  'invalid-json': 'Part of the news index arrived incomplete or unreadable.',
  'wrong-shape': 'The server answered with something other than the news index, such as an error page.',
  'schema-version': 'This news index was built for a different version of the reader.',
  rebuilt: 'The news was updated while this page was open.',
};

/** A file could not be fetched because the browser has no connection: not broken, only not kept for offline reading. */
export function isOfflineError(error: unknown): boolean {
  return isShardError(error) && error.kind === 'network' && typeof navigator !== 'undefined' && !navigator.onLine;
}

export function describeError(error: unknown): string {
  return isShardError(error) ? messages[error.kind] : 'Something went wrong while showing this page.';
}

/**
 * The other way a look-up fails: the files loaded, and the slug, topic or
 * source is not in them. A loader throws this; the route boundary shows "Not found".
 */
export function notFound(): Response {
  return new Response('Not found', { status: 404, statusText: 'Not Found' });
}
