import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromTimm } from '../formats/timm/from-timm';
import { exactLog } from '../internal/exact-log';
import { kerasCosineDecayRestarts } from './keras';
import { timmCosine } from './timm';

// Restart cycles at their exact boundaries. timm (timm/scheduler/cosine_lr.py at
// huggingface/pytorch-image-models aa4b5850c154) and Keras
// (keras/src/optimizers/schedules/learning_rate_schedule.py) pick the cycle of step t by
// floor(log(x) / log(mul)); at a boundary the two logs' rounding decides between the end of the
// previous cycle and the start of the next. lrkit rounds them as CPython does (correctly), on
// every JS engine; inside a cycle there is no such choice and the cycle is the exact one.

/** Cycle starts that are exact integers: T, T + T·mul, ... */
function starts(first: number, mul: number, count: number): number[] {
  const out: number[] = [];
  let start = 0;
  let length = first;
  for (let k = 1; k <= count; k++) {
    start += length;
    length *= mul;
    if (Number.isInteger(start) && start < 1e7) out.push(start);
  }
  return out;
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
const muls = fc.constantFrom(2, 3, 4, 5, 1.5, 2.5, 10);

describe('timm cycles at exact boundaries', () => {
  it('a boundary step ends the previous cycle or starts the next, as the correctly rounded logs decide', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        muls,
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        (first, mul, decay) => {
          const options = {
            baseLr: 0.1,
            tInitial: first,
            cycleMul: mul,
            cycleDecay: decay,
            cycleLimit: 40,
            lrMin: 0.001,
          };
          const preset = timmCosine(options);
          starts(first, mul, 10).forEach((s, index) => {
            const k = index + 1;
            const x = 1 - (s / first) * (1 - mul);
            const cycle = Math.floor(exactLog(x) / exactLog(mul));
            const value = preset.lrAt(s);
            if (cycle === k) expect(close(value, 0.1 * decay ** k)).toBe(true);
            else expect([cycle, value]).toEqual([k - 1, 0.001]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a step just past a boundary is inside the new cycle, and the preset agrees with fromTimm', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), muls, (first, mul) => {
        const options = {
          baseLr: 0.1,
          tInitial: first,
          cycleMul: mul,
          cycleDecay: 0.7,
          cycleLimit: 40,
        };
        const preset = timmCosine(options);
        const optimizer = { paramGroups: [{ lr: 0.1 }] };
        const kwargs = { t_initial: first, cycle_mul: mul, cycle_decay: 0.7, cycle_limit: 40 };
        const scheduler = fromTimm(optimizer, { scheduler: 'CosineLRScheduler', kwargs });
        starts(first, mul, 8).forEach((s, index) => {
          const k = index + 1;
          const length = first * mul ** k;
          const expected = 0.5 * 0.1 * 0.7 ** k * (1 + Math.cos(Math.PI / length));
          expect(close(preset.lrAt(s + 1), expected)).toBe(true);
          for (const t of [s, s + 1]) {
            scheduler.step(t);
            expect(optimizer.paramGroups[0]!.lr).toBe(preset.lrAt(t));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('Keras CosineDecayRestarts at exact period boundaries', () => {
  it('a boundary is the previous period’s floor or the next period’s peak; a step past it is inside', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        muls,
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        (first, tMul, mMul) => {
          const schedule = kerasCosineDecayRestarts({
            initialLearningRate: 1,
            firstDecaySteps: first,
            tMul,
            mMul,
            alpha: 0.01,
          });
          starts(first, tMul, 8).forEach((s, index) => {
            const k = index + 1;
            const x = 1 - (s / first) * (1 - tMul);
            const period = Math.floor(exactLog(x) / exactLog(tMul));
            const peak = (1 - 0.01) * mMul ** k + 0.01;
            const value = schedule.lrAt(s);
            expect(period === k ? close(value, peak) : Math.abs(value - 0.01) < 1e-12).toBe(true);
            const inside =
              (1 - 0.01) * 0.5 * mMul ** k * (1 + Math.cos(Math.PI / (first * tMul ** k))) + 0.01;
            expect(Math.abs(schedule.lrAt(s + 1) - inside)).toBeLessThan(1e-12);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
