// A/B of step(): this checkout's core against the core at a git ref, in one process per case,
// alternating short runs of the two builds so that whatever else the machine does hits both
// alike. An A/A pair (this checkout twice, as two module copies) shows the noise left.
//
//   node bench/compare.mjs <git-ref> [--write]
//
// Both sides are bundled from source with the same esbuild command, so only the code differs.
// --write puts the table in bench/compare.md.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adam, benchCases, metrics, sgd } from './cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const RUNS = 80;
const PER_RUN = 5000;
const LONG = 1e9;

if (process.argv[2] === '--case') {
  runCase(Number(process.argv[3]), Number(process.argv[4]), process.argv.slice(5));
} else {
  await main(process.argv[2], process.argv.includes('--write'));
}

async function main(ref, write) {
  if (!ref || ref.startsWith('--'))
    throw new Error('usage: node bench/compare.mjs <git-ref> [--write]');
  const work = mkdtempSync(join(os.tmpdir(), 'lrkit-compare-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const refDir = join(work, 'ref-src');
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
    cwd: packageDir,
    encoding: 'utf8',
  }).trim();
  const sha = execFileSync('git', ['rev-parse', '--short', ref], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  // The ref's packages/core/src, extracted without touching the working tree.
  execFileSync('sh', ['-c', `git archive ${sha} packages/core/src | tar -x -C "${work}"`], {
    cwd: root,
  });
  cpSync(join(work, 'packages/core/src'), refDir, { recursive: true });
  const builds = {
    ref: bundle(join(refDir, 'index.ts'), join(work, 'ref')),
    head: bundle(join(packageDir, 'src/index.ts'), join(work, 'head')),
  };
  cpSync(join(work, 'head'), join(work, 'head-copy'), { recursive: true });
  builds.headCopy = join(work, 'head-copy', 'index.js');
  const names = benchCases({}, LONG).map(([name]) => name);
  const rows = [];
  for (let i = 0; i < names.length; i++) {
    for (const groups of [1, 8]) {
      const out = execFileSync(
        process.execPath,
        [
          fileURLToPath(import.meta.url),
          '--case',
          String(i),
          String(groups),
          builds.ref,
          builds.head,
          builds.headCopy,
        ],
        { encoding: 'utf8' },
      );
      const [ref, head, copy] = JSON.parse(out);
      rows.push({ name: names[i], groups, ref, head, copy });
      console.log(
        `${names[i]} (${groups}): ref ${ref.toFixed(1)} ns, head ${head.toFixed(1)} ns, A/A ${copy.toFixed(1)} ns`,
      );
    }
  }
  const text = report(rows, sha, describeHead(root));
  console.log(text);
  if (write) writeFileSync(join(here, 'compare.md'), text);
}

function bundle(entry, outDir) {
  // esbuild as tsup (a devDependency) has it: the same bundler the package is built with.
  const fromTsup = createRequire(createRequire(join(packageDir, 'package.json')).resolve('tsup'));
  const esbuild = fromTsup.resolve('esbuild/bin/esbuild');
  const outfile = join(outDir, 'index.js');
  execFileSync(esbuild, [
    entry,
    '--bundle',
    '--format=esm',
    '--platform=node',
    `--outfile=${outfile}`,
    '--log-level=warning',
  ]);
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  return outfile;
}

async function runCase(index, groups, files) {
  const modules = [];
  for (const file of files) modules.push(await import(file));
  const subjects = modules.map((lrkit) => {
    const [, build, kind] = benchCases(lrkit, LONG)[index];
    return { scheduler: build(kind === 'adam' ? adam(groups) : sgd(groups)), kind };
  });
  for (const s of subjects) time(s, 50_000);
  const times = subjects.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < subjects.length; k++) times[k].push(time(subjects[k], PER_RUN));
  }
  // The fastest quarter's median: robust to the other processes, less optimistic than the min.
  const quartile = (t) => t.sort((a, b) => a - b)[Math.floor(RUNS / 8)];
  console.log(JSON.stringify(times.map(quartile)));
}

function time({ scheduler, kind }, steps) {
  const start = process.hrtime.bigint();
  if (kind === 'metric') for (let i = 0; i < steps; i++) scheduler.step(metrics[i & 4095]);
  else for (let i = 0; i < steps; i++) scheduler.step();
  return Number(process.hrtime.bigint() - start) / steps;
}

/** This checkout as a short sha, marked when the working tree differs from it. */
function describeHead(root) {
  const git = (args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const head = git(['rev-parse', '--short', 'HEAD']);
  return git(['status', '--porcelain', '--', 'packages/core/src']) === ''
    ? head
    : `${head} + changes`;
}

function report(rows, sha, head) {
  const pct = (a, b) => `${((a / b - 1) * 100).toFixed(1)}%`;
  const lines = rows.map(
    (r) =>
      `| ${r.name} | ${r.groups} | ${r.ref.toFixed(1)} | ${r.head.toFixed(1)} | ${pct(r.head, r.ref)} | ${pct(r.copy, r.head)} |`,
  );
  const diffs = rows.map((r) => r.head / r.ref - 1).sort((a, b) => a - b);
  const noise = rows.map((r) => Math.abs(r.copy / r.head - 1)).sort((a, b) => a - b);
  const median = (v) => v[Math.floor(v.length / 2)];
  return [
    `# step() A/B: ${head} against ${sha}`,
    '',
    `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os.loadavg()[0].toFixed(2)} at the end.`,
    `ns per step(): the 10th-fastest of ${RUNS} alternating runs of ${PER_RUN} steps per build. A/A: this checkout against a second copy of itself.`,
    `Median change ${(median(diffs) * 100).toFixed(1)}% (range ${(diffs[0] * 100).toFixed(1)}% to ${(diffs.at(-1) * 100).toFixed(1)}%); median A/A noise ${(median(noise) * 100).toFixed(1)}%.`,
    '',
    '| scheduler | groups | ref ns | head ns | change | A/A |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...lines,
    '',
  ].join('\n');
}
