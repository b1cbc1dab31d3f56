// Writes guide/benchmarks.md from each package's bench/results.md (written by `pnpm bench`), so
// the site shows the numbers as last measured, never a copy that drifts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = resolve(docsRoot, '../../packages');
const PACKAGES = ['core', 'tfjs', 'onnx-training'];

const sections = [];
for (const dir of PACKAGES) {
  const file = join(packagesDir, dir, 'bench/results.md');
  if (!existsSync(file)) continue;
  const name = JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')).name;
  // One level down: the page has its own title.
  const body = readFileSync(file, 'utf8').replace(/^(#+) /gm, '#$1 ');
  sections.push(`${body.trim()}\n\n_Run it: \`pnpm --filter ${name} bench\`._`);
  // The core's A/B against an earlier core (bench/compare.mjs): what a change to step() cost.
  const compare = join(packagesDir, dir, 'bench/compare.md');
  if (existsSync(compare)) {
    const ab = readFileSync(compare, 'utf8').replace(/^(#+) /gm, '##$1 ');
    sections.push(
      `${ab.trim()}\n\n_Run it: \`node packages/${dir}/bench/compare.mjs <git-ref>\`._`,
    );
  }
}

const intro = [
  'Measured on the machine named in each table with `pnpm bench` at the repository root, which',
  "runs every package's benchmark one after another. A scheduler step costs tens of nanoseconds;",
  "the adapters' share of a training step is reported next to the step itself.",
].join('\n');
const page = [
  '# Benchmarks',
  intro,
  ...(sections.length > 0
    ? sections
    : ['No results yet: run `pnpm bench` at the repository root.']),
].join('\n\n');
writeFileSync(join(docsRoot, 'guide/benchmarks.md'), page);
console.log(`Benchmarks page: ${sections.length} result file(s)`);
