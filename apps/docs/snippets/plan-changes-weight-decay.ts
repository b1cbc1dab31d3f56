import {
  cosineSchedule,
  HyperparameterScheduler,
  linearSchedule,
  ScheduleLR,
  SchedulerRunner,
} from '@lrkit/core';

// A hand-written AdamW-style loop reads lr and weightDecay from its groups at every update;
// biases are in a second group without decay, as in PyTorch.
const optimizer = {
  paramGroups: [
    { lr: 1e-3, weightDecay: 0.04, params: [1.0, -2.0] },
    { lr: 1e-3, weightDecay: 0, params: [0.5] },
  ],
};
const steps = 100;
const runner = new SchedulerRunner([
  {
    scheduler: new ScheduleLR(optimizer, {
      schedule: cosineSchedule({ peakLr: 1e-3, decaySteps: steps }),
      scale: 'absolute',
    }),
    interval: 'step',
  },
  {
    // Weight decay rises from 0.04 to 0.4 (DINO-style); 'multiplier' keeps the bias group at 0.
    scheduler: new HyperparameterScheduler(optimizer, {
      field: 'weightDecay',
      schedule: linearSchedule({ startLr: 1, endLr: 10, transitionSteps: steps }),
      scale: 'multiplier',
    }),
    interval: 'step',
    name: 'weight-decay',
  },
]);

for (let step = 0; step < steps; step++) {
  for (const group of optimizer.paramGroups) {
    // decoupled decay, then the (here: zero-gradient) update
    group.params = group.params.map((p) => p * (1 - group.lr * group.weightDecay));
  }
  runner.onStepEnd();
}
console.log(optimizer.paramGroups.map((g) => Number(g.weightDecay.toFixed(3)))); // [0.4, 0]
console.log(optimizer.paramGroups[1]!.params); // [0.5]: no decay on the bias group
