// preview() of 1,000,000 steps of closed-form schedules, on the built package (target ≤ 50 ms).
// Run with `pnpm bench` (after `pnpm build`) or `node bench/preview.mjs`.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { preview } from '../dist/index.js';

const STEPS = Number(process.env.LRKIT_PREVIEW_STEPS ?? 1_000_000);
const RUNS = 7;
const TARGET_MS = 50;

const cosine = (decaySteps) => ({ type: 'cosine', peakLr: 3e-4, minLr: 1e-6, decaySteps });

/** Specs as a config file or the docs would hold them. */
const cases = [
  [
    'cosine with linear warmup',
    { type: 'warmup', warmupSteps: 10_000, schedule: cosine(STEPS - 10_000) },
  ],
  ['cosine', cosine(STEPS)],
  ['linear', { type: 'linear', startLr: 0.1, endLr: 0, transitionSteps: STEPS }],
  [
    'exponential (staircase)',
    { type: 'exponential', startLr: 0.1, decayRate: 0.5, decaySteps: 100_000, staircase: true },
  ],
  ['inverse sqrt', { type: 'inverse-sqrt', peakLr: 1e-3, timescaleSteps: 4000 }],
  [
    'restarts (cosine, x2 cycles)',
    {
      type: 'restarts',
      peakLr: 0.1,
      minLr: 1e-5,
      cycleSteps: 10_000,
      cycleMul: 2,
      cycleDecay: 0.9,
    },
  ],
  [
    'join: warmup, constant, cosine',
    {
      type: 'join',
      schedules: [
        { type: 'linear', startLr: 0, endLr: 0.1, transitionSteps: 1000 },
        { type: 'constant', lr: 0.1 },
        cosine(STEPS),
      ],
      boundaries: [1000, 200_000],
    },
  ],
  ['hf-linear (multiplier)', { type: 'hf-linear', numWarmupSteps: 1000, numTrainingSteps: STEPS }],
  [
    'timm-cosine',
    { type: 'timm-cosine', baseLr: 0.1, tInitial: 100_000, warmupT: 1000, warmupLrInit: 1e-5 },
  ],
];

/** Wall time and CPU time (user + system) per run: on a shared machine the CPU time is steadier. */
function time(spec, typed) {
  const wall = [];
  const cpu = [];
  let curve;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    curve = preview({ version: 1, ...spec }, { steps: STEPS, typed });
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  if (curve.lr[0].length !== STEPS) throw new Error('preview returned a short curve');
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { best: Math.min(...wall), median: median(wall), cpu: median(cpu) };
}

/** A calibration row without lrkit: one Math.cos per step into a Float64Array. */
function reference() {
  const wall = [];
  const cpu = [];
  let sink = 0;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const out = new Float64Array(STEPS);
    for (let i = 0; i < STEPS; i++) out[i] = 0.5 * (1 + Math.cos((Math.PI * i) / STEPS));
    sink += out[STEPS - 1];
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { best: Math.min(...wall), median: median(wall), cpu: median(cpu) };
}

const rows = [['reference: Math.cos loop into a Float64Array, no lrkit', reference()]];
for (const [name, spec] of cases) {
  for (const typed of [false, true]) {
    const label = `${name}${typed ? ', typed' : ''}`;
    try {
      rows.push([label, time(spec, typed)]);
    } catch (error) {
      rows.push([label, { error: error.message.split('\n')[0] }]);
    }
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`# preview() of ${STEPS.toLocaleString('en-US')} steps (closed forms)\n`);
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs (${cpu}).`,
);
console.log(
  `Load average ${os.loadavg()[0].toFixed(1)}. Best and median wall time of ${RUNS} runs in one process, and the`,
);
console.log(
  `median CPU time (steadier when other processes share the CPUs); target ≤ ${TARGET_MS} ms.\n`,
);
console.log('| schedule | best ms | median ms | median CPU ms | within target |');
console.log('| --- | ---: | ---: | ---: | :---: |');
for (const [name, r] of rows) {
  if (r.error) {
    console.log(`| ${name} | error: ${r.error} | | | no |`);
    continue;
  }
  const ok = Math.min(r.median, r.cpu) <= TARGET_MS;
  const cells = [r.best, r.median, r.cpu].map((x) => x.toFixed(1)).join(' | ');
  console.log(`| ${name} | ${cells} | ${ok ? 'yes' : 'NO'} |`);
}
