import { ShardError } from './errors';

/** Data lives next to the app, so a sub-path deployment finds it too. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

/**
 * Fetch one index file. Every failure becomes a `ShardError` so the error view
 * can tell a missing shard from a dead network or a damaged file.
 */
export async function fetchShard<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ShardError('network', path, undefined, cause);
  }
  if (response.status === 404) throw new ShardError('not-found', path, 404);
  if (!response.ok) throw new ShardError('server', path, response.status);
  const text = await response.text();
  try {
    const data: unknown = JSON.parse(text);
    if (data === null || typeof data !== 'object') throw new TypeError('not an object');
    return data as T;
  } catch (cause) {
    throw new ShardError('invalid-json', path, response.status, cause);
  }
}
