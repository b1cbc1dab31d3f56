// Placeholder until the demo lands: prints warmup + cosine through fromTorch.
import { fromTorch } from '@lrkit/core';

const optimizer = { paramGroups: [{ lr: 0.1 }] };
const scheduler = fromTorch(optimizer, {
  scheduler: 'SequentialLR',
  kwargs: {
    schedulers: [
      { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: 5 } },
      { scheduler: 'CosineAnnealingLR', kwargs: { T_max: 20 } },
    ],
    milestones: [5],
  },
});
for (let step = 0; step <= 25; step++) {
  const lr = optimizer.paramGroups[0].lr;
  console.log(`${String(step).padStart(3)}  ${lr.toFixed(6)}  ${'█'.repeat(Math.round(lr * 400))}`);
  scheduler.step();
}
