import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { SGD } from '../optim/sgd';
import { mulberry32 } from '../random';
import { Trainer } from '../trainer/trainer';
import { GraphBuilder } from './graph-builder';

/** The README's hand-written gradient graph: linear regression, loss = mean((x·w + b − y)²). */
function linearRegression() {
  const g = new GraphBuilder('linear_regression');
  const w = g.input('w', [3, 1]);
  const b = g.input('b', [1]);
  const x = g.input('x', ['batch', 3]);
  const y = g.input('y', ['batch', 1]);
  const diff = g.op('Sub', [g.op('Add', [g.op('MatMul', [x, w]), b]), y]);
  g.output('loss', g.op('ReduceMean', [g.op('Mul', [diff, diff])], { keepdims: { int: 0 } }), []);
  const count = g.op('Cast', [g.op('Size', [diff])], { to: { int: 1 } });
  const dPrediction = g.op('Mul', [diff, g.op('Div', [g.scalar(2), count])]);
  g.output('grad.w', g.op('MatMul', [g.op('Transpose', [x]), dPrediction]), [3, 1]);
  g.output(
    'grad.b',
    g.op('ReduceSum', [dPrediction, g.int64s([0])], { keepdims: { int: 0 } }),
    [1],
  );
  return g.build();
}

describe('GraphBuilder', () => {
  it("trains the README's hand-written linear regression to the true weights", async () => {
    const optimizer = new SGD(
      {
        w: new Tensor('float32', new Float32Array(3), [3, 1]),
        b: new Tensor('float32', new Float32Array(1), [1]),
      },
      { lr: 0.1, momentum: 0.9 },
    );
    const trainer = await Trainer.create({ gradientModel: linearRegression(), optimizer });
    // y = 2·x0 − x1 + 0.5·x2 + 1, on fixed points.
    const next = mulberry32(3);
    const xs = Float32Array.from({ length: 64 * 3 }, () => next() * 2 - 1);
    const ys = Float32Array.from(
      { length: 64 },
      (_, n) => 2 * xs[3 * n]! - xs[3 * n + 1]! + 0.5 * xs[3 * n + 2]! + 1,
    );
    const batch = { x: new Tensor('float32', xs, [64, 3]), y: new Tensor('float32', ys, [64, 1]) };
    let loss = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 300; i++) loss = (await trainer.trainStep(batch)).loss;
    expect(loss).toBeLessThan(1e-8);
    const w = Array.from(trainer.params.w!.data as Float32Array);
    [2, -1, 0.5].forEach((v, i) => {
      expect(w[i]).toBeCloseTo(v, 3);
    });
    expect(trainer.params.b!.data[0]).toBeCloseTo(1, 3);
  });

  it('shares scalar constants, names outputs without copies, and refuses duplicate names', async () => {
    const g = new GraphBuilder('t');
    const x = g.input('x', [2]);
    expect(g.scalar(0.1)).toBe(g.scalar(0.1));
    expect(g.scalar(0.1)).not.toBe(g.scalar(0.2));
    const y = g.op('Mul', [x, g.scalar(0.1)]);
    g.output('y', y, [2]);
    g.output('x_copy', x, [2]); // an input needs an Identity to become an output
    expect(() => g.input('x', [2])).toThrow(/duplicate ONNX value name 'x'/);
    const session = await InferenceSession.create(g.build());
    expect(session.outputNames).toEqual(['y', 'x_copy']);
    const out = await session.run({ x: new Tensor('float32', Float32Array.of(1, 2), [2]) });
    expect(Array.from(out.y!.data as Float32Array)).toEqual([0.1, 0.2].map(Math.fround));
    expect(Array.from(out.x_copy!.data as Float32Array)).toEqual([1, 2]);
  });

  it('writes models onnxruntime reads with the pinned IR version and opset', async () => {
    const g = new GraphBuilder('meta');
    g.output('y', g.op('Neg', [g.input('x', [])]), []);
    const session = await InferenceSession.create(g.build({ note: 'metadata is kept' }));
    const out = await session.run({ x: new Tensor('float32', Float32Array.of(3), []) });
    expect(out.y!.data[0]).toBe(-3);
    expect(out.y!.dims).toEqual([]);
  });
});
