// Every check of the repo, in order; stops at the first failure with its exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const RESULTS = 'test-results/vitest.json';

/** The plain closing line CI reads: 'vitest: N passed, N failed'. */
function printTestSummary() {
  if (!existsSync(RESULTS)) return;
  const report = JSON.parse(readFileSync(RESULTS, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}

const steps = [
  ['browser', 'bash', ['scripts/ensure-chromium.sh']],
  ['torch', 'bash', ['scripts/ensure-torch.sh']],
  ['build', 'pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']],
  ['typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  ['lint', 'pnpm', ['exec', 'biome', 'check', '.']],
  [
    'test',
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS}`,
    ],
  ],
  ['package checks', 'pnpm', ['exec', 'turbo', 'run', 'pkgcheck', '--output-logs=errors-only']],
  // The packed tarballs installed with npm into fresh projects, every README sample run there.
  ['consumer', 'pnpm', ['exec', 'vitest', 'run', '--config', 'scripts/consumer/vitest.config.ts']],
];

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (name === 'test') printTestSummary();
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log('\nAll checks passed.');
