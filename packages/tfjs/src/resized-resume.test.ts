import {
  CosineAnnealingLR,
  fromSpec,
  resizePolicies,
  type SchedulerSpec,
  type SchedulerState,
  toSpec,
} from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../test/helpers/backends';
import { bindOptimizer } from './optimizer-binding';

let uid = 0;

describe.each(BACKENDS)('a resized resume drives tf.train.sgd on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it.each([150, 80])(
    'a 100-step cosine saved at step 40 resumes as %i steps under every policy',
    (totalSteps) => {
      const first = bindOptimizer(tf.train.sgd(0.1));
      const planned = new CosineAnnealingLR(first, { tMax: 100, etaMin: 0.001 });
      for (let t = 0; t < 40; t++) planned.step();
      const saved = JSON.parse(
        JSON.stringify({ spec: toSpec(planned), state: planned.stateDict() }),
      ) as {
        spec: SchedulerSpec;
        state: SchedulerState;
      };
      const savedLr = planned.getLastLr()[0]!;
      for (const policy of resizePolicies) {
        const binding = bindOptimizer(tf.train.sgd(0.1));
        const resumed = fromSpec(binding, saved.spec, {
          resize: { policy, resumeStep: saved.state.lastEpoch as number, totalSteps },
        });
        const v = tf.variable(tf.tensor1d([1]), true, `v${uid++}`);
        const moves: number[] = [];
        for (let t = 40; t < totalSteps; t++) {
          const before = v.dataSync()[0]!;
          // gradient 1: the update is exactly −lr (float32), so each move is the lr tfjs used
          tf.tidy(() => binding.optimizer.applyGradients({ [v.name]: tf.tensor1d([1]) }));
          moves.push(before - v.dataSync()[0]!);
          resumed.step();
        }
        const firstMove = moves[0]!;
        if (policy === 'keep-fraction') expect(Math.abs(firstMove - savedLr)).toBeGreaterThan(1e-3);
        else expect(firstMove).toBeCloseTo(savedLr, 6);
        expect(binding.paramGroups[0].lr).toBeCloseTo(0.001, 15);
        expect(moves.every((m) => m > 0)).toBe(true);
        v.dispose();
      }
    },
  );
});
