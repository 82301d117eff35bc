/** Every query of index data sits under `index`; the lists, articles and stories built on it have their own roots. */
export const indexKeys = {
  all: ['index'] as const,
  manifest: () => [...indexKeys.all, 'manifest'] as const,
  latestBuild: () => [...indexKeys.all, 'latest-build'] as const,
  shard: (path: string) => [...indexKeys.all, 'shard', path] as const,
};
