/** `npm run corpus [-- --out DIR]`: generate the sample corpus and write it to content/ or DIR. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate';
import { loadCorpusData } from './load-data';
import { summaryLines } from './stats';
import { writeCorpus } from './write';

export function main(argv: readonly string[]): void {
  const outArg = argv.indexOf('--out');
  const outDir = resolve(outArg >= 0 ? (argv[outArg + 1] ?? '') : fileURLToPath(new URL('../../content', import.meta.url)));
  const data = loadCorpusData();
  const { files, stats } = generateCorpus(data);
  writeCorpus(outDir, files);
  console.log(summaryLines(stats, data.genericTopic, outDir));
}
