import { describe, expect, it } from 'vitest';
import { batchOrder, gather, initialLayers, spirals } from './spirals';

describe('the live trainer data', () => {
  it('draws the same spirals for a seed, two balanced classes, other points for another seed', () => {
    const a = spirals(1);
    expect(a.count).toBe(512);
    expect(spirals(1)).toEqual(a);
    expect(a.y.reduce((s, v) => s + v, 0)).toBe(256);
    expect(spirals(2).x).not.toEqual(a.x);
    expect(a.x.every((v) => Number.isFinite(v) && Math.abs(v) < 1.6)).toBe(true);
  });

  it('orders the updates as whole batches, each pass over the data a permutation', () => {
    const batches = batchOrder(512, { batchSize: 64, updates: 20, seed: 1 });
    expect(batches).toHaveLength(20);
    expect(batches.every((b) => b.length === 64)).toBe(true);
    for (const pass of [batches.slice(0, 8), batches.slice(8, 16)]) {
      const rows = pass.flatMap((b) => [...b]).sort((x, y) => x - y);
      expect(rows).toEqual(Array.from({ length: 512 }, (_, i) => i));
    }
    // A new shuffle each pass, the same for the same seed.
    expect(batches[8]).not.toEqual(batches[0]);
    expect(batchOrder(512, { batchSize: 64, updates: 20, seed: 1 })).toEqual(batches);
  });

  it('gathers the rows of a batch', () => {
    const data = spirals(3);
    const batch = gather(data, Int32Array.from([5, 0]));
    expect([...batch.x]).toEqual([data.x[10], data.x[11], data.x[0], data.x[1]]);
    expect([...batch.y]).toEqual([data.y[5], data.y[0]]);
  });

  it('initialises like torch.nn.Linear: U(±1/√fan_in), layout [out, in], seeded', () => {
    const layers = initialLayers([2, 32, 32, 2], 1);
    expect(layers.map((l) => [l.outputs, l.inputs, l.weight.length, l.bias.length])).toEqual([
      [32, 2, 64, 32],
      [32, 32, 1024, 32],
      [2, 32, 64, 2],
    ]);
    for (const layer of layers) {
      const bound = 1 / Math.sqrt(layer.inputs);
      for (const v of [...layer.weight, ...layer.bias])
        expect(Math.abs(v)).toBeLessThanOrEqual(bound);
    }
    expect(initialLayers([2, 32, 32, 2], 1)).toEqual(layers);
  });
});
