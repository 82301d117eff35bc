import { queryOptions } from '@tanstack/react-query';
import type { Manifest } from '../../shared/index-schema';
import { SCHEMA_VERSION } from '../../shared/constants';
import { ShardError } from './errors';
import { fetchShard } from './fetch-shard';
import { indexKeys } from './query-keys';
import { shapes } from './shard-shapes';

/**
 * Read once per page load (and again only when the reader moves to a newer
 * build): every other file is found through it. It is the one file that
 * changes in place, so it is always revalidated with the server, whatever
 * caching the host gives it.
 */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: indexKeys.manifest(),
    queryFn: async ({ signal }): Promise<Manifest> => {
      const data = await fetchShard('manifest.json', shapes.object, { signal, cache: 'no-cache' });
      // The version first: another version's manifest may well have another shape.
      if (data.schemaVersion !== SCHEMA_VERSION) throw new ShardError('schema-version', 'manifest.json');
      if (!shapes.manifest.test(data)) {
        throw new ShardError('wrong-shape', 'manifest.json', undefined, undefined, shapes.manifest.name);
      }
      return data;
    },
  });
