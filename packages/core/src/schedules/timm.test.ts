import { describe, expect, it } from 'vitest';
import { scheduleFromSpec } from './registry';
import type { Schedule } from './schedule';
import { timmCosine, timmPoly, timmTanh } from './timm';

// Expected lrs: timm/scheduler/cosine_lr.py, poly_lr.py and tanh_lr.py, `_get_lr(t)` with the
// warmup set up in `__init__` (warmup_steps from base_values, or from _get_lr(warmup_t) for
// TanhLR without warmup_prefix), evaluated in float64 from the formulas for t = 0, 1, 2, ...

function expectCurve(schedule: Schedule, expected: readonly number[]) {
  const actual = expected.map((_, t) => schedule.lrAt(t));
  actual.forEach((value, t) => {
    expect(Math.abs(value - expected[t]!)).toBeLessThanOrEqual(
      1e-12 * Math.abs(expected[t]!) + 1e-18,
    );
  });
  const rebuilt = scheduleFromSpec(schedule.spec);
  expect(expected.map((_, t) => rebuilt.lrAt(t))).toEqual(actual);
}

describe('timm CosineLRScheduler', () => {
  it('warmup overlaying the first cycle, then lrMin after cycle_limit 1', () => {
    const schedule = timmCosine({
      baseLr: 0.1,
      tInitial: 10,
      lrMin: 1e-3,
      warmupT: 3,
      warmupLrInit: 1e-4,
    });
    expectCurve(
      schedule,
      [
        0.0001, 0.033400000000000006, 0.06670000000000001, 0.07959536998847742, 0.0657963412215599,
        0.0505, 0.03520365877844011, 0.021404630011522586, 0.010453658778440109,
        0.0034227024433899004, 0.001, 0.001, 0.001,
      ],
    );
  });

  it('warmup_prefix, cycle_mul, cycle_decay and cycle_limit', () => {
    const schedule = timmCosine({
      baseLr: 0.1,
      tInitial: 5,
      lrMin: 1e-3,
      cycleMul: 2,
      cycleDecay: 0.5,
      cycleLimit: 3,
      warmupT: 2,
      warmupPrefix: true,
    });
    expectCurve(
      schedule,
      [
        0.0, 0.05, 0.1, 0.0905463412215599, 0.0657963412215599, 0.03520365877844011,
        0.010453658778440109, 0.05, 0.04880088464923127, 0.045320916362186214, 0.039900738681165594,
        0.03307091636218622, 0.025500000000000002, 0.017929083637813793, 0.011099261318834413,
        0.00567908363781379, 0.0021991153507687385, 0.025, 0.024852260087141656,
        0.024412678195541847, 0.023692078290260415, 0.02270820393249937, 0.02148528137423857,
        0.02005342302750968, 0.018447885996874563,
      ],
    );
  });

  it('k_decay', () => {
    const schedule = timmCosine({ baseLr: 0.05, tInitial: 8, cycleLimit: 2, kDecay: 2 });
    expectCurve(
      schedule,
      [
        0.05, 0.04996988640512931, 0.049519632010080764, 0.04759973232808609, 0.04267766952966369,
        0.0334222463348055, 0.020122741949596797, 0.006476221866126028, 0.05, 0.04996988640512931,
        0.049519632010080764, 0.04759973232808609, 0.04267766952966369, 0.0334222463348055,
        0.020122741949596797, 0.006476221866126028, 0.0, 0.0,
      ],
    );
  });

  it('a fractional cycle_mul', () => {
    const schedule = timmCosine({ baseLr: 0.1, tInitial: 4, cycleMul: 1.5, cycleLimit: 4 });
    expectCurve(
      schedule,
      [
        0.1, 0.08535533905932738, 0.05, 0.014644660940672627, 0.1, 0.09330127018922195,
        0.07500000000000001, 0.05, 0.025000000000000012, 0.006698729810778065, 0.1,
        0.09698463103929543, 0.0883022221559489, 0.07500000000000001, 0.058682408883346526,
        0.041317591116653486, 0.025000000000000012, 0.011697777844051106, 0.0030153689607045845,
        0.1, 0.0986522435289912,
      ],
    );
  });

  it('noise perturbs only the noise range, by less than noisePct, reproducibly', () => {
    const plain = timmCosine({ baseLr: 0.1, tInitial: 50 });
    const noisy = timmCosine({ baseLr: 0.1, tInitial: 50, noiseRangeT: [10, 40], noisePct: 0.2 });
    let changed = 0;
    for (let t = 0; t < 50; t++) {
      const base = plain.lrAt(t);
      const value = noisy.lrAt(t);
      if (t < 10 || t >= 40) expect(value).toBe(base);
      else {
        expect(Math.abs(value / base - 1)).toBeLessThan(0.2);
        if (value !== base) changed++;
      }
      expect(scheduleFromSpec(noisy.spec).lrAt(t)).toBe(value);
    }
    expect(changed).toBe(30);
  });
});

describe('timm PolyLRScheduler', () => {
  it('warmup then power 0.5 decay to lrMin', () => {
    const schedule = timmPoly({ baseLr: 0.1, tInitial: 10, lrMin: 1e-3, warmupT: 2 });
    expectCurve(
      schedule,
      [
        0.0, 0.05, 0.08954829190899168, 0.08382934262687348, 0.07768507025490687,
        0.07100357133746821, 0.06361309767133391, 0.05522453319301145, 0.04527414595449583,
        0.03230654883566695, 0.001, 0.001,
      ],
    );
  });

  it('power, k_decay and cycle_decay', () => {
    const schedule = timmPoly({
      baseLr: 0.1,
      tInitial: 6,
      cycleLimit: 2,
      cycleDecay: 0.8,
      power: 2,
      kDecay: 1.5,
    });
    expectCurve(
      schedule,
      [
        0.1, 0.08685468661416755, 0.06521368575772865, 0.04178932188134526, 0.020763418839266162,
        0.005725215507824229, 0.08000000000000002, 0.06948374929133405, 0.052170948606182925,
        0.03343145750507621, 0.01661073507141293, 0.004580172406259384, 0.0, 0.0,
      ],
    );
  });
});

describe('timm TanhLRScheduler', () => {
  it('warmup to the curve at warmup_t when not a prefix', () => {
    const schedule = timmTanh({ baseLr: 0.1, tInitial: 10, lrMin: 1e-3, warmupT: 3 });
    expectCurve(
      schedule,
      [
        0.0, 0.03332226677902794, 0.06664453355805589, 0.09996680033708383, 0.09975521030749317,
        0.09821936521375295, 0.08819891071981037, 0.050500000000000045, 0.012801089280189623,
        0.0027806347862470637, 0.001, 0.001,
      ],
    );
  });

  it('prefix warmup and growing cycles', () => {
    const schedule = timmTanh({
      baseLr: 0.1,
      tInitial: 6,
      warmupT: 2,
      warmupLrInit: 0.01,
      warmupPrefix: true,
      cycleLimit: 2,
      cycleMul: 2,
    });
    expectCurve(
      schedule,
      [
        0.01, 0.05500000000000001, 0.09999991684719724, 0.09999766914421587, 0.09993470346624474,
        0.09820137900379085, 0.06607563687658173, 0.006496916912866402, 0.09999991684719724,
        0.09999955974988523, 0.09999766914421587, 0.09998766054240138, 0.09993470346624474,
        0.09965525486984365, 0.09820137900379085, 0.09116003227929416, 0.06607563687658173,
        0.026894142136999512, 0.006496916912866402, 0.0012953727530695847, 0.0,
      ],
    );
    expect(() => timmTanh({ baseLr: 0.1, tInitial: 6, lb: 3, ub: 3 })).toThrow(/lb/);
  });
});
