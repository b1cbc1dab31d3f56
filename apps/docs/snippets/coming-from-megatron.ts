import { fromMegatron, fromTorchtitan, preview } from '@lrkit/core';

// Megatron-Core: OptimizerParamScheduler(optimizer, init_lr=..., max_lr=..., ...).
const megatronArgs = {
  init_lr: 0,
  max_lr: 3e-4,
  min_lr: 3e-5,
  lr_warmup_steps: 200,
  lr_decay_steps: 10_000,
  lr_decay_style: 'WSD',
  wsd_decay_steps: 2_000,
  lr_wsd_decay_style: 'minus_sqrt',
} as const;
const optimizer = { paramGroups: [{ lr: 3e-4 }] };
const megatron = fromMegatron(optimizer, megatronArgs);
megatron.step(); // Megatron's step(increment=1), once per iteration
console.log(optimizer.paramGroups[0]!.lr);

// torchtitan: the [lr_scheduler] section of the job config, and training.steps.
const titanCurve = preview(
  (o) =>
    fromTorchtitan(o, {
      warmup_steps: 200,
      decay_ratio: 0.2,
      decay_type: 'cosine',
      min_lr_factor: 0.1,
      training_steps: 10_000,
    }),
  { steps: 10_001, baseLrs: [3e-4] },
);
// After the last of the 10,000 training steps: min_lr_factor × the lr.
console.log(titanCurve.lr[0]![10_000]);
