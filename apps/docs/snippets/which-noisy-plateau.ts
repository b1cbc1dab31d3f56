import { ReduceLROnPlateau } from '@lrkit/core';

// Small batches, a noisy validation loss, no fixed budget: let the metric decide. A relative
// threshold ignores jitter below 1%, patience waits 3 epochs, cooldown lets a cut settle.
const optimizer = { paramGroups: [{ lr: 0.01 }] };
const scheduler = new ReduceLROnPlateau(optimizer, {
  factor: 0.5,
  patience: 3,
  threshold: 0.01,
  cooldown: 2,
  minLr: 1e-4,
});
const valLosses = [1.0, 0.9, 0.85, 0.852, 0.849, 0.851, 0.848, 0.85, 0.8, 0.801, 0.799, 0.8];
const lrs = valLosses.map((valLoss) => {
  scheduler.step(valLoss); // once per epoch, after validation
  return optimizer.paramGroups[0]!.lr;
});
console.log(lrs); // 0.01 until the loss stalls for more than 3 epochs, then 0.005
