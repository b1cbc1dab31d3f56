import { cosineSchedule, LinearLR, PlateauLR, SchedulerRunner, SequentialLR } from '@lrkit/core';

// Warm up for 3 epochs, then halve the lr whenever val_loss stalls for 2 epochs.
const optimizer = { paramGroups: [{ lr: 0.1 }] };
const scheduler = new SequentialLR(optimizer, {
  schedulers: [
    new LinearLR(optimizer, { startFactor: 0.1, totalIters: 3 }),
    new PlateauLR(optimizer, { patience: 2, factor: 0.5 }),
  ],
  milestones: [3],
});
// The composite is metric-driven, so the runner requires a monitor and passes the metric on.
const runner = new SchedulerRunner({ scheduler, interval: 'epoch', monitor: 'val_loss' });
const valLosses = [1.0, 0.8, 0.7, 0.6, 0.55, 0.55, 0.55, 0.55, 0.5, 0.5, 0.5, 0.5];
for (const val_loss of valLosses) runner.onEpochEnd({ val_loss });
const lrs = runner.history.series()[0]!.lr.map((lr) => Number(lr.toFixed(4)));
console.log(lrs);
// [0.01, 0.04, 0.07, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025]

// A cosine that is cut by 10× on top when the metric stalls (lr = cosine(t) × 0.1^k).
const other = { paramGroups: [{ lr: 0.1 }] };
const cut = new PlateauLR(other, {
  schedule: cosineSchedule({ peakLr: 0.1, decaySteps: 20 }),
  patience: 1,
});
for (const val_loss of [1, 0.9, 0.9, 0.9]) cut.step(val_loss);
console.log(cut.getLastLr()[0]! / cosineSchedule({ peakLr: 0.1, decaySteps: 20 }).lrAt(4)); // 0.1
