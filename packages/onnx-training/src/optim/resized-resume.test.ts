import {
  CosineAnnealingLR,
  fromSpec,
  type ResizedLR,
  resizePolicies,
  type SchedulerSpec,
  type SchedulerState,
  toSpec,
} from '@lrkit/core';
import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { randomArray, rng } from '../../test/helpers/random';
import { initialParams } from '../../test/helpers/scheduled-comparison';
import { SGD } from './sgd';

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const SAVE_AT = 40;

/** One update with random gradients; returns the float32 lr the graph was fed. */
async function update(opt: SGD, next: () => number): Promise<number> {
  const grads: Record<string, Tensor> = {};
  for (const [name, t] of Object.entries(opt.params)) {
    grads[name] = new Tensor('float32', randomArray(next, t.data.length), t.dims);
  }
  await opt.step(grads);
  return opt.lastFed!.groups[0]!.lr!;
}

describe('a 100-step cosine saved at step 40 resumes on onnxruntime as 150 and 80 steps', () => {
  it.each([150, 80])(
    'new length %i: every policy feeds its plan, continuous except keep-fraction',
    async (totalSteps) => {
      const next = rng(9);
      const first = new SGD(initialParams(41), { lr: 0.1, momentum: 0.9, sessionOptions: SESSION });
      const planned = new CosineAnnealingLR(first, { tMax: 100, etaMin: 0.001 });
      const before: number[] = [];
      for (let t = 0; t < SAVE_AT; t++) {
        before.push(await update(first, next));
        planned.step();
      }
      const saved = JSON.parse(
        JSON.stringify({ spec: toSpec(planned), state: planned.stateDict() }),
      ) as { spec: SchedulerSpec; state: SchedulerState };
      const savedLr = first.paramGroups[0]!.lr;
      for (const policy of resizePolicies) {
        const opt = new SGD(initialParams(41), { lr: 0.1, momentum: 0.9, sessionOptions: SESSION });
        const resumed = fromSpec(opt, saved.spec, {
          resize: { policy, resumeStep: saved.state.lastEpoch as number, totalSteps },
        }) as ResizedLR;
        const fed: number[] = [];
        for (let t = SAVE_AT; t < totalSteps; t++) {
          fed.push(await update(opt, next));
          resumed.step();
        }
        // What the graph was fed is the resized plan, step for step (float32).
        const plan = Array.from(
          { length: totalSteps - SAVE_AT },
          (_, i) => resumed.lrAt(SAVE_AT + i)[0]!,
        );
        expect(fed).toEqual(plan.map(Math.fround));
        expect(opt.paramGroups[0]!.lr).toBeCloseTo(0.001, 15);
        if (policy === 'keep-fraction') expect(Math.abs(fed[0]! - savedLr)).toBeGreaterThan(1e-3);
        else expect(fed[0]).toBe(Math.fround(savedLr));
        // No step of a continuous policy jumps more than the old plan's steps allow (rewarm rises).
        if (policy === 'continue') {
          const steps = before.slice(1).map((lr, i) => Math.abs(lr - before[i]!));
          const squeeze = Math.ceil((100 - SAVE_AT) / (totalSteps - SAVE_AT));
          const worst = Math.max(...fed.slice(1).map((lr, i) => Math.abs(lr - fed[i]!)));
          expect(worst).toBeLessThanOrEqual(Math.max(...steps) * squeeze * 1.01);
        }
      }
    },
  );
});
