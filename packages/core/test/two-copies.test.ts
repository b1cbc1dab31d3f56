import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as a from '../src/index';

// Two copies of @lrkit/core in one app (an adapter's dependency beside the app's, or the ESM and
// CommonJS builds): a second, independent module graph of the same source. Each copy's classes
// are distinct, so instanceof fails across them; the checks must not.
const copyDir = fileURLToPath(
  new URL(`../test-results/core-copy-${process.pid}/`, import.meta.url),
);
cpSync(fileURLToPath(new URL('../src', import.meta.url)), join(copyDir, 'src'), {
  recursive: true,
  filter: (path) => !path.endsWith('.test.ts'),
});
const b = (await import(/* @vite-ignore */ join(copyDir, 'src/index.ts'))) as typeof a;
afterAll(() => rmSync(copyDir, { recursive: true, force: true }));

function warmupCosine(lib: typeof a, children: typeof a, optimizer: a.Optimizer) {
  return new lib.SequentialLR(optimizer, {
    schedulers: [
      new children.LinearLR(optimizer, { startFactor: 0.1, totalIters: 3 }),
      new children.CosineAnnealingLR(optimizer, { tMax: 7 }),
    ],
    milestones: [3],
  });
}

function trace(scheduler: a.Scheduler, steps: number): number[] {
  return Array.from({ length: steps }, () => {
    scheduler.step();
    return scheduler.getLastLr()[0]!;
  });
}

describe('two copies of @lrkit/core', () => {
  it('are distinct copies (instanceof fails across them)', () => {
    expect(b.LinearLR).not.toBe(a.LinearLR);
    const other = new b.LinearLR({ paramGroups: [{ lr: 1 }] }, {});
    expect(other instanceof a.LRScheduler).toBe(false);
    expect(a.LRScheduler.isInstance(other)).toBe(true);
    expect(a.LRScheduler.isInstance({ step() {} })).toBe(false);
  });

  it("SequentialLR takes the other copy's schedulers, with the same numbers", () => {
    const mixed = trace(warmupCosine(a, b, { paramGroups: [{ lr: 0.1 }] }), 10);
    const single = trace(warmupCosine(a, a, { paramGroups: [{ lr: 0.1 }] }), 10);
    expect(mixed).toStrictEqual(single);
  });

  it("fromTorch nests the other copy's schedulers", () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const scheduler = a.fromTorch(optimizer, {
      scheduler: 'ChainedScheduler',
      kwargs: { schedulers: [new b.ExponentialLR(optimizer, { gamma: 0.5 })] },
    });
    scheduler.step();
    expect(optimizer.paramGroups[0]!.lr).toBe(0.05);
  });

  it("the runner steps the other copy's ReduceLROnPlateau with its metric", () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const plateau = new b.ReduceLROnPlateau(optimizer, { patience: 0 });
    const runner = new a.SchedulerRunner(
      { scheduler: plateau, interval: 'epoch', monitor: 'val_loss' },
      { history: new b.LrHistory() },
    );
    expect(a.isMetricDriven(plateau)).toBe(true);
    runner.onEpochEnd({ val_loss: 1 });
    runner.onEpochEnd({ val_loss: 2 });
    expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(0.01, 15);
    expect(
      a.SchedulerRunner.isInstance(
        new b.SchedulerRunner({ scheduler: plateau, monitor: 'val_loss' }),
      ),
    ).toBe(true);
  });

  it("errors of one copy are recognised by the other's isInstance", () => {
    const error = (() => {
      try {
        new b.StepLR({ paramGroups: [{ lr: 0.1 }] }, { stepSize: 0 });
      } catch (e) {
        return e;
      }
    })();
    expect(a.InvalidArgumentError.isInstance(error)).toBe(true);
    expect(a.LrkitError.isInstance(error)).toBe(true);
  });
});
