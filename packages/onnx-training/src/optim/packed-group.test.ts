import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { Adam } from './adam';
import { PackedGroup } from './packed-group';
import { SGD } from './sgd';

const SESSION = { intraOpNumThreads: 1 };
const t = (values: number[], dims: number[]) =>
  new Tensor('float32', Float32Array.from(values), dims);

describe('a param group packed into one flat tensor', () => {
  it('lays parameters out one after another and hands out views in their shapes', () => {
    const layout = new PackedGroup(3, ['w', 'b'], [[2, 3], [3]]);
    expect(layout.size).toBe(9);
    expect(layout.offsets).toEqual([0, 6]);
    expect(layout.shape).toEqual({ name: 'group.3', dims: [9] });
    expect(layout.state('exp_avg')).toEqual({
      input: 'state.exp_avg.group.3',
      output: 'next.state.exp_avg.group.3',
    });
    const flat = new Float32Array(9);
    layout.pack(flat, { w: t([1, 2, 3, 4, 5, 6], [2, 3]), b: t([7, 8, 9], [3]) });
    expect([...flat]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const [w, b] = layout.views(flat);
    expect(w!.dims).toEqual([2, 3]);
    expect([...(b!.data as Float32Array)]).toEqual([7, 8, 9]);
    expect((b!.data as Float32Array).buffer).toBe(flat.buffer);
  });

  it('keeps tensors it handed out as they were, and copies what it is given', async () => {
    const w = t([1, 2, 3, 4], [2, 2]);
    const opt = new SGD(
      { w, b: t([5, 6], [2]) },
      { lr: 0.5, momentum: 0.9, sessionOptions: SESSION },
    );
    const before = opt.params;
    expect(Object.isFrozen(before)).toBe(true);
    expect(opt.params).toBe(before);
    (w.data as Float32Array)[0] = 100;
    expect(before.w!.data[0]).toBe(1);
    await opt.step({ w: t([1, 1, 1, 1], [2, 2]), b: t([1, 1], [2]) });
    await opt.step({ w: t([1, 1, 1, 1], [2, 2]), b: t([1, 1], [2]) });
    expect([...(before.w!.data as Float32Array)]).toEqual([1, 2, 3, 4]);
    expect(opt.params).not.toBe(before);
    // momentum 0.9: 1 − 0.5·1 − 0.5·(0.9 + 1)
    expect(opt.params.w!.data[0]).toBeCloseTo(1 - 0.5 - 0.5 * 1.9, 6);
  });

  it('packs gradients given as views of a larger buffer at any offset', async () => {
    const params = () => ({ a: t([1, 2, 3], [3]), b: t([4, 5], [1, 2]) });
    const direct = new Adam(params(), { lr: 0.1, sessionOptions: SESSION });
    const viewed = new Adam(params(), { lr: 0.1, sessionOptions: SESSION });
    const buffer = Float32Array.from([9, 9, 0.5, -1, 2, 9, 3, -4, 9]);
    await direct.step({ a: t([0.5, -1, 2], [3]), b: t([3, -4], [1, 2]) });
    await viewed.step({
      a: new Tensor('float32', buffer.subarray(2, 5), [3]),
      b: new Tensor('float32', buffer.subarray(6, 8), [1, 2]),
    });
    expect(viewed.params.a!.data).toEqual(direct.params.a!.data);
    expect(viewed.params.b!.data).toEqual(direct.params.b!.data);
    expect(viewed.stateDict()).toEqual(direct.stateDict());
  });
});
