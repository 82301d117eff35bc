/**
 * Dev-server plugin: rebuilds the index in `public/data` when a file under
 * `content/` changes, then reloads the page, so `npm run dev` shows edits live.
 * The indexer runs as a child process: the dev server stays small, and a
 * crash in one build cannot take the server down.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Plugin } from 'vite';

function runIndexer(root: string, contentDir: string, outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', contentDir, '--out', outDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`indexer exited with ${code}`))));
  });
}

export function reindexOnContentChange(contentDir = 'content', outDir = 'public/data'): Plugin {
  let running: Promise<void> | undefined;
  let again = false;
  return {
    name: 'heatline:reindex',
    apply: 'serve',
    async configureServer(server) {
      const root = server.config.root;
      const watched = path.resolve(root, contentDir);
      const rebuild = async (): Promise<void> => {
        if (running) {
          again = true;
          return;
        }
        running = (async () => {
          do {
            again = false;
            const output = await runIndexer(root, contentDir, outDir);
            const summary = output.trim().split('\n').slice(-2).join('\n');
            server.config.logger.info(`heatline: ${summary}`, { timestamp: true });
          } while (again);
        })().finally(() => {
          running = undefined;
        });
        await running;
        server.ws.send({ type: 'full-reload' });
      };
      const report = (e: Error) => server.config.logger.error(`heatline: ${e.message}`);
      server.watcher.add(watched);
      const onChange = (file: string) => {
        if (file.startsWith(watched + path.sep)) rebuild().catch(report);
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      await rebuild().catch(report);
    },
  };
}
