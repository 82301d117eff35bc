/**
 * Writes the sample corpus in `content/`: several hundred invented news
 * articles in the one-file-per-article format (YAML front matter between `---`
 * lines, optional markdown/HTML body), the same format as real feeds.
 *
 *   npm run corpus              # rewrites content/
 *   npm run corpus -- --out DIR # writes elsewhere (DIR must be empty or generated)
 *
 * Deterministic: a seeded PRNG and a fixed "now", never the clock, so running
 * it twice gives byte-identical files. The words, outlets, templates and events
 * are in corpus-data/*.json (all invented); the program that combines them is
 * in sample-corpus/, one stage per file under sample-corpus/stages/.
 */
import { main } from './sample-corpus/main';

main(process.argv.slice(2));
