// pnpm bench: ms per training step of the same MLPs, data and optimizers on onnx-training (Node
// and, through the `/web` entry, onnxruntime-web in headless Chromium), TensorFlow.js (cpu, wasm)
// and a raw two-graph loop; then the optimizer graph alone, packed vs one chain per tensor.
// `tsx bench/run.ts --only-node-ratio`: just the Trainer, raw-loop and A/A rounds in Node, printed
// (results.md is not written).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as ort from 'onnxruntime-node';
import { setOrtRuntime } from '../src/runtime/ort-runtime';
import { CONFIGS, type Config, KINDS, type Kind } from './configs';
import { optimizerRun, rawLoop, type Step, trainerLoop } from './onnx-loops';
import { lrInputMicro, type Measured, timeRounds } from './rounds';
import { conclusion, type Row, stepTable, table } from './summary';
import { tfjsLoop, useBackend } from './tfjs-loop';
import { openWebBench } from './web/browser';

setOrtRuntime(ort);
const load = loadavg()[0]!;
const ROUNDS = 5;
const OVERHEAD_ROUNDS = 61;
/** Instances of each loop in the overhead rounds (each with its own sessions and buffers). */
const INSTANCES = 5;
const label = (k: Kind) => (k === 'SGD' ? 'SGD momentum' : 'Adam');

/**
 * The Trainer against the raw loop and its A/A control: many short rounds of just these Node
 * loops, several instances of each. Identical loops differ from one instance to another, for as
 * long as they live, by up to ~10% (and by half under load): where their buffers and sessions
 * landed in memory. That only ever adds, as other processes do to a round, so each loop's time
 * is its fastest instance's fastest round. `first` are instances already made (the first ones).
 */
async function overheadRounds(
  c: Config,
  kind: Kind,
  first: Partial<Record<'trainer' | 'raw' | 'rawControl', Measured>> = {},
): Promise<Record<string, number>> {
  const node = (step: Step): Measured => ({ kind: 'node', step });
  const make = { trainer: trainerLoop, raw: rawLoop, rawControl: rawLoop };
  const loops: Record<string, Measured> = {};
  for (let i = 0; i < INSTANCES; i++) {
    for (const [name, loop] of Object.entries(make)) {
      const given = i === 0 ? first[name as keyof typeof make] : undefined;
      loops[`${name}.${i}`] = given ?? node(await loop(c, kind));
    }
  }
  // Short rounds, many of them: each loop gets more chances at a quiet stretch of the machine.
  const best = await timeRounds(loops, Math.max(2, c.steps >> 1), OVERHEAD_ROUNDS);
  const us = Object.entries(best).map(([k, ms]) => `${k} ${(ms * 1000).toFixed(1)}`);
  console.log(`${c.label}, ${label(kind)}, µs per step by instance: ${us.join(', ')}`);
  const of = (name: string) =>
    Math.min(
      ...Object.keys(best)
        .filter((k) => k.startsWith(`${name}.`))
        .map((k) => best[k]!),
    );
  return { trainer: of('trainer'), raw: of('raw'), rawControl: of('rawControl') };
}

if (process.argv.includes('--only-node-ratio')) {
  console.log(`load average ${load.toFixed(2)}`);
  for (const c of CONFIGS) {
    for (const kind of KINDS) {
      const ms = await overheadRounds(c, kind);
      const ratio = (ms.trainer! / ms.raw!).toFixed(3);
      const aa = `${((ms.rawControl! / ms.raw! - 1) * 100).toFixed(1)}%`;
      const times = `Trainer ${ms.trainer!.toFixed(3)} ms, raw ${ms.raw!.toFixed(3)} ms`;
      console.log(`${c.label}, ${label(kind)}: ${times}, Trainer ÷ raw ${ratio} (A/A ${aa})`);
    }
  }
  process.exit(0);
}

const web = await openWebBench();

/** One model × optimizer: every loop in interleaved rounds, the fastest round of each. */
async function stepRow(c: Config, ci: number, kind: Kind): Promise<Row> {
  const id = `${ci}.${kind}`;
  await web.setup(`${id}.trainer`, ci, kind, 'trainer');
  await web.setup(`${id}.raw`, ci, kind, 'raw');
  const node = (step: Step): Measured => ({ kind: 'node', step });
  const tfjs = async (backend: 'cpu' | 'wasm'): Promise<Measured> => ({
    kind: 'node',
    step: await tfjsLoop(c, kind, backend),
    before: () => useBackend(backend),
  });
  const loops: Record<string, Measured> = {
    trainer: node(await trainerLoop(c, kind)),
    raw: node(await rawLoop(c, kind)),
    rawControl: node(await rawLoop(c, kind)),
    tfjsCpu: await tfjs('cpu'),
    tfjsWasm: await tfjs('wasm'),
    webTrainer: { kind: 'web', round: (steps) => web.round(`${id}.trainer`, steps) },
    webRaw: { kind: 'web', round: (steps) => web.round(`${id}.raw`, steps) },
  };
  const ms = await timeRounds(loops, c.steps, ROUNDS);
  // The Trainer against the raw loop needs finer numbers than the runtimes' comparison (the A/A
  // control shows what noise is left).
  const { trainer, raw, rawControl } = loops;
  const fine = await overheadRounds(c, kind, {
    trainer: trainer!,
    raw: raw!,
    rawControl: rawControl!,
  });
  return { model: `${c.label} (${c.batch})`, optimizer: label(kind), ms: { ...ms, ...fine } };
}

/** The optimizer graph alone over fixed gradients: packed vs per tensor, lr fed vs baked in. */
async function optimizerRow(c: Config, kind: Kind): Promise<string[]> {
  const lr = kind === 'SGD' ? 0.01 : 1e-3;
  const runs = {
    perTensor: await optimizerRun(c, kind, 'per-tensor'),
    packed: await optimizerRun(c, kind, 'packed'),
    packedConstant: await optimizerRun(c, kind, 'packed', { constant: [lr] }),
    packedControl: await optimizerRun(c, kind, 'packed', { constant: [lr] }),
  };
  const loops = Object.fromEntries(
    Object.entries(runs).map(([k, r]) => [k, { kind: 'node', step: r.run } as Measured]),
  );
  const us = await timeRounds(loops, c.steps * 4, 9);
  const µs = (k: string) => us[k]! * 1000;
  return [
    `${c.label} (${c.batch})`,
    label(kind),
    µs('perTensor').toFixed(1),
    µs('packed').toFixed(1),
    `${(µs('perTensor') / µs('packed')).toFixed(2)}×`,
    (µs('packed') - µs('packedConstant')).toFixed(2),
    (µs('packedControl') - µs('packedConstant')).toFixed(2),
  ];
}

const rows: Row[] = [];
const optRows: string[][] = [];
for (const [ci, c] of CONFIGS.entries()) {
  for (const kind of KINDS) {
    rows.push(await stepRow(c, ci, kind));
    console.log(rows.at(-1));
    optRows.push(await optimizerRow(c, kind));
    console.log(optRows.at(-1)!.join(' | '));
  }
}
const micro = await lrInputMicro();
const offHost = [...web.offHost];
const chromiumVersion = web.version;
await web.close();
if (offHost.length > 0) throw new Error(`the page asked for other hosts: ${offHost.join(', ')}`);

const smallest = Math.min(...rows.map((r) => r.ms.raw!));
const inputUs = micro.fed - micro.baked;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;
const tfVersion = (await import('@tensorflow/tfjs')).version;
const ortWebVersion = (
  JSON.parse(
    readFileSync(new URL('../node_modules/onnxruntime-web/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;

const text = `# @lrkit/onnx-training benchmark

Written by \`pnpm bench\` (\`tsx bench/run.ts\`) on ${new Date().toISOString().slice(0, 10)} in one run: onnxruntime-node ${ort.env.versions.node}, onnxruntime-web ${ortWebVersion} (wasm, one thread) in Chromium ${chromiumVersion} (headless, page and wasm served from 127.0.0.1), TensorFlow.js ${tfVersion.tfjs} (Node, no tfjs-node), Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), **load average ${load.toFixed(2)}** when it started.

Times are **CPU time** per step, the fastest of ${ROUNDS} interleaved rounds (the order rotates each round): other processes only ever add to a round, so the fastest is the least disturbed. In Node it is this process's CPU time (one intra-op thread: onnxruntime computes on the calling thread); in Chromium the CPU time of every thread of the renderer processes, read from \`/proc\`. Every step reads the loss back. The raw loop runs the same two graphs as the Trainer with as little JavaScript as possible; a second raw loop, identical, is the A/A control. The Trainer, raw-loop and A/A columns come from ${OVERHEAD_ROUNDS} further interleaved rounds (of half as many steps) of those three loops alone, ${INSTANCES} instances of each (each with its own sessions and buffers): identical loops differ by up to ~10% from one instance to another for as long as they live (where their memory landed; by half under load), which only ever adds, so each column is its fastest instance's fastest round.

## ms per training step: same MLPs, data and optimizer

${stepTable(rows)}

${rows.map((r) => `- ${r.model}, ${r.optimizer}: ${conclusion(r)}`).join('\n')}

## The optimizer graph alone: packed vs one chain per tensor

One update over fixed gradients (fastest of 9 interleaved rounds). *Per tensor* is the graph as it was before parameters were packed (about 8 elementwise nodes per parameter tensor, each with its own dispatch); *packed* is what the optimizers run now: a group's parameters, gradients and state as one flat tensor each, so one chain of nodes per group.

${table(['model (batch)', 'optimizer', 'per tensor µs', 'packed µs', 'speed-up', 'lr input, extra µs', 'A/A, µs'], optRows)}

The lr as a rank-0 input on a one-node graph (\`y = x·lr\`, fed vs baked in, 31 rounds × 2000 runs): ${micro.fed.toFixed(2)} µs vs ${micro.baked.toFixed(2)} µs per run, **${inputUs.toFixed(2)} µs per step** (${pct(inputUs / 1000 / smallest)} of the smallest raw step here, ${(smallest * 1000).toFixed(0)} µs; the target is at most 2%).
`;
writeFileSync(new URL('./results.md', import.meta.url), text);
console.log(text);
