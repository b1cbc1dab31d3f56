import { fromDeepSpeed, preview } from '@lrkit/core';

// The "scheduler" section of a DeepSpeed config (ds_config.json), as it is.
const dsConfig = {
  scheduler: {
    type: 'WarmupDecayLR',
    params: { total_num_steps: 1000, warmup_min_lr: 0, warmup_max_lr: 3e-4, warmup_num_steps: 100 },
  },
} as const;

const optimizer = { paramGroups: [{ lr: 3e-4 }] };
const scheduler = fromDeepSpeed(optimizer, dsConfig.scheduler);
for (let step = 0; step < 100; step++) {
  // ... forward, backward, optimizer update with optimizer.paramGroups[0].lr ...
  scheduler.step(); // once per optimizer step, as DeepSpeed's engine does
}
console.log(optimizer.paramGroups[0]!.lr); // the peak, 3e-4, at the end of the warmup

// DeepSpeed's own checkpoint of the scheduler resumes too.
const resumed = fromDeepSpeed({ paramGroups: [{ lr: 3e-4 }] }, dsConfig.scheduler);
resumed.loadStateDict({ last_batch_iteration: 99 });

// The whole curve, for a plot.
const curve = preview((o) => fromDeepSpeed(o, dsConfig.scheduler), { steps: 1000 });
console.log(curve.lr[0]!.length);
