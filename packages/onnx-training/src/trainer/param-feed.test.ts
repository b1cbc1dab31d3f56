import type { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { regressionTask } from '../../test/helpers/synthetic';
import { buildMlp } from '../mlp/mlp-graph';
import { initMlpParams } from '../mlp/mlp-params';
import { Adam, type AdamParamGroup } from '../optim/adam';
import type { OnnxOptimizer } from '../optim/onnx-optimizer';
import { Trainer } from './trainer';

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const mlp = buildMlp({ inputSize: 4, hiddenSizes: [8], outputSize: 1, loss: 'mse' });
const task = regressionTask({ examples: 64, batchSize: 16, seed: 2 });

function snapshot(params: Readonly<Record<string, Tensor>>): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(params).map(([n, t]) => [n, [...(t.data as Float32Array)]]),
  );
}

/** An object with only the optimizer's public members: the Trainer feeds it its `params` as they are. */
function publicOnly(optimizer: Adam): OnnxOptimizer<AdamParamGroup> {
  return {
    get params() {
      return optimizer.params;
    },
    get lastFed() {
      return optimizer.lastFed;
    },
    paramGroups: optimizer.paramGroups,
    paramShape: (name: string) => optimizer.paramShape(name),
    step: (grads: Readonly<Record<string, Tensor>>) => optimizer.step(grads),
  } as unknown as OnnxOptimizer<AdamParamGroup>;
}

describe('the parameters a Trainer feeds its gradient graph (copies in its own buffers)', () => {
  it('are the optimizer’s current ones after steps, loadParams and an LR range test, bit for bit', async () => {
    const make = () =>
      new Adam(initMlpParams(mlp.params, { seed: 7 }), { lr: 0.05, sessionOptions: SESSION });
    const own = make();
    const reference = make();
    const trainer = await Trainer.create({
      gradientModel: mlp.trainModel,
      optimizer: own,
      sessionOptions: SESSION,
    });
    const plain = await Trainer.create({
      gradientModel: mlp.trainModel,
      optimizer: publicOnly(reference),
      sessionOptions: SESSION,
    });
    const batches = [...task.trainBatches(0)];
    const other = initMlpParams(mlp.params, { seed: 8 });
    const losses: number[] = [];
    for (let i = 0; i < 12; i++) {
      if (i === 4) {
        own.loadParams(other);
        reference.loadParams(other);
      }
      // The range test trains with other lrs, then puts parameters and state back.
      if (i === 8) await trainer.findLr(batches, { numIt: 5 });
      const batch = batches[i % batches.length]!;
      const a = await trainer.trainStep(batch);
      const b = await plain.trainStep(batch);
      expect(a).toEqual(b);
      losses.push(a.loss);
    }
    expect(snapshot(own.params)).toEqual(snapshot(reference.params));
    expect(own.stateDict()).toEqual(reference.stateDict());
    // Not a run stuck on one set of parameters: every step saw different ones.
    expect(new Set(losses).size).toBe(losses.length);
  });

  it('are never the tensors `params` hands out, which keep their values', async () => {
    const optimizer = new Adam(initMlpParams(mlp.params, { seed: 3 }), {
      lr: 0.1,
      sessionOptions: SESSION,
    });
    const trainer = await Trainer.create({
      gradientModel: mlp.trainModel,
      optimizer,
      sessionOptions: SESSION,
    });
    const before = optimizer.params;
    const values = snapshot(before);
    const [batch] = [...task.trainBatches(0)];
    await trainer.trainStep(batch!);
    const after = optimizer.params;
    await trainer.trainStep(batch!);
    expect(snapshot(before)).toEqual(values);
    expect(optimizer.params).not.toBe(after);
    expect(snapshot(after)).not.toEqual(values);
    expect(optimizer.params).toBe(optimizer.params);
  });
});
