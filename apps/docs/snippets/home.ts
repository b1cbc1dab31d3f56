import { OneCycleLR } from '@lrkit/core';

// Any object whose paramGroups carry an lr is an optimizer to lrkit.
const optimizer = { paramGroups: [{ lr: 0.1, momentum: 0.9 }] };
const scheduler = new OneCycleLR(optimizer, { maxLr: 0.1, totalSteps: 100 });
for (let step = 1; step < 100; step++) {
  // Your training step here reads optimizer.paramGroups[0].lr.
  scheduler.step();
}
console.log(scheduler.getLastLr()); // [4e-7]: maxLr / 25 / 1e4, as in PyTorch
