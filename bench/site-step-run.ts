/**
 * One run of the site step, alone in its process so that its time, CPU and
 * peak memory are its own: `writeSite` over an index into a folder holding
 * the app's built page. Prints the report with the process's CPU time.
 *
 *   node --import tsx bench/site-step-run.ts DATA_DIR OUT_DIR
 */
export {};

// React's production build, as `npm run build` (Vite) runs the site step; set before React loads.
process.env.NODE_ENV ??= 'production';
const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) throw new Error('usage: site-step-run.ts DATA_DIR OUT_DIR');
const { writeSite } = await import('../src/cli/site/write-site.tsx');
const { loadSiteConfig } = await import('../src/cli/site/load-config.ts');
const site = loadSiteConfig(process.cwd());
const before = process.cpuUsage();
const report = writeSite({ outDir, dataDir, site, base: new URL(site.url).pathname });
const cpu = process.cpuUsage(before);
process.stdout.write(`${JSON.stringify({ ...report, userMs: Math.round(cpu.user / 1000), systemMs: Math.round(cpu.system / 1000) })}\n`);
