import { describe, expect, it } from 'vitest';
import type { ParamGroup } from '../optimizer';
import { CosineAnnealingWarmupRestarts } from './cosine-annealing-warmup-restarts';

// Expected: katsura-jp/pytorch-cosine-annealing-with-warmup scheduler.py stepped once per step
// (cycle lengths int((cur - warmup) * cycle_mult) + warmup, peaks max_lr * gamma^cycle, min_lr
// after the first step), with one max_lr / min_lr per group and, for the first case, the warmup
// dropped after the first cycle. Rows are [group 0, group 1] for steps 0..25.
const FIRST_ONLY = [
  [0.001, 0.0005],
  [0.0505, 0.01025],
  [0.1, 0.02],
  [0.0855017856687341, 0.017144291116568837],
  [0.0505, 0.01025],
  [0.0154982143312659, 0.003355708883431162],
  [0.06999999999999999, 0.013999999999999999],
  [0.06737384387163939, 0.013486186844451183],
  [0.05989518395093588, 0.012022970773009194],
  [0.048702578416595595, 0.009833113168464356],
  [0.0355, 0.0072499999999999995],
  [0.022297421583404402, 0.0046668868315356445],
  [0.01110481604906411, 0.0024770292269908046],
  [0.003626156128360607, 0.0010138131555488144],
  [0.048999999999999995, 0.0098],
  [0.04802783136674794, 0.009611642327307412],
  [0.045190084787948344, 0.009061828927664993],
  [0.04071665761468684, 0.008195102412845576],
  [0.03496996031204527, 0.007081679810458772],
  [0.028415556118558838, 0.005811763997970775],
  [0.021584443881441158, 0.004488236002029224],
  [0.015030039687954726, 0.0032183201895412284],
  [0.00928334238531316, 0.0021048975871544246],
  [0.004809915212051654, 0.001238171072335008],
  [0.001972168633252063, 0.0006883576726925872],
  [0.03429999999999999, 0.006859999999999998],
];
const EVERY_CYCLE = [
  [0.001, 0.0005],
  [0.0505, 0.01025],
  [0.1, 0.02],
  [0.0855017856687341, 0.017144291116568837],
  [0.0505, 0.01025],
  [0.0154982143312659, 0.003355708883431162],
  [0.001, 0.0005],
  [0.0355, 0.0072499999999999995],
  [0.06999999999999999, 0.013999999999999999],
  [0.06537787643056313, 0.01309567147554496],
  [0.05274999999999999, 0.010624999999999999],
  [0.0355, 0.0072499999999999995],
  [0.018250000000000006, 0.003875000000000001],
  [0.005622123569436864, 0.0014043285244550387],
  [0.001, 0.0005],
  [0.024999999999999998, 0.00515],
  [0.048999999999999995, 0.0098],
  [0.0475526228988618, 0.009519570686654474],
  [0.04338506663485547, 0.008712106660503247],
  [0.037, 0.007474999999999999],
  [0.02916755626400633, 0.005957464026151226],
  [0.02083244373599367, 0.004342535973848774],
  [0.013000000000000005, 0.0028250000000000007],
  [0.00661493336514453, 0.0015878933394967527],
  [0.0024473771011382, 0.0007804293133455263],
  [0.001, 0.0005],
];

function trace(warmupFirstCycleOnly: boolean): number[][] {
  const optimizer = { paramGroups: [{ lr: 0.5 }, { lr: 0.5 }] as ParamGroup[] };
  const scheduler = new CosineAnnealingWarmupRestarts(optimizer, {
    firstCycleSteps: 6,
    cycleMult: 1.5,
    maxLr: [0.1, 0.02],
    minLr: [0.001, 0.0005],
    warmupSteps: 2,
    gamma: 0.7,
    warmupFirstCycleOnly,
  });
  const rows = [scheduler.getLastLr()];
  for (let t = 1; t < 26; t++) {
    scheduler.step();
    rows.push(optimizer.paramGroups.map((g) => g.lr));
    expect(scheduler.lrAt(t)).toEqual(rows[t]);
  }
  return rows;
}

function expectRows(actual: number[][], expected: number[][]): void {
  actual.forEach((row, t) => {
    row.forEach((lr, g) => {
      expect(Math.abs(lr - expected[t]![g]!)).toBeLessThanOrEqual(1e-15);
    });
  });
}

describe('CosineAnnealingWarmupRestarts', () => {
  it('per-group peaks and floors, warmup in every cycle (katsura-jp semantics)', () => {
    expectRows(trace(false), EVERY_CYCLE);
  });

  it('warmupFirstCycleOnly: later cycles restart straight at their decayed peak', () => {
    const rows = trace(true);
    expectRows(rows, FIRST_ONLY);
    expect(rows[6]).toEqual([0.1 * 0.7, 0.02 * 0.7]);
  });

  it('rejects a per-group list of the wrong length and a warmup as long as the cycle', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }, { lr: 0.1 }] as ParamGroup[] };
    expect(
      () => new CosineAnnealingWarmupRestarts(optimizer, { firstCycleSteps: 5, maxLr: [0.1] }),
    ).toThrow(/maxLr/);
    expect(
      () => new CosineAnnealingWarmupRestarts(optimizer, { firstCycleSteps: 5, warmupSteps: 5 }),
    ).toThrow(/warmupSteps/);
    expect(optimizer.paramGroups).toEqual([{ lr: 0.1 }, { lr: 0.1 }]);
  });
});
