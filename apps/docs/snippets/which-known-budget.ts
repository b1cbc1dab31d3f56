import { OneCycleLR, preview } from '@lrkit/core';

// Training from scratch with a known budget (10,000 steps): warm up, then a cosine that reaches
// its floor on the last step. A closed form: a pure function of the step, JSON you can log.
const spec = {
  version: 1,
  type: 'warmup',
  warmupSteps: 500,
  schedule: { type: 'cosine', peakLr: 1e-3, decaySteps: 9500, minLr: 1e-5 },
};
const lrs = preview(spec, { steps: 10_000 }).lr[0]!;
console.log(lrs[0], lrs[500], lrs[9999]); // 0, the peak 1e-3, almost 1e-5

// The same budget with OneCycleLR (SGD with momentum: the momentum cycles the other way).
const optimizer = { paramGroups: [{ lr: 0.1, momentum: 0.9 }] };
const oneCycle = new OneCycleLR(optimizer, { maxLr: 0.1, totalSteps: 10_000 });
for (let step = 1; step < 3000; step++) oneCycle.step();
console.log(optimizer.paramGroups[0]!.lr, optimizer.paramGroups[0]!.momentum); // 0.1, 0.85
