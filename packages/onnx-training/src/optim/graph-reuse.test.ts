import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { Adam } from './adam';
import { SGD } from './sgd';

const SESSION = { intraOpNumThreads: 1 };
const t = (values: number[]) => new Tensor('float32', Float32Array.from(values), [values.length]);
const values = (tensor: Tensor) => [...(tensor.data as Float32Array)];

// A step reuses the last step's session while the group fields its graph is built from are the
// same: each change must still reach the graph at the next step, and changing back must too.
describe('the session a step runs, after group fields change between steps', () => {
  it('SGD: maximize and weight decay switched on and off, step by step as float32 arithmetic', async () => {
    const p0 = [0.5, -1.25, 2];
    const g = [0.75, 0.5, -1.5];
    const opt = new SGD({ p: t(p0) }, { lr: 0.25, sessionOptions: SESSION });
    const group = opt.paramGroups[0]!;
    const f = Math.fround;
    let p = p0.map(f);
    const plan: [maximize: boolean, weightDecay: number][] = [
      [false, 0],
      [true, 0],
      [false, 0],
      [false, 0.5],
      [false, 0],
      [true, 0.5],
    ];
    for (const [maximize, weightDecay] of plan) {
      group.maximize = maximize;
      group.weightDecay = weightDecay;
      await opt.step({ p: t(g) });
      // d = ±g + weightDecay·p, p' = p − lr·d (the graph adds no decay term while it is 0).
      p = p.map((x, i) => {
        const grad = maximize ? -f(g[i]!) : f(g[i]!);
        const d = weightDecay === 0 ? grad : f(grad + f(x * f(weightDecay)));
        return f(x - f(d * f(0.25)));
      });
      expect(values(opt.params.p!)).toEqual(p);
    }
  });

  it('Adam: maximize switched on after a step gives what a fresh Adam restored with it gives', async () => {
    const grads = [t([0.5, -2, 1]), t([-1, 0.25, 3]), t([2, 2, -0.5])];
    const opt = new Adam({ p: t([1, 2, 3]) }, { lr: 0.1, sessionOptions: SESSION });
    await opt.step({ p: grads[0]! });
    for (const [i, maximize] of [true, false].entries()) {
      const saved = opt.stateDict();
      (saved.groups[0] as { maximize: boolean }).maximize = maximize;
      const fresh = new Adam({ p: opt.params.p! }, { lr: 0.1, sessionOptions: SESSION });
      fresh.loadStateDict(saved);
      opt.paramGroups[0]!.maximize = maximize;
      await opt.step({ p: grads[i + 1]! });
      await fresh.step({ p: grads[i + 1]! });
      expect(values(opt.params.p!)).toEqual(values(fresh.params.p!));
    }
  });
});
