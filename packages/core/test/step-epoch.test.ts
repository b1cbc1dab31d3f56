import { describe, expect, it } from 'vitest';
import {
  ConstantLR,
  CosineAnnealingLR,
  CosineAnnealingWarmRestarts,
  ExponentialLR,
  LinearLR,
  type LRScheduler,
  MultiStepLR,
  type Optimizer,
  PolynomialLR,
  StepLR,
} from '../src/index';

const base = [0.1, 0.03];
const optimizer = (): Optimizer => ({ paramGroups: base.map((lr) => ({ lr })) });

/** step(epoch) follows PyTorch's _get_closed_form_lr: these are its formulas. */
const closedForms: [string, (o: Optimizer) => LRScheduler, (lr: number, t: number) => number][] = [
  [
    'StepLR',
    (o) => new StepLR(o, { stepSize: 3, gamma: 0.5 }),
    (lr, t) => lr * 0.5 ** Math.floor(t / 3),
  ],
  [
    'MultiStepLR',
    (o) => new MultiStepLR(o, { milestones: [2, 5, 5], gamma: 0.1 }),
    (lr, t) => lr * 0.1 ** [2, 5, 5].filter((m) => m <= t).length,
  ],
  [
    'ConstantLR',
    (o) => new ConstantLR(o, { factor: 0.25, totalIters: 4 }),
    (lr, t) => lr * (0.25 + (t >= 4 ? 1 : 0) * (1 - 0.25)),
  ],
  [
    'LinearLR',
    (o) => new LinearLR(o, { startFactor: 0.2, endFactor: 0.9, totalIters: 6 }),
    (lr, t) => lr * (0.2 + ((0.9 - 0.2) * Math.min(6, t)) / 6),
  ],
  ['ExponentialLR', (o) => new ExponentialLR(o, { gamma: 0.8 }), (lr, t) => lr * 0.8 ** t],
  [
    'PolynomialLR',
    (o) => new PolynomialLR(o, { totalIters: 7, power: 1.5 }),
    (lr, t) => lr * (1 - Math.min(7, t) / 7) ** 1.5,
  ],
  [
    'CosineAnnealingLR',
    (o) => new CosineAnnealingLR(o, { tMax: 5, etaMin: 0.001 }),
    (lr, t) => 0.001 + ((lr - 0.001) * (1 + Math.cos((t * Math.PI) / 5))) / 2,
  ],
];

describe('step(epoch) jumps with the closed form', () => {
  for (const [name, build, formula] of closedForms) {
    it(name, () => {
      const o = optimizer();
      const s = build(o);
      for (const t of [7, 2, 0, 11, 4, 5, 9]) {
        s.step(t);
        const expected = base.map((lr) => formula(lr, t));
        expect(s.getLastLr()).toStrictEqual(expected);
        expect(o.paramGroups.map((g) => g.lr)).toStrictEqual(expected);
        expect(s.lastEpoch).toBe(t);
      }
    });
  }

  it('step() after step(epoch) continues from that epoch', () => {
    const a = optimizer();
    const jumped = new StepLR(a, { stepSize: 3, gamma: 0.5 });
    jumped.step(4);
    jumped.step();
    jumped.step();
    expect(jumped.lastEpoch).toBe(6);
    expect(jumped.getLastLr()).toStrictEqual(base.map((lr) => lr * 0.25));
  });
});

describe('CosineAnnealingWarmRestarts step(epoch) with fractional epochs', () => {
  const sgdr = (t0: number, tMult: number, etaMin: number, t: number) => {
    let tI = t0;
    let tCur = t;
    while (tCur >= tI) {
      tCur -= tI;
      tI *= tMult;
    }
    return (lr: number) => etaMin + ((lr - etaMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2;
  };

  for (const tMult of [1, 2, 3]) {
    it(`tMult ${tMult}`, () => {
      const o = optimizer();
      const s = new CosineAnnealingWarmRestarts(o, { t0: 4, tMult, etaMin: 0.001 });
      for (const t of [0.25, 3.5, 4, 7.75, 12.5, 2, 30.1]) {
        s.step(t);
        const at = sgdr(4, tMult, 0.001, t);
        s.getLastLr().forEach((lr, g) => {
          expect(lr).toBeCloseTo(at(base[g]!), 12);
        });
        expect(s.lastEpoch).toBe(Math.floor(t));
      }
    });
  }

  it('restarts at every cycle boundary (lr back to the base)', () => {
    const o = optimizer();
    const s = new CosineAnnealingWarmRestarts(o, { t0: 2, tMult: 2 });
    for (const restart of [2, 6, 14]) {
      s.step(restart);
      expect(s.getLastLr()).toStrictEqual(base);
      s.step(restart - 0.5);
      expect(s.getLastLr()[0]!).toBeLessThan(0.2 * base[0]!);
    }
  });
});
