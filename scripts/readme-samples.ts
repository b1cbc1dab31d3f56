// The TypeScript samples of a README, as programs a test can type-check and run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface ReadmeSample {
  /** `packages/core/README.md:42`: where the block starts, for test names and errors. */
  where: string;
  code: string;
}

/** Every ```ts / ```typescript block of a Markdown file; each one is a complete program. */
export function readmeSamples(markdownFile: string): ReadmeSample[] {
  const text = readFileSync(markdownFile, 'utf8');
  const fence = /^```(?:ts|typescript)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  return [...text.matchAll(fence)].map((match) => ({
    where: `${relative(repoRoot, markdownFile)}:${text.slice(0, match.index).split('\n').length}`,
    code: match[1]!,
  }));
}

/**
 * Writes each sample to `dir/sample-<i>.ts` (a module even without imports, so top-level await
 * works) with the given import specifiers replaced, e.g. the package under test by its source.
 */
export function writeSamples(
  samples: readonly ReadmeSample[],
  dir: string,
  replace: Readonly<Record<string, string>> = {},
): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return samples.map((sample, i) => {
    let code = sample.code;
    for (const [from, to] of Object.entries(replace)) {
      code = code.replaceAll(`'${from}'`, JSON.stringify(to));
    }
    const file = join(dir, `sample-${i}.ts`);
    writeFileSync(file, `// ${sample.where}\n${code}\nexport {};\n`);
    return file;
  });
}

/**
 * Type-checks the written samples with the repository's strict settings (a replaced import is a
 * path to a .ts source). Returns tsc's exit code and output (each error names the sample file).
 */
export function typecheckSamples(
  dir: string,
  files: readonly string[],
  options: { lib?: string[] } = {},
): { status: number | null; output: string } {
  const tsconfig = {
    extends: join(repoRoot, 'tsconfig.base.json'),
    compilerOptions: {
      noEmit: true,
      allowImportingTsExtensions: true,
      types: ['node'],
      ...(options.lib ? { lib: options.lib } : {}),
    },
    files,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Vitest suite: every sample of `readme` type-checks (strict) and runs to completion. Samples
 * are written under `<packageDir>/test-results/` so their imports resolve as the package's own.
 */
export async function describeReadmeSamples(options: {
  readme: string;
  packageDir: string;
  /** Import specifier → file, e.g. the package under test → its source entry. */
  replace?: Record<string, string>;
  lib?: string[];
}): Promise<void> {
  const { afterAll, describe, expect, it } = await import('vitest');
  const samples = readmeSamples(options.readme);
  const slug = relative(repoRoot, options.readme).replace(/[^A-Za-z0-9]+/g, '-');
  const dir = join(options.packageDir, 'test-results', `readme-samples-${process.pid}-${slug}`);
  const replace = options.replace ?? {};
  const files = writeSamples(samples, dir, replace);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe(`${relative(repoRoot, options.readme)} samples`, () => {
    it('type-check with the strict settings of the repository', { timeout: 120_000 }, () => {
      if (files.length === 0) return;
      const { status, output } = typecheckSamples(
        dir,
        files,
        options.lib ? { lib: options.lib } : {},
      );
      expect(output).toBe('');
      expect(status).toBe(0);
    });

    samples.forEach((sample, i) => {
      it(`${sample.where} runs`, { timeout: 120_000 }, async () => {
        await expect(import(/* @vite-ignore */ files[i]!)).resolves.toBeDefined();
      });
    });
  });
}
