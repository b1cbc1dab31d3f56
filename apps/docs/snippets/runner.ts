import { OneCycleLR, ReduceLROnPlateau, SchedulerRunner, StepLR } from '@lrkit/core';

// A GAN-style loop with two optimizers, each with its own schedule and cadence.
const generator = { paramGroups: [{ lr: 2e-4, momentum: 0.9 }] };
const discriminator = { paramGroups: [{ lr: 4e-4 }] };
const stepsPerEpoch = 100;
const epochs = 10;

const runner = new SchedulerRunner([
  {
    // stepped after every batch
    scheduler: new OneCycleLR(generator, {
      maxLr: 1e-3,
      totalSteps: epochs * stepsPerEpoch,
    }),
    interval: 'step',
    name: 'generator',
  },
  {
    // stepped every 2 epochs
    scheduler: new StepLR(discriminator, { stepSize: 1, gamma: 0.5 }),
    interval: 'epoch',
    frequency: 2,
    name: 'discriminator',
  },
]);

for (let epoch = 0; epoch < epochs; epoch++) {
  for (let batch = 0; batch < stepsPerEpoch; batch++) {
    // ...both optimizers update here...
    runner.onStepEnd({ loss: 1 / (1 + batch) });
  }
  runner.onEpochEnd({ val_loss: 1 / (1 + epoch) });
}

// Everything the runner did, per name and param group, as plain JSON for a chart or a log.
console.log(runner.history.series().map((s) => `${s.name}[${s.group}]: ${s.lr.length} points`));

// Metric-driven schedulers name the metric they watch.
const plateau = new SchedulerRunner({
  scheduler: new ReduceLROnPlateau(discriminator, { patience: 3 }),
  monitor: 'val_loss',
});
plateau.onEpochEnd({ val_loss: 0.42 });
const state = JSON.stringify(runner.stateDict()); // counters and every scheduler's state
console.log(state.length > 0);
