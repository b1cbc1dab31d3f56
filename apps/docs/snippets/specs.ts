import { fromSpec, preview, type SchedulerSpec, StepLR, toSpec } from '@lrkit/core';

// A spec is JSON: store it in a config file, send it to every worker, log it with the run.
const spec: SchedulerSpec = {
  version: 1,
  type: 'SequentialLR',
  schedulers: [
    { type: 'LinearLR', startFactor: 0.1, totalIters: 500 },
    { type: 'CosineAnnealingLR', tMax: 9500, etaMin: 1e-5 },
  ],
  milestones: [500],
};

const optimizer = { paramGroups: [{ lr: 3e-4 }, { lr: 1e-3 }] };
const scheduler = fromSpec(optimizer, spec);
scheduler.step();

// The curve without an optimizer: lr[group][step].
const curve = preview(spec, { steps: 10_000, baseLrs: [3e-4, 1e-3] });
console.log(curve.lr[0]?.[500], curve.lr[1]?.[9999]);

// Closed forms are specs too, evaluated directly (a million steps in milliseconds).
const warmupCosine = {
  version: 1,
  type: 'warmup',
  warmupSteps: 500,
  schedule: { type: 'cosine', peakLr: 3e-4, decaySteps: 9500, minLr: 1e-5 },
};
const lrs = preview(warmupCosine, { steps: 10_000 }).lr[0];
console.log(lrs?.[0], lrs?.[500]);

// And back: any scheduler built from data describes itself.
const step = new StepLR({ paramGroups: [{ lr: 0.1 }] }, { stepSize: 30, gamma: 0.1 });
console.log(JSON.stringify(toSpec(step))); // {"version":1,"type":"StepLR","stepSize":30,"gamma":0.1}
