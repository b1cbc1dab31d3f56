import { fromTimm, fromTimmArgs } from '@lrkit/core';

// timm: CosineLRScheduler(optimizer, t_initial=50, cycle_mul=2, cycle_decay=0.5, cycle_limit=3,
//                         warmup_t=5, warmup_lr_init=1e-5, warmup_prefix=True, lr_min=1e-5)
const optimizer = { paramGroups: [{ lr: 5e-4 }, { lr: 5e-4, lrScale: 0.1 }] }; // lr_scale per group
const scheduler = fromTimm(optimizer, {
  scheduler: 'CosineLRScheduler',
  kwargs: {
    t_initial: 50,
    cycle_mul: 2,
    cycle_decay: 0.5,
    cycle_limit: 3,
    warmup_t: 5,
    warmup_lr_init: 1e-5,
    warmup_prefix: true,
    lr_min: 1e-5,
  },
});
for (let epoch = 0; epoch < 55; epoch++) {
  // ... train one epoch ...
  scheduler.step(epoch + 1); // timm: lr_scheduler.step(epoch + 1)
}
console.log(optimizer.paramGroups.map((g) => g.lr)); // the second cycle starts at half the peak

// train.py's scheduler arguments (create_scheduler_v2), stepped per update
const { scheduler: perUpdate, numEpochs } = fromTimmArgs(
  { paramGroups: [{ lr: 1e-3 }] },
  {
    sched: 'step',
    decay_epochs: 30,
    decay_rate: 0.1,
    num_epochs: 90,
    warmup_epochs: 5,
    warmup_prefix: true,
    step_on_epochs: false,
    updates_per_epoch: 200,
  },
);
perUpdate.stepUpdate(200 * 40); // 40 epochs in: past the warmup and one decay
console.log(numEpochs, perUpdate.getLastLr()[0]); // 95 and 1e-4
