import {
  cosineSchedule,
  HyperparameterScheduler,
  linearSchedule,
  ScheduleLR,
  type Scheduler,
} from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { AdamReference, SgdReference } from '../../test/helpers/reference-optimizers';
import {
  initialParams,
  runScheduled,
  toFloat64,
  worstRatio,
} from '../../test/helpers/scheduled-comparison';
import { AdamW } from './adam';
import { SGD } from './sgd';

// float32 graph vs float64 reference after 30 steps: |onnx − ref| ≤ 1e-6 + 1e-5·|ref|.
const TOL = { atol: 1e-6, rtol: 1e-5 };

/** Steps several schedulers as one (the lr scheduler and the hyperparameter schedulers). */
function together(...schedulers: Scheduler[]): Scheduler {
  const step = () => {
    for (const s of schedulers) s.step();
  };
  return { step } as unknown as Scheduler;
}

describe('scheduled weight decay, beta2 and eps are graph inputs fed at every step', () => {
  it('AdamW: weight decay 0.01 → 0.3 and beta2 0.95 → 0.999 follow the float64 reference', async () => {
    const run = async (scheduleWeightDecay: boolean) => {
      const params = initialParams(31);
      const ref = toFloat64(params);
      const opt = new AdamW(params, { lr: 0.01, weightDecay: 0.01 });
      const lr = new ScheduleLR(opt, {
        schedule: cosineSchedule({ peakLr: 0.05, decaySteps: 30 }),
        scale: 'absolute',
      });
      const schedulers: Scheduler[] = [lr];
      if (scheduleWeightDecay) {
        schedulers.push(
          new HyperparameterScheduler(opt, {
            field: 'weightDecay',
            schedule: linearSchedule({ startLr: 0.01, endLr: 0.3, transitionSteps: 29 }),
          }),
          new HyperparameterScheduler(opt, {
            field: 'beta2',
            schedule: linearSchedule({ startLr: 0.95, endLr: 0.999, transitionSteps: 29 }),
          }),
        );
      }
      const adam = new AdamReference(true);
      const fedDecay: number[] = [];
      await runScheduled({
        optimizer: opt,
        scheduler: together(...schedulers),
        steps: 30,
        seed: 32,
        reference: (grads, t) => {
          const g = opt.paramGroups[0]!;
          adam.step(ref, grads, g, g.params, t);
        },
        onStep: () => {
          const fed = opt.lastFed!.groups[0]!;
          const g = opt.paramGroups[0]!;
          expect(fed.weightDecay).toBe(Math.fround(g.weightDecay));
          expect(fed.beta2).toBe(Math.fround(g.betas[1]));
          fedDecay.push(fed.weightDecay!);
        },
      });
      expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
      return { opt, fedDecay };
    };
    const scheduled = await run(true);
    const constant = await run(false);
    expect(scheduled.fedDecay[0]).toBe(Math.fround(0.01));
    expect(scheduled.fedDecay[29]).toBe(Math.fround(0.3));
    // The schedule is not a no-op: the weights end far apart (many tolerances).
    const a = scheduled.opt.params.w!.data as Float32Array;
    const b = constant.opt.params.w!.data as Float32Array;
    const gap = Math.max(...Array.from(a, (x, i) => Math.abs(x - b[i]!)));
    expect(gap).toBeGreaterThan(1e-3);
  });

  it('SGD with momentum: a weight-decay schedule down to 0 (then the graph without the input)', async () => {
    const params = initialParams(33);
    const ref = toFloat64(params);
    const opt = new SGD(params, { lr: 0.05, momentum: 0.9, weightDecay: 0.1 });
    const wd = new HyperparameterScheduler(opt, {
      field: 'weightDecay',
      // 0.1 → 0 at step 10, then held at 0: a second graph, without the weight-decay input.
      schedule: linearSchedule({ startLr: 0.1, endLr: 0, transitionSteps: 10 }),
    });
    const sgd = new SgdReference();
    let zeroSteps = 0;
    await runScheduled({
      optimizer: opt,
      scheduler: together(wd),
      steps: 25,
      seed: 34,
      reference: (grads) => {
        const g = opt.paramGroups[0]!;
        sgd.step(ref, grads, g, g.params);
      },
      onStep: () => {
        const fed = opt.lastFed!.groups[0]!;
        const g = opt.paramGroups[0]!;
        if (g.weightDecay === 0) zeroSteps++;
        expect(fed.weightDecay).toBe(g.weightDecay === 0 ? undefined : Math.fround(g.weightDecay));
      },
    });
    expect(zeroSteps).toBe(15);
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });
});
