import fc from 'fast-check';
import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { Adam, AdamW } from './adam';
import { SGD } from './sgd';

const vector = (n: number) =>
  fc.float32Array({
    minLength: n,
    maxLength: n,
    noNaN: true,
    noDefaultInfinity: true,
    min: -1e3,
    max: 1e3,
  });
const tensor = (data: Float32Array) => new Tensor('float32', data, [data.length]);

describe('optimizer graph invariants (property-based, real onnxruntime sessions)', () => {
  it('plain SGD is bit-exact float32 arithmetic: p − fround(lr)·g, each op rounded once', async () => {
    await fc.assert(
      fc.asyncProperty(
        vector(8),
        vector(8),
        fc.double({ min: 0, max: 10, noNaN: true }),
        async (p, g, lr) => {
          const opt = new SGD({ p: tensor(p) }, { lr });
          await opt.step({ p: tensor(g) });
          const lr32 = Math.fround(lr);
          const expected = p.map((x, i) => Math.fround(x - Math.fround(g[i]! * lr32)));
          expect(opt.params.p!.data).toEqual(expected);
        },
      ),
      { numRuns: 15 },
    );
  }, 30_000);

  // Equal values: p − 0 is p for every float32 except −0, which may come back as +0.
  it('lr 0 leaves parameter values unchanged for any SGD/Adam/AdamW hyperparameters', async () => {
    const config = fc.record({
      kind: fc.constantFrom('SGD', 'Adam', 'AdamW'),
      momentum: fc.double({ min: 0, max: 0.99, noNaN: true }),
      dampening: fc.double({ min: 0, max: 1, noNaN: true }),
      weightDecay: fc.double({ min: 0, max: 1, noNaN: true }),
      beta1: fc.double({ min: 0, max: 0.99, noNaN: true }),
      amsgrad: fc.boolean(),
      maximize: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(config, vector(6), vector(6), async (c, p, g) => {
        const params = { p: tensor(p) };
        const opt =
          c.kind === 'SGD'
            ? new SGD(params, {
                lr: 0,
                momentum: c.momentum,
                dampening: c.dampening,
                weightDecay: c.weightDecay,
                maximize: c.maximize,
              })
            : new (c.kind === 'Adam' ? Adam : AdamW)(params, {
                lr: 0,
                betas: [c.beta1, 0.999],
                weightDecay: c.weightDecay,
                amsgrad: c.amsgrad,
                maximize: c.maximize,
              });
        for (let i = 0; i < 3; i++) await opt.step({ p: tensor(g) });
        const after = opt.params.p!.data as Float32Array;
        expect(Array.from(after).every((v, i) => v === p[i])).toBe(true);
        expect(opt.stepCount).toBe(3);
      }),
      { numRuns: 12 },
    );
  }, 30_000);
});
