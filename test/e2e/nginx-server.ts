/**
 * Real nginx serving a build with the server configuration in deploy/, as a
 * child process with a prefix folder of its own (config, pid, logs, temp
 * files), so several can run side by side and none touches /etc/nginx or
 * /var/log/nginx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { precompress } from '../../scripts/precompress';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEPLOY = path.resolve(import.meta.dirname, '../../deploy');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** Debian's, with the .atom, .json, .js … types the server block relies on. */
const MIME_TYPES = '/etc/nginx/mime.types';

export type NginxServer = {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** The served copy of the build, which a test may change. */
  root: string;
  /** The end of nginx's error log, for failure messages. */
  errorLog: () => Promise<string>;
  stop: () => Promise<void>;
};

type Options = {
  /** The build to serve; a copy of it is served, compressed at build time as a deploy would be. */
  dist: string;
  /**
   * Serve with deploy/nginx-subpath.conf under this sub-path (`/news/`)
   * instead of deploy/nginx.conf at the root.
   */
  subPath?: string;
  /** Changes the copy before nginx starts (e.g. deletes a shard). */
  prepare?: (root: string) => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The deploy file with its `listen` and `root` lines pointed at the test's own. */
function retarget(conf: string, { listen, root }: { listen?: string; root: string }): string {
  let out = conf.replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
  if (listen) {
    let first = true;
    out = out.replace(/^(\s*)listen\s+[^;]+;\n/gm, (_line, indent: string) => {
      if (!first) return '';
      first = false;
      return `${indent}listen ${listen};\n`;
    });
  }
  // Without the module (no libnginx-mod-http-brotli-static) the directive is unknown.
  if (!existsSync(BROTLI_MODULE)) out = out.replace(/^\s*brotli_static\s+on;\n/gm, '');
  return out;
}

async function waitUntilUp(url: string, child: ChildProcess, errorLog: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${await errorLog()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer at ${url}:\n${await errorLog()}`);
}

export async function startNginx({ dist, subPath, prepare }: Options): Promise<NginxServer> {
  if (!existsSync(NGINX)) throw new Error(`no nginx at ${NGINX} (apt-get install nginx)`);
  const prefix = await mkdtemp(path.join(tmpdir(), 'heatline-nginx-'));
  // Worker processes run as another user than the master when it is root:
  // they must be able to read the copy.
  await chmod(prefix, 0o755);
  const siteRoot = path.join(prefix, 'site');
  // Under a sub-path, root is the folder that holds the sub-path's folder.
  const served = subPath ? path.join(siteRoot, ...subPath.split('/').filter(Boolean)) : siteRoot;
  await mkdir(path.dirname(served), { recursive: true });
  await cp(dist, served, { recursive: true });
  await prepare?.(served);
  await precompress(served);

  // Snippets are included as heatline/<name>, relative to the main config's folder.
  const conf = path.join(prefix, 'conf');
  await mkdir(path.join(conf, 'heatline'), { recursive: true });
  for (const name of await readdir(DEPLOY)) {
    if (name.endsWith('.conf')) await cp(path.join(DEPLOY, name), path.join(conf, 'heatline', name));
  }
  const port = await freePort();
  const listen = `127.0.0.1:${port}`;
  const site = subPath
    ? `server {\n    listen ${listen};\n    server_name _;\n    server_tokens off;\n    include heatline/nginx-subpath.test.conf;\n}\n`
    : 'include heatline/nginx.test.conf;\n';
  if (subPath) {
    const snippet = await readFile(path.join(DEPLOY, 'nginx-subpath.conf'), 'utf8');
    await writeFile(path.join(conf, 'heatline', 'nginx-subpath.test.conf'), retarget(snippet, { root: siteRoot }));
  } else {
    const server = await readFile(path.join(DEPLOY, 'nginx.conf'), 'utf8');
    await writeFile(path.join(conf, 'heatline', 'nginx.test.conf'), retarget(server, { listen, root: siteRoot }));
  }
  for (const dir of ['logs', 'temp']) await mkdir(path.join(prefix, dir), { recursive: true });
  const errorLogFile = path.join(prefix, 'logs/error.log');
  const temp = (name: string) => path.join(prefix, 'temp', name);
  const main = [
    existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '',
    // Root only: a sandbox may lack nginx's usual unprivileged user.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${errorLogFile} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `    include ${MIME_TYPES};`,
    '    default_type application/octet-stream;',
    `    access_log ${path.join(prefix, 'logs/access.log')};`,
    `    client_body_temp_path ${temp('body')};`,
    `    proxy_temp_path ${temp('proxy')};`,
    `    fastcgi_temp_path ${temp('fastcgi')};`,
    `    uwsgi_temp_path ${temp('uwsgi')};`,
    `    scgi_temp_path ${temp('scgi')};`,
    `    ${site}`,
    '}',
    '',
  ].join('\n');
  const mainConf = path.join(conf, 'nginx.conf');
  await writeFile(mainConf, main);

  const errorLog = async () => {
    try {
      return (await readFile(errorLogFile, 'utf8')).split('\n').slice(-20).join('\n');
    } catch {
      return '(no error log)';
    }
  };
  // -e: the error log before the config is read, so nothing goes to /var/log/nginx.
  const child = spawn(NGINX, ['-p', prefix, '-e', errorLogFile, '-c', mainConf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://${listen}`;
  try {
    await waitUntilUp(url, child, async () => `${stderr}\n${await errorLog()}`);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // SIGQUIT: a graceful stop, which also ends the worker process.
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(prefix, { recursive: true, force: true });
  };
  return { url, root: served, errorLog, stop };
}
