// Interleaved timing rounds: every loop takes a turn in each round, in an order that rotates, so
// drift in the machine's load reaches all of them; each keeps its fastest round.
import * as ort from 'onnxruntime-node';
import { GraphBuilder } from '../src/onnx/graph-builder';
import { SESSION } from './configs';
import type { Step } from './onnx-loops';

/** A loop timed in this process, or in the browser page (which measures its own rounds). */
export type Measured =
  | { kind: 'node'; step: Step | (() => Promise<unknown>); before?: () => Promise<void> }
  | { kind: 'web'; round: (steps: number) => Promise<{ cpuMs: number }> };

/** This process's CPU ms (user + system) per step over `steps` steps. */
export async function cpuMsPerStep(step: () => Promise<unknown>, steps: number): Promise<number> {
  const t0 = process.cpuUsage();
  for (let i = 0; i < steps; i++) await step();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000 / steps;
}

async function once(loop: Measured, steps: number): Promise<number> {
  if (loop.kind === 'web') return (await loop.round(steps)).cpuMs;
  // A backend switch (tfjs) and the steps that move its variables over are not timed.
  if (loop.before) {
    await loop.before();
    for (let i = 0; i < 2; i++) await loop.step();
  }
  return cpuMsPerStep(loop.step, steps);
}

/** ms per step of each loop: the fastest of `rounds` interleaved rounds of `steps` steps. */
export async function timeRounds(
  loops: Record<string, Measured>,
  steps: number,
  rounds: number,
): Promise<Record<string, number>> {
  const keys = Object.keys(loops);
  for (const key of keys) await once(loops[key]!, Math.max(10, steps >> 1));
  const best: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[(r + k) % keys.length]!;
      const ms = await once(loops[key]!, steps);
      best[key] = Math.min(best[key] ?? Number.POSITIVE_INFINITY, ms);
    }
  }
  return best;
}

/** The bare price of one rank-0 input: y = x·lr with lr fed vs baked in (µs per run). */
export async function lrInputMicro(): Promise<{ fed: number; baked: number }> {
  const make = (fed: boolean) => {
    const b = new GraphBuilder('micro');
    const x = b.input('x', [1]);
    b.output('y', b.op('Mul', [x, fed ? b.input('lr', []) : b.scalar(0.01)]), [1]);
    return ort.InferenceSession.create(b.build(), SESSION);
  };
  const [fed, baked] = [await make(true), await make(false)];
  const x = new ort.Tensor('float32', Float32Array.of(1), [1]);
  const ms = await timeRounds(
    {
      fed: {
        kind: 'node',
        step: () => fed.run({ x, lr: new ort.Tensor('float32', Float32Array.of(0.01), []) }),
      },
      baked: { kind: 'node', step: () => baked.run({ x }) },
    },
    2000,
    31,
  );
  return { fed: ms.fed! * 1000, baked: ms.baked! * 1000 };
}
