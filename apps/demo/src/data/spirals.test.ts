import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchPlan, gatherBatch } from './batches';
import { spirals, spiralTask } from './spirals';

describe('spirals', () => {
  it('is a pure function of its seed', () => {
    const a = spirals({ pointsPerClass: 50, seed: 3 });
    const b = spirals({ pointsPerClass: 50, seed: 3 });
    const c = spirals({ pointsPerClass: 50, seed: 4 });
    expect(a.x).toEqual(b.x);
    expect(a.y).toEqual(b.y);
    expect(a.x).not.toEqual(c.x);
  });

  it('has two balanced classes on arms half a turn apart', () => {
    const { x, y, count } = spirals({ pointsPerClass: 200, seed: 1, noise: 0 });
    expect(count).toBe(400);
    expect([...y].filter((v) => v === 1)).toHaveLength(200);
    // Without noise, a point and its mirror through the origin are on opposite arms.
    for (let i = 0; i < count; i++) {
      const r = Math.hypot(x[2 * i] as number, x[2 * i + 1] as number);
      expect(r).toBeGreaterThanOrEqual(0.05 - 1e-6);
      expect(r).toBeLessThanOrEqual(1 + 1e-6);
    }
  });

  it('draws training and validation sets from different seeds', () => {
    const { train, val } = spiralTask(1);
    expect(train.count).toBe(val.count);
    expect(train.x).not.toEqual(val.x);
  });
});

describe('batchPlan', () => {
  it('visits every kept example once per epoch, in a seeded order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (batchSize, epochs, seed) => {
          const data = spirals({ pointsPerClass: 30, seed: 1 });
          const plan = batchPlan(data, { batchSize, epochs, seed });
          expect(plan).toHaveLength(epochs);
          for (const batches of plan) {
            expect(batches).toHaveLength(Math.floor(data.count / batchSize));
            const seen = batches.flatMap((b) => [...b]);
            expect(new Set(seen).size).toBe(seen.length);
            for (const b of batches) expect(b.length).toBe(batchSize);
          }
          expect(batchPlan(data, { batchSize, epochs, seed })).toEqual(plan);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gathers the rows it names', () => {
    const data = spirals({ pointsPerClass: 10, seed: 2 });
    const batch = gatherBatch(data, Int32Array.of(3, 0));
    expect([...batch.x]).toEqual([data.x[6], data.x[7], data.x[0], data.x[1]]);
    expect([...batch.y]).toEqual([data.y[3], data.y[0]]);
  });
});
