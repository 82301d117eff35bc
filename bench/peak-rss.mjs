// Loaded with `node --import` when GNU time is missing: at exit, writes the
// process's peak RSS in kilobytes (the counter GNU time reads) to the file
// named by HEATLINE_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.HEATLINE_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
