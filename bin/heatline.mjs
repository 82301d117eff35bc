#!/usr/bin/env node
// `heatline index [CONTENT_DIR] [options]`: the indexer, from any folder. The
// TypeScript sources run through tsx's loader, found next to this file, so
// the command does not depend on the folder it is started from.
import { register } from 'tsx/esm/api';

const command = process.argv[2];
if (command !== 'index') {
  const help = command === undefined || command === '--help' || command === '-h';
  (help ? process.stdout : process.stderr).write(
    `usage: heatline index [CONTENT_DIR] [options]\n${help ? '' : `heatline: unknown command "${command}"\n`}run "heatline index --help" for the options\n`,
  );
  process.exit(help ? 0 : 2);
}
process.argv.splice(2, 1);
register();
await import('../src/cli/main.ts');
