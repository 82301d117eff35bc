/**
 * The import rules of eslint.config.js reject what they promise to: a
 * feature importing another (the list included), a feature importing the
 * app, shared code importing a feature, the index client importing
 * components or lib's other code, the reader importing the CLI, and an
 * import cycle; and they let the app place the list feature. Each case is
 * linted as if it were a file of the project.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers';

vi.setConfig({ testTimeout: 60_000 });

const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it('reject a feature importing another feature', async () => {
    expect(await problems('src/features/list/probe.ts', "export { getTopicsQueryOptions } from '../topics/api/get-topics';\n"))
      .toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths: .*Features never import each other/));
  });

  it('reject another feature importing the list feature', async () => {
    expect(await problems('src/features/articles/probe.ts', "export * from '../list/components/list-view';\n"))
      .toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths: .*Features never import each other/));
  });

  it('allow the app importing the list feature', async () => {
    expect(await problems('src/app/routes/probe.ts', "export * from '../../features/list/components/list-page';\n")).toEqual([]);
  });

  it('allow a feature importing its own files and shared code', async () => {
    expect(await problems('src/features/topics/probe.ts', "export * from './api/get-topics';\nexport * from '../../lib/index-client/errors';\n")).toEqual([]);
  });

  it('reject a feature importing the app', async () => {
    expect(await problems('src/features/list/probe.ts', "export * from '../../app/provider';\n"))
      .toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths: .*Features never import the app/));
  });

  it('reject shared code importing a feature', async () => {
    expect(await problems('src/lib/probe.ts', "export * from '../features/topics/api/get-topics';\n"))
      .toContainEqual(expect.stringMatching(/Shared code must not import features or app/));
  });

  it('reject components importing the list feature', async () => {
    expect(await problems('src/components/cards/probe.ts', "export * from '../../features/list/components/list-view';\n"))
      .toContainEqual(expect.stringMatching(/Shared code must not import features or app/));
  });

  it('reject the index client importing components or the rest of lib', async () => {
    expect(await problems('src/lib/index-client/probe.ts', "export * from '../../components/cards/badges';\n"))
      .toContainEqual(expect.stringMatching(/The index client holds data, not markup/));
    expect(await problems('src/lib/index-client/probe.ts', "export * from '../use-sort';\n"))
      .toContainEqual(expect.stringMatching(/The index client stands alone/));
  });

  it('allow lib and components importing the index client', async () => {
    const code = "export * from '../../lib/index-client/list-queries';\n";
    expect(await problems('src/components/cards/probe.ts', code)).toEqual([]);
    expect(await problems('src/lib/probe.ts', "export * from './index-client/list-queries';\n")).toEqual([]);
  });

  it('reject the reader importing the CLI', async () => {
    expect(await problems('src/components/probe.ts', "export * from '../cli/parse/limits';\n"))
      .toContainEqual(expect.stringMatching(/The reader must not import the CLI/));
  });

  it('reject an import cycle', async () => {
    // fetch-shard.ts imports errors.ts; errors.ts importing fetch-shard.ts closes the loop.
    const errors = `import { fetchShard } from './fetch-shard';\nexport const probe = fetchShard;\n`;
    expect(await problems('src/lib/index-client/errors.ts', errors)).toContainEqual(expect.stringMatching(/^import-x\/no-cycle:/));
  });
});
