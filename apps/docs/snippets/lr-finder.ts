import { fromSpec, LrFinder, type ParamGroup, suggestLr } from '@lrkit/core';

// A linear regression (y = 3x + 1 + noise) trained by a hand-written SGD: any object with
// `paramGroups` is an optimizer to lrkit, so the range test needs nothing else.
interface Group extends ParamGroup {
  params: number[]; // [w, b]
}
let seed = 7;
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const points = Array.from({ length: 256 }, () => {
  const x = 2 * random();
  return { x, y: 3 * x + 1 + 0.1 * (random() - 0.5) };
});

/** One SGD step on batch `batch` (32 points) at the group's current lr; returns the batch loss. */
function trainBatch(group: Group, batch: number): number {
  const [w, b] = group.params as [number, number];
  let loss = 0;
  let gw = 0;
  let gb = 0;
  for (const { x, y } of points.slice(batch * 32, batch * 32 + 32)) {
    const r = w * x + b - y;
    loss += (r * r) / 32;
    gw += (2 * r * x) / 32;
    gb += (2 * r) / 32;
  }
  group.params = [w - group.lr * gw, b - group.lr * gb]; // reads the lr lrkit set
  return loss;
}

// 1. The range test, fastai's rules: the lr grows from 1e-7 to 10 over 100 batches, the loss is
//    smoothed, the run stops when it diverges. Then the weights are put back by hand.
const group: Group = { lr: 0.01, params: [0, 0] };
const finder = new LrFinder({ paramGroups: [group] }, { style: 'fastai', numIt: 100 });
for (let batch = 0; !finder.done; batch++) finder.step(trainBatch(group, batch % 8));
group.params = [0, 0];
const result = finder.result();
console.log('stopped at batch', result.stoppedAt, 'suggestions', result.suggestions);

// 2. The same recorded curve under Lightning's suggestion rule.
console.log('lightning', suggestLr(result.lrs, result.smoothed, 'lightning'));

// 3. OneCycle with the suggestion as its peak, built from the spec the result gives (this SGD
//    has no momentum to cycle).
const steps = 20 * 8;
const spec = result.toOneCycle({ totalSteps: steps, cycleMomentum: false });
const scheduler = fromSpec({ paramGroups: [group] }, spec);
let last = 0;
for (let step = 0; step < steps; step++) {
  last = trainBatch(group, step % 8);
  if (step < steps - 1) scheduler.step();
}
console.log('OneCycle peak', result.lr, 'final batch loss', last);
