import { CosineAnnealingLR, CyclicLR, InvalidArgumentError, OneCycleLR, StepLR } from '@lrkit/core';
import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { SgdReference } from '../../test/helpers/reference-optimizers';
import {
  initialParams,
  runScheduled,
  toFloat64,
  worstRatio,
} from '../../test/helpers/scheduled-comparison';
import { SGD, type SgdOptions } from './sgd';

// float32 graph vs float64 reference after 20 steps: |onnx − ref| ≤ 1e-6 + 1e-5·|ref|.
const TOL = { atol: 1e-6, rtol: 1e-5 };

const cases: [string, SgdOptions][] = [
  ['plain', { lr: 0.1 }],
  [
    'momentum + dampening + weight decay',
    { lr: 0.05, momentum: 0.9, dampening: 0.1, weightDecay: 1e-2 },
  ],
  ['nesterov + weight decay', { lr: 0.05, momentum: 0.8, nesterov: true, weightDecay: 5e-3 }],
  ['maximize + momentum', { lr: 0.02, momentum: 0.5, maximize: true }],
];

describe('SGD graph vs float64 reference over 20 scheduled steps', () => {
  it.each(cases)('%s (CosineAnnealingLR)', async (_name, options) => {
    const params = initialParams(1);
    const ref = toFloat64(params);
    const opt = new SGD(params, options);
    const scheduler = new CosineAnnealingLR(opt, { tMax: 20, etaMin: 1e-3 });
    const sgd = new SgdReference();
    await runScheduled({
      optimizer: opt,
      scheduler,
      steps: 20,
      seed: 2,
      reference: (grads) => sgd.step(ref, grads, opt.paramGroups[0]!, opt.paramGroups[0]!.params),
    });
    expect(opt.stepCount).toBe(20);
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });

  it('two groups with their own lr and momentum (StepLR)', async () => {
    const p = initialParams(3);
    const ref = toFloat64(p);
    const opt = new SGD(
      [
        { params: { w: p.w!, b: p.b! }, lr: 0.1 },
        { params: { s: p.s! }, momentum: 0.7, dampening: 0.2 },
      ],
      { lr: 0.03, momentum: 0.9 },
    );
    expect(opt.paramGroups.map((g) => [g.lr, g.momentum])).toEqual([
      [0.1, 0.9],
      [0.03, 0.7],
    ]);
    const scheduler = new StepLR(opt, { stepSize: 5, gamma: 0.5 });
    const sgd = new SgdReference();
    await runScheduled({
      optimizer: opt,
      scheduler,
      steps: 20,
      seed: 4,
      reference: (grads) => {
        for (const group of opt.paramGroups) sgd.step(ref, grads, group, group.params);
      },
    });
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });

  it('follows OneCycleLR momentum cycling, feeding float32 lr and momentum each step', async () => {
    const params = initialParams(5);
    const ref = toFloat64(params);
    const opt = new SGD(params, { lr: 0.1, momentum: 0.9 });
    const scheduler = new OneCycleLR(opt, { maxLr: 0.5, totalSteps: 20 });
    const sgd = new SgdReference();
    const seen: number[][] = [];
    await runScheduled({
      optimizer: opt,
      scheduler,
      steps: 20,
      seed: 6,
      reference: (grads) => {
        const g = opt.paramGroups[0]!;
        seen.push([g.lr, g.momentum]);
        sgd.step(ref, grads, g, g.params);
      },
      onStep: (t) => {
        const fed = opt.lastFed!;
        expect(fed.step).toBe(t);
        expect(fed.groups[0]).toEqual({
          lr: Math.fround(seen[t - 1]![0]!),
          momentum: Math.fround(seen[t - 1]![1]!),
        });
      },
    });
    expect(new Set(seen.map((s) => s[1])).size).toBeGreaterThan(5);
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });

  it('grows a momentum buffer when CyclicLR cycles momentum up from 0 (one graph rebuild)', async () => {
    const params = initialParams(7);
    const ref = toFloat64(params);
    const opt = new SGD(params, { lr: 0.1, momentum: 0 });
    const sgd = new SgdReference();
    // Step 1 runs plain SGD (momentum 0); CyclicLR then writes 0.9 → 0.8 ... into the group.
    await runScheduled({
      optimizer: opt,
      scheduler: { step: () => {} } as never,
      steps: 1,
      seed: 8,
      reference: (grads) => sgd.step(ref, grads, opt.paramGroups[0]!, opt.paramGroups[0]!.params),
    });
    const scheduler = new CyclicLR(opt, {
      baseLr: 0.01,
      maxLr: 0.1,
      stepSizeUp: 4,
      baseMomentum: 0.8,
      maxMomentum: 0.9,
    });
    await runScheduled({
      optimizer: opt,
      scheduler,
      steps: 19,
      seed: 9,
      reference: (grads) => sgd.step(ref, grads, opt.paramGroups[0]!, opt.paramGroups[0]!.params),
    });
    expect(opt.stateDict().state.w?.momentum_buffer).toBeDefined();
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });

  it('keeps the buffer but skips momentum while a schedule holds it at 0', async () => {
    const params = initialParams(10);
    const ref = toFloat64(params);
    const opt = new SGD(params, { lr: 0.05, momentum: 0.9, dampening: 0.3 });
    const sgd = new SgdReference();
    const momenta = [0.9, 0.9, 0, 0, 0.5, 0.9, 0, 0.8];
    let t = 0;
    await runScheduled({
      optimizer: opt,
      scheduler: {
        step: () => {
          t += 1;
          opt.paramGroups[0]!.momentum = momenta[t] ?? 0.9;
        },
      } as never,
      steps: 8,
      seed: 11,
      reference: (grads) => sgd.step(ref, grads, opt.paramGroups[0]!, opt.paramGroups[0]!.params),
    });
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });
});

describe('SGD graph rebuilds', () => {
  it('applies a changed weightDecay or nesterov flag from the next step on (a new graph is built)', async () => {
    const params = initialParams(13);
    const ref = toFloat64(params);
    const opt = new SGD(params, { lr: 0.05, momentum: 0.9 });
    await opt.prepare();
    const sgd = new SgdReference();
    const changes: Record<number, () => void> = {
      3: () => {
        opt.paramGroups[0]!.weightDecay = 0.1;
      },
      6: () => {
        opt.paramGroups[0]!.nesterov = true;
      },
    };
    let t = 0;
    await runScheduled({
      optimizer: opt,
      scheduler: {
        step: () => {
          t += 1;
          changes[t]?.();
        },
      } as never,
      steps: 10,
      seed: 14,
      reference: (grads) => sgd.step(ref, grads, opt.paramGroups[0]!, opt.paramGroups[0]!.params),
    });
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });
});

describe('SGD input checks', () => {
  const grads = () =>
    Object.fromEntries(
      Object.entries(initialParams(1)).map(([n, t]) => [
        n,
        new Tensor('float32', new Float32Array(t.data.length).fill(1), t.dims),
      ]),
    );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])(
    'rejects lr %s at step time before any change',
    async (lr) => {
      const opt = new SGD(initialParams(1), { lr: 0.1, momentum: 0.9 });
      const before = opt.params;
      opt.paramGroups[0]!.lr = lr;
      await expect(opt.step(grads())).rejects.toThrow(InvalidArgumentError);
      await expect(opt.step(grads())).rejects.toThrow(
        /paramGroups\[0\]\.lr: must be a non-negative finite number/,
      );
      expect(opt.params).toEqual(before);
      expect(opt.stepCount).toBe(0);
    },
  );

  it('rejects a missing gradient and a gradient of the wrong shape', async () => {
    const opt = new SGD(initialParams(1), { lr: 0.1 });
    const g = grads();
    const { b: _b, ...missing } = g;
    await expect(opt.step(missing)).rejects.toThrow(/grads\.b/);
    await expect(
      opt.step({ ...g, w: new Tensor('float32', new Float32Array(12), [4, 3]) }),
    ).rejects.toThrow(/grads\.w: must have the parameter's shape \[3, 4\]/);
    expect(opt.stepCount).toBe(0);
  });

  it('rejects bad construction options', () => {
    expect(() => new SGD(initialParams(1), { lr: -1 })).toThrow(/paramGroups\[0\]\.lr/);
    expect(() => new SGD(initialParams(1), { nesterov: true })).toThrow(/nesterov/);
    expect(() => new SGD({}, {})).toThrow(InvalidArgumentError);
    expect(() => new SGD({ w: new Tensor('int32', Int32Array.of(1), [1]) as never })).toThrow(
      /params\.w: must be a float32/,
    );
  });

  it('leaves parameters bit-identical with lr 0', async () => {
    const opt = new SGD(initialParams(12), {
      lr: 0,
      momentum: 0.9,
      weightDecay: 0.1,
      nesterov: true,
    });
    const before = opt.params;
    for (let i = 0; i < 3; i++) await opt.step(grads());
    for (const [n, t] of Object.entries(opt.params)) expect(t.data).toEqual(before[n]!.data);
  });
});
