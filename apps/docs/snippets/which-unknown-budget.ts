import { fromSpec, preview } from '@lrkit/core';

// Unknown budget, or a long run you may extend: warmup-stable-decay (WSD). The lr holds at its
// peak for as long as you like; the short decay runs only when you decide to stop.
const wsd = (numStableSteps: number) => ({
  version: 1 as const,
  type: 'hf-warmup-stable-decay',
  numWarmupSteps: 100,
  numStableSteps,
  numDecaySteps: 200,
});
// Planned 2,000 steps, then extended to 5,000: the first 2,000 lrs before the decay are the same,
// so the run resumes from a checkpoint taken during the stable phase with the longer spec.
const planned = preview(wsd(1700), { steps: 2000, baseLrs: [3e-4] }).lr[0]!;
const extended = preview(wsd(4700), { steps: 5000, baseLrs: [3e-4] }).lr[0]!;
console.log(planned.slice(0, 1800).every((lr, i) => lr === extended[i])); // true
console.log(planned[1999], extended[4999]); // the same last lr, near 0 (1.9e-8)

// The same shape drives an optimizer through fromSpec.
const optimizer = { paramGroups: [{ lr: 3e-4 }] };
const scheduler = fromSpec(optimizer, wsd(1700));
for (let step = 0; step < 500; step++) scheduler.step();
console.log(optimizer.paramGroups[0]!.lr); // 3e-4: the stable phase
