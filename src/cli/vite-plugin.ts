/**
 * Dev-server plugin: rebuilds the index in `public/data` when a file under
 * `content/` changes, then reloads the page, so `npm run dev` shows edits live.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export function reindexOnContentChange(contentDir = 'content', outDir = 'public/data'): Plugin {
  let running: Promise<void> | undefined;
  let again = false;
  return {
    name: 'heatline:reindex',
    apply: 'serve',
    async configureServer(server) {
      const root = path.resolve(server.config.root, contentDir);
      const { buildIndex } = await import('./build-index');
      const rebuild = async (): Promise<void> => {
        if (running) {
          again = true;
          return;
        }
        running = (async () => {
          do {
            again = false;
            const report = await buildIndex({ contentDir: root, outDir: path.resolve(server.config.root, outDir) });
            server.config.logger.info(
              `heatline: indexed ${report.articles} articles (${report.rejected.length} rejected) in ${report.durationMs} ms`,
            );
          } while (again);
        })().finally(() => {
          running = undefined;
        });
        await running;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(root);
      const onChange = (file: string) => {
        if (file.startsWith(root + path.sep)) void rebuild().catch((e: Error) => server.config.logger.error(e.message));
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      await rebuild().catch((e: Error) => server.config.logger.error(e.message));
    },
  };
}
