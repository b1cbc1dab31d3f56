// Adapter overhead per training step: a small MLP (batch 32) trained with model.fit, with and
// without lrkit, on the tfjs cpu and wasm backends. Prints a table and writes bench/results.md.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// The package's own source, bundled (its dependencies resolve from node_modules as usual).
const bundle = here('../node_modules/.cache/lrkit-tfjs-bench.mjs');
await build({
  entryPoints: [here('../src/index.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@tensorflow/*', '@lrkit/core'],
  logLevel: 'silent',
});
const tf = await import('@tensorflow/tfjs');
await import('@tensorflow/tfjs-backend-wasm');
const core = await import('@lrkit/core');
const lrkit = await import(bundle);

const SAMPLES = 1024;
const BATCH = 32;
const FEATURES = 32;
const STEPS_PER_EPOCH = SAMPLES / BATCH;
const ROUNDS = Number(process.env.LRKIT_BENCH_ROUNDS ?? 12);
const PAIRS = Number(process.env.LRKIT_BENCH_PAIRS ?? 40);

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

function mlp() {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      units: 64,
      inputShape: [FEATURES],
      activation: 'relu',
      kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }),
    }),
  );
  model.add(
    tf.layers.dense({
      units: 64,
      activation: 'relu',
      kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }),
    }),
  );
  model.add(
    tf.layers.dense({ units: 10, kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
  );
  return model;
}

function warmupCosine(optimizer, totalSteps) {
  return new core.SequentialLR(optimizer, {
    schedulers: [
      new core.LinearLR(optimizer, { startFactor: 0.01, totalIters: 100 }),
      new core.CosineAnnealingLR(optimizer, { tMax: totalSteps, etaMin: 1e-5 }),
    ],
    milestones: [100],
  });
}

const TOTAL = STEPS_PER_EPOCH * (ROUNDS + 4) * 2;

/** Each configuration: its model, compile optimizer and callbacks. */
const configs = {
  'adam, no lrkit': () => {
    const model = mlp();
    model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
    return { model, callbacks: [] };
  },
  'adam + lrkit (warmup+cosine per step)': () => {
    const model = mlp();
    const binding = lrkit.bindOptimizer(tf.train.adam(1e-3));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const callback = new lrkit.LrSchedulerCallback({
      scheduler: warmupCosine(binding, TOTAL),
      interval: 'step',
    });
    return { model, callbacks: [callback], callback };
  },
  'sgd, no lrkit': () => {
    const model = mlp();
    model.compile({ optimizer: tf.train.sgd(1e-2), loss: 'meanSquaredError' });
    return { model, callbacks: [] };
  },
  'sgd + lrkit (warmup+cosine per step)': () => {
    const model = mlp();
    const binding = lrkit.bindOptimizer(tf.train.sgd(1e-2));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const callback = new lrkit.LrSchedulerCallback({
      scheduler: warmupCosine(binding, TOTAL),
      interval: 'step',
    });
    return { model, callbacks: [callback], callback };
  },
  'adam, GroupedOptimizer (3 layer groups) + lrkit': () => {
    const model = mlp();
    const grouped = new lrkit.GroupedOptimizer({
      groups: model.layers.map((layer, i) => ({ params: layer, lr: 1e-3 / (i + 1) })),
      optimizer: (lr) => tf.train.adam(lr),
    });
    model.compile({ optimizer: grouped, loss: 'meanSquaredError' });
    const callback = new lrkit.LrSchedulerCallback({
      scheduler: warmupCosine(grouped, TOTAL),
      interval: 'step',
    });
    return { model, callbacks: [callback], callback };
  },
};

/** A markdown table padded as the repo's formatter (biome) writes it. */
function markdownTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(3, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) =>
    `| ${cells.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function benchBackend(backend) {
  await tf.setBackend(backend);
  await tf.ready();
  const rand = lcg(7);
  const xs = tf.tensor2d(Array.from({ length: SAMPLES * FEATURES }, rand), [SAMPLES, FEATURES]);
  const ys = tf.tensor2d(Array.from({ length: SAMPLES * 10 }, rand), [SAMPLES, 10]);
  const built = Object.fromEntries(Object.entries(configs).map(([name, make]) => [name, make()]));
  const fitArgs = { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0, yieldEvery: 'never' };
  // Process CPU time (user + system) is the measure: on a machine shared with other jobs, wall
  // time mostly measures the neighbours. Wall time is reported alongside.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const runEpoch = async (c) => {
    globalThis.gc?.();
    const w0 = performance.now();
    const c0 = cpuMs();
    await c.model.fit(xs, ys, { ...fitArgs, callbacks: c.callbacks });
    return {
      cpu: (cpuMs() - c0) / STEPS_PER_EPOCH,
      wall: (performance.now() - w0) / STEPS_PER_EPOCH,
    };
  };
  for (const c of Object.values(built)) for (let i = 0; i < 2; i++) await runEpoch(c); // warm-up
  const times = Object.fromEntries(Object.keys(built).map((k) => [k, []]));
  const walls = Object.fromEntries(Object.keys(built).map((k) => [k, []]));
  const names = Object.keys(built);
  for (let r = 0; r < ROUNDS; r++) {
    // Interleaved, rotating order: drifts of a shared machine hit every configuration alike.
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length];
      const { cpu, wall } = await runEpoch(built[name]);
      times[name].push(cpu);
      walls[name].push(wall);
    }
  }
  // The adapter's own work per step, timed alone: the callback's hook (logs, runner, schedule,
  // history, the lr write into the tfjs optimizer) on a separate copy of each configuration.
  const direct = {};
  for (const name of names) {
    if (!built[name].callback) continue;
    const fresh = configs[name]();
    const logs = { loss: 0.5, batch: 0, size: BATCH };
    const n = 5000;
    for (let i = 0; i < 200; i++) await fresh.callback.onBatchEnd(i, logs);
    const c0 = cpuMs();
    for (let i = 0; i < n; i++) await fresh.callback.onBatchEnd(i, logs);
    direct[name] = ((cpuMs() - c0) / n) * 1000;
    fresh.model.dispose();
  }
  // Paired A/B on one model and one optimizer: epochs alternate between with and without the
  // callback, so slow drifts of the machine cancel in each pair's difference.
  const paired = [];
  const pairModel = configs['adam + lrkit (warmup+cosine per step)']();
  await runEpoch(pairModel);
  const withoutCallback = { model: pairModel.model, callbacks: [] };
  for (let i = 0; i < PAIRS; i++) {
    const first = i % 2 === 0;
    const a = await runEpoch(first ? pairModel : withoutCallback);
    const b = await runEpoch(first ? withoutCallback : pairModel);
    const [on, off] = first ? [a.cpu, b.cpu] : [b.cpu, a.cpu];
    paired.push((on - off) / off);
  }
  pairModel.model.dispose();
  for (const c of Object.values(built)) c.model.dispose();
  tf.dispose([xs, ys]);
  return { times, walls, direct, paired };
}

const rows = [];
const pairedRows = [];
for (const backend of ['cpu', 'wasm']) {
  const { times, walls, direct, paired } = await benchBackend(backend);
  const pm = median(paired);
  const share = (v) => `${(v * 100).toFixed(2)}%`;
  pairedRows.push([
    backend,
    share(pm),
    `${share(quantile(paired, 0.25))} – ${share(quantile(paired, 0.75))}`,
    paired.length,
  ]);
  for (const name of Object.keys(times)) {
    const base = name.startsWith('sgd') ? 'sgd, no lrkit' : 'adam, no lrkit';
    const med = median(times[name]);
    const baseMed = median(times[base]);
    const wall = median(walls[name]);
    const baseWall = median(walls[base]);
    const pct = (a, b) => `${(((a - b) / b) * 100).toFixed(2)}%`;
    rows.push({
      backend,
      config: name,
      stepMs: med,
      wallMs: wall,
      iqr: `${quantile(times[name], 0.25).toFixed(3)}–${quantile(times[name], 0.75).toFixed(3)}`,
      endToEnd: name === base ? '' : pct(med, baseMed),
      endToEndWall: name === base ? '' : pct(wall, baseWall),
      directUs: direct[name],
      direct:
        direct[name] === undefined ? '' : `${((direct[name] / 1000 / baseMed) * 100).toFixed(3)}%`,
    });
  }
}

const table = markdownTable([
  [
    'backend',
    'configuration',
    'CPU ms/step, median (IQR)',
    'wall ms/step, median',
    'overhead vs plain: CPU time / wall',
    'adapter CPU µs/step',
    'adapter share of a step',
  ],
  ...rows.map((r) => [
    r.backend,
    r.config,
    `${r.stepMs.toFixed(3)} (${r.iqr})`,
    r.wallMs.toFixed(3),
    r.endToEnd ? `${r.endToEnd} / ${r.endToEndWall}` : '',
    r.directUs === undefined ? '' : r.directUs.toFixed(1),
    r.direct,
  ]),
]);
const pairedTable = markdownTable([
  ['backend', 'paired overhead, median', 'IQR of the pairs', 'pairs'],
  ...pairedRows,
]);
console.log(table);
console.log(`\nPaired A/B (adam + warmup/cosine per step, one model, CPU time):\n${pairedTable}`);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, tfjs ${tf.version.tfjs}`;
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(', ');
writeFileSync(
  here('results.md'),
  `# @lrkit/tfjs adapter overhead\n\n` +
    `Small MLP (${FEATURES}→64→64→10, MSE), batch ${BATCH}, ${STEPS_PER_EPOCH} steps per epoch, ` +
    `${ROUNDS} interleaved rounds of one epoch per configuration after 2 warm-up epochs; ` +
    `\`yieldEvery: 'never'\` for every run. Machine: ${machine}; load average at the end: ${load}.\n\n` +
    `- **overhead vs plain**: ms/step of the same training with lrkit against without it, in process ` +
    `CPU time (robust to other jobs on the machine) and in wall time (noisy when the machine is busy).\n` +
    `- **adapter share**: the callback's own per-step work (lr into the logs, runner, schedule, ` +
    `history, the lr write into the tfjs optimizer) timed alone in CPU time, divided by the plain ` +
    `step's CPU time. The SGD rows include the one scalar tfjs needs per lr change ` +
    `(\`setLearningRate\`).\n\n` +
    `${table}\n\n## Paired A/B\n\n` +
    `One model and optimizer (Adam, warmup + cosine per step), epochs alternating with and without ` +
    `the callback (the order alternating too); the overhead of each pair in CPU time:\n\n` +
    `${pairedTable}\n\nTarget: at most 1% overhead per step; the adapter share is the precise ` +
    `figure, the end-to-end and paired medians carry the machine's epoch-to-epoch noise (see the IQRs). ` +
    `Run: \`pnpm --filter @lrkit/tfjs bench\`.\n`,
);
