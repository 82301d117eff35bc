import { ShardError } from './errors';
import type { Shape } from './shard-shapes';

/** Data lives next to the app, so a sub-path deployment finds it too. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

export type FetchShardOptions = {
  signal?: AbortSignal;
  /** The HTTP cache mode; only `manifest.json` changes in place, so only it sets one. */
  cache?: RequestCache;
};

/**
 * Fetch one index file and check it is the kind of file the caller expects.
 * Every failure becomes a `ShardError` so the error view can tell a missing
 * file from a dead network, an unreadable file or a host's error page.
 */
export async function fetchShard<T>(path: string, shape: Shape<T>, options: FetchShardOptions = {}): Promise<T> {
  const { signal, cache } = options;
  let response: Response;
  let text: string;
  try {
    response = await fetch(dataUrl(path), cache ? { signal, cache } : { signal });
    if (response.status === 404) throw new ShardError('not-found', path, 404);
    if (!response.ok) throw new ShardError('server', path, response.status);
    text = await response.text();
  } catch (cause) {
    if (cause instanceof ShardError || signal?.aborted) throw cause;
    throw new ShardError('network', path, undefined, cause);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    // Markup where JSON belongs is a host's page (an error page, or the app's
    // own index.html served for any unknown path), not a damaged file.
    const kind = /^\s*</.test(text) ? 'wrong-shape' : 'invalid-json';
    throw new ShardError(kind, path, response.status, cause, shape.name);
  }
  if (!shape.test(data)) throw new ShardError('wrong-shape', path, response.status, undefined, shape.name);
  return data;
}
