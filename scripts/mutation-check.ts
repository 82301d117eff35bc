/**
 * npm run test:mutation: breaks the code in known ways, one line at a time,
 * and fails unless the tests that guard each behaviour go red. A test suite
 * that still passes with sorting reversed or sanitising skipped proves
 * nothing about them. Each mutant is applied to the working tree, the tests
 * named for it run, and the file is restored (also on Ctrl-C).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Mutant = {
  name: string;
  file: string;
  /** Text that must occur exactly once in the file, and what replaces it. */
  find: string;
  replace: string;
  /** Vitest project and the test files that must fail. */
  project: 'unit' | 'app' | 'faults';
  tests: string[];
};

const MUTANTS: Mutant[] = [
  {
    name: 'heat order reversed',
    file: 'src/shared/sort-order.ts',
    find: 'heat: byScore((s) => s.heat ?? 0),',
    replace: 'heat: (a, b) => -byScore((s) => s.heat ?? 0)(a, b),',
    project: 'unit',
    tests: ['test/unit/shards.test.ts', 'test/unit/link.test.ts'],
  },
  {
    name: 'bodies not sanitised',
    file: 'src/cli/parse/body.ts',
    find: 'const clean = sanitizeHtml(html, {',
    replace: 'const clean = html || sanitizeHtml(html, {',
    project: 'unit',
    tests: ['test/unit/body.test.ts'],
  },
  {
    name: 'files written in place, not renamed',
    file: 'src/cli/write/atomic-write.ts',
    find: '  writeFileSync(temp, content);\n  renameSync(temp, file);',
    replace: '  writeFileSync(file, content);\n  void temp;\n  void renameSync;',
    project: 'unit',
    tests: ['test/unit/commit-faults.test.ts'],
  },
  {
    name: 'unknown topic or source not a 404',
    file: 'src/features/list/api/get-list-page.ts',
    find: 'if (!ref) throw notFound();',
    replace: 'if (!ref) return ref;',
    project: 'app',
    tests: ['test/app/pages.test.tsx'],
  },
  {
    name: 'article links do not prefetch',
    file: 'src/components/cards/article-link.tsx',
    find: 'onMouseEnter={prefetch}\n      onFocus={prefetch}\n',
    replace: 'data-prefetch={String(!prefetch)}\n',
    project: 'app',
    tests: ['test/app/prefetch.test.tsx'],
  },
  {
    name: 'topic chips do not prefetch',
    file: 'src/components/cards/topic-chips.tsx',
    find: 'onMouseEnter={prefetch} onFocus={prefetch}>',
    replace: 'data-prefetch={String(!prefetch)}>',
    project: 'app',
    tests: ['test/app/prefetch.test.tsx'],
  },
  {
    name: 'drafts published',
    file: 'src/cli/parse/normalize.ts',
    find: "if (!isPublished && !options.includeUnpublished) return { kind: 'skipped-unpublished', warnings: cx.warnings };",
    replace: '',
    project: 'unit',
    tests: ['test/unit/normalize.test.ts'],
  },
  {
    name: 'body limits skipped',
    file: 'src/cli/parse/normalize.ts',
    find: 'const bodyProblem = checkBody(fm.body);',
    replace: 'const bodyProblem = undefined as ReturnType<typeof checkBody>;',
    project: 'unit',
    tests: ['test/unit/file-limits.test.ts'],
  },
  {
    name: 'muted cards listed',
    file: 'src/features/list/components/list-card.tsx',
    find: "const hidden = reason === 'read' || (reason === 'muted' && !filter.revealMuted);",
    replace: "const hidden = reason === 'read';",
    project: 'app',
    tests: ['test/app/reader-state.test.tsx'],
  },
  {
    name: 'read marks on the card ignored',
    file: 'src/lib/reader-state/rules.ts',
    find: 'if (mark && mark.at >= ruleAt) return mark.read;',
    replace: 'if (mark && mark.at >= ruleAt) return false;',
    project: 'unit',
    tests: ['test/unit/reader-store.test.ts'],
  },
  {
    name: 'damaged shards trusted',
    file: 'src/cli/write/write-index.ts',
    find: 'if (this.intact(file, bytes)) return;',
    replace: 'if (this.intact(file, bytes) || this.existing.has(name)) return;',
    project: 'faults',
    tests: ['test/faults/damaged-output.test.ts'],
  },
  {
    name: 'a topic on most articles trends',
    file: 'src/features/topics/trending.ts',
    find: '.filter((topic) => !topic.generic && topic.weeks)',
    replace: '.filter((topic) => topic.weeks)',
    project: 'app',
    tests: ['test/app/topics.test.tsx'],
  },
  {
    name: 'structured data can close its script element',
    file: 'src/cli/site/shell-markup.tsx',
    find: ".replace(/</g, '\\\\u003c')",
    replace: '',
    project: 'unit',
    tests: ['test/unit/site.test.ts'],
  },
  {
    name: 'a new edition applied without asking',
    file: 'src/components/layout/update-prompt.tsx',
    find: '  if (!edition && !app.waiting) return null;',
    replace: '  if (edition) showLatest();\n  if (!edition && !app.waiting) return null;',
    project: 'app',
    tests: ['test/app/new-edition.test.tsx'],
  },
];

const ROOT = path.resolve(import.meta.dirname, '..');
let restore: (() => void) | undefined;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});

function main(): void {
  const survivors: string[] = [];
  for (const mutant of MUTANTS) {
    const file = path.join(ROOT, mutant.file);
    const original = readFileSync(file, 'utf8');
    if (original.split(mutant.find).length !== 2) {
      throw new Error(`${mutant.name}: the text to change occurs ${original.split(mutant.find).length - 1} times in ${mutant.file}; update this script`);
    }
    restore = () => writeFileSync(file, original);
    writeFileSync(file, original.replace(mutant.find, mutant.replace));
    const started = Date.now();
    try {
      const run = spawnSync('npx', ['vitest', 'run', '--project', mutant.project, ...mutant.tests], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 300_000,
      });
      const killed = run.status === 0 ? 'SURVIVED' : 'killed';
      if (run.status === 0) survivors.push(mutant.name);
      process.stdout.write(`${killed.padEnd(8)} ${mutant.name} (${mutant.tests.join(', ')}; ${Math.round((Date.now() - started) / 1000)} s)\n`);
    } finally {
      restore();
      restore = undefined;
    }
  }
  process.stdout.write(`${MUTANTS.length - survivors.length} of ${MUTANTS.length} mutants killed\n`);
  if (survivors.length) {
    process.stdout.write(`the tests still pass with: ${survivors.join('; ')}\n`);
    process.exitCode = 1;
  }
}

main();
