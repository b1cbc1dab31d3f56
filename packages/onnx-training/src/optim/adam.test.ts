import { CosineAnnealingLR, InvalidArgumentError, LinearLR, OneCycleLR } from '@lrkit/core';
import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { AdamReference } from '../../test/helpers/reference-optimizers';
import {
  initialParams,
  runScheduled,
  toFloat64,
  worstRatio,
} from '../../test/helpers/scheduled-comparison';
import { Adam, type AdamOptions, AdamW } from './adam';

// float32 graph (bias correction computed in float32 from the fed step) vs float64 reference
// after 20 steps: |onnx − ref| ≤ 1e-6 + 1e-5·|ref|.
const TOL = { atol: 1e-6, rtol: 1e-5 };

const cases: [string, 'Adam' | 'AdamW', AdamOptions][] = [
  ['Adam defaults', 'Adam', { lr: 0.01 }],
  ['Adam + weight decay + AMSGrad', 'Adam', { lr: 0.01, weightDecay: 0.05, amsgrad: true }],
  [
    'Adam maximize, custom betas and eps',
    'Adam',
    { lr: 0.02, betas: [0.8, 0.99], eps: 1e-6, maximize: true },
  ],
  ['AdamW defaults (weightDecay 1e-2)', 'AdamW', { lr: 0.01 }],
  ['AdamW + AMSGrad', 'AdamW', { lr: 0.01, weightDecay: 0.1, amsgrad: true }],
];

describe('Adam/AdamW graph vs float64 reference over 20 scheduled steps', () => {
  it.each(cases)('%s (LinearLR warmup)', async (_name, kind, options) => {
    const params = initialParams(21);
    const ref = toFloat64(params);
    const opt = kind === 'Adam' ? new Adam(params, options) : new AdamW(params, options);
    const scheduler = new LinearLR(opt, { startFactor: 0.1, totalIters: 10 });
    const adam = new AdamReference(kind === 'AdamW');
    await runScheduled({
      optimizer: opt,
      scheduler,
      steps: 20,
      seed: 22,
      reference: (grads, t) =>
        adam.step(ref, grads, opt.paramGroups[0]!, opt.paramGroups[0]!.params, t),
    });
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });

  it('AdamW has decoupled-decay defaults and Adam does not', () => {
    expect(new AdamW(initialParams(1)).paramGroups[0]!.weightDecay).toBe(1e-2);
    expect(new Adam(initialParams(1)).paramGroups[0]!.weightDecay).toBe(0);
  });

  it('follows OneCycleLR cycling beta1 through new betas arrays, per group', async () => {
    const p = initialParams(23);
    const ref = toFloat64(p);
    const opt = new Adam(
      [{ params: { w: p.w!, b: p.b! } }, { params: { s: p.s! }, lr: 0.002, betas: [0.85, 0.98] }],
      {
        lr: 0.01,
      },
    );
    const scheduler = new OneCycleLR(opt, { maxLr: [0.05, 0.01], totalSteps: 20 });
    const adam = new AdamReference(false);
    const beta1s = new Set<number>();
    await runScheduled({
      optimizer: opt,
      scheduler,
      steps: 20,
      seed: 24,
      reference: (grads, t) => {
        for (const g of opt.paramGroups) adam.step(ref, grads, g, g.params, t);
        beta1s.add(opt.paramGroups[0]!.betas[0]);
      },
      onStep: () => {
        const fed = opt.lastFed!.groups;
        opt.paramGroups.forEach((g, i) => {
          expect(fed[i]).toEqual({
            lr: Math.fround(g.lr),
            beta1: Math.fround(g.betas[0]),
            beta2: Math.fround(g.betas[1]),
            eps: Math.fround(g.eps),
          });
        });
      },
    });
    expect(beta1s.size).toBeGreaterThan(5);
    expect(worstRatio(opt.params, ref, TOL)).toBeLessThanOrEqual(1);
  });

  it('restores from stateDict and continues bit-identically', async () => {
    const grads = (k: number) =>
      Object.fromEntries(
        Object.entries(initialParams(100 + k)).map(([n, t]) => [
          n,
          new Tensor('float32', t.data as Float32Array, t.dims),
        ]),
      );
    const a = new AdamW(initialParams(25), { lr: 0.01, amsgrad: true });
    const sa = new CosineAnnealingLR(a, { tMax: 10 });
    for (let k = 0; k < 4; k++) {
      await a.step(grads(k));
      sa.step();
    }
    const saved = JSON.parse(
      JSON.stringify({ opt: a.stateDict(), sched: sa.stateDict(), params: a.params }),
    );
    const b = new AdamW(initialParams(25), { lr: 0.01, amsgrad: true });
    const sb = new CosineAnnealingLR(b, { tMax: 10 });
    b.loadStateDict(saved.opt);
    b.loadParams(a.params);
    sb.loadStateDict(saved.sched);
    for (let k = 4; k < 8; k++) {
      await a.step(grads(k));
      sa.step();
      await b.step(grads(k));
      sb.step();
    }
    expect(b.stepCount).toBe(8);
    for (const [n, t] of Object.entries(a.params)) expect(b.params[n]!.data).toEqual(t.data);
  });

  it('rejects bad betas, bad saved state and a non-finite scheduled lr before any change', async () => {
    expect(() => new Adam(initialParams(1), { betas: [0.9, 1] })).toThrow(
      /paramGroups\[0\]\.betas/,
    );
    const opt = new Adam(initialParams(1));
    expect(() => opt.loadStateDict({ ...opt.stateDict(), optimizer: 'SGD' })).toThrow(
      InvalidArgumentError,
    );
    const amsgrad = {
      ...opt.stateDict(),
      groups: [{ ...opt.stateDict().groups[0], amsgrad: true }],
    };
    expect(() => opt.loadStateDict(amsgrad)).toThrow(/amsgrad/);
    // A key the live group does not carry (snake_case from a hand-edited file) is refused by name.
    const typo = {
      ...opt.stateDict(),
      groups: [{ ...opt.stateDict().groups[0], weight_decay: 0.5 }],
    };
    const before = JSON.stringify(opt.stateDict());
    const error = (() => {
      try {
        opt.loadStateDict(typo);
      } catch (e) {
        return e as InvalidArgumentError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error?.parameter).toBe('state.groups[0].weight_decay');
    expect(error?.message).toMatch(/weightDecay/);
    expect(JSON.stringify(opt.stateDict())).toBe(before);
    opt.paramGroups[0]!.lr = Number.POSITIVE_INFINITY;
    const g = Object.fromEntries(Object.entries(opt.params).map(([n, t]) => [n, t]));
    await expect(opt.step(g)).rejects.toThrow(/paramGroups\[0\]\.lr/);
    opt.paramGroups[0]!.lr = 0.1;
    opt.paramGroups[0]!.betas = [Number.NaN, 0.999];
    await expect(opt.step(g)).rejects.toThrow(/paramGroups\[0\]\.betas/);
    expect(opt.stepCount).toBe(0);
    expect(opt.stateDict().state).toEqual({});
  });

  it('leaves parameters bit-identical with lr 0 (AdamW decay included)', async () => {
    const opt = new AdamW(initialParams(26), { lr: 0, weightDecay: 0.5 });
    const before = opt.params;
    for (let i = 0; i < 3; i++) await opt.step(initialParams(27 + i));
    for (const [n, t] of Object.entries(opt.params)) expect(t.data).toEqual(before[n]!.data);
  });
});
