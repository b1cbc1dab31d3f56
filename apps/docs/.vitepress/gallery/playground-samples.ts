import type { PlaygroundFormat } from './playground-source';

/** One working example per format, as each library's users write it (its own argument names). */
const SAMPLES: Readonly<Record<Exclude<PlaygroundFormat, 'torch-text'>, object>> = {
  spec: {
    version: 1,
    type: 'join',
    schedules: [
      { type: 'linear', startLr: 0, endLr: 0.1, transitionSteps: 10 },
      {
        type: 'restarts',
        shape: 'cosine',
        peakLr: 0.1,
        minLr: 0.001,
        cycleSteps: 30,
        cycleMul: 2,
        cycleDecay: 0.7,
      },
    ],
    boundaries: [10],
  },
  torch: {
    scheduler: 'CosineAnnealingWarmRestarts',
    kwargs: { T_0: 20, T_mult: 2, eta_min: 0.001 },
  },
  deepspeed: {
    train_batch_size: 32,
    scheduler: {
      type: 'WarmupDecayLR',
      params: {
        warmup_min_lr: 0,
        warmup_max_lr: 0.1,
        warmup_num_steps: 20,
        total_num_steps: 200,
        warmup_type: 'linear',
      },
    },
  },
  hf: {
    name: 'cosine_with_restarts',
    num_warmup_steps: 20,
    num_training_steps: 200,
    scheduler_specific_kwargs: { num_cycles: 3 },
  },
  'hf-training-arguments': {
    lr_scheduler_type: 'polynomial',
    lr_scheduler_kwargs: { power: 2, lr_end: 1e-4 },
    warmup_ratio: 0.1,
    max_steps: 200,
  },
  timm: {
    scheduler: 'CosineLRScheduler',
    kwargs: {
      t_initial: 40,
      lr_min: 0.001,
      cycle_mul: 2,
      cycle_decay: 0.5,
      cycle_limit: 3,
      warmup_t: 5,
      warmup_lr_init: 0.0001,
    },
  },
  'timm-args': {
    sched: 'step',
    num_epochs: 200,
    decay_epochs: 30,
    decay_rate: 0.5,
    warmup_epochs: 5,
    warmup_lr: 0.0001,
  },
  keras: {
    class_name: 'CosineDecayRestarts',
    config: {
      initial_learning_rate: 0.1,
      first_decay_steps: 30,
      t_mul: 2,
      m_mul: 0.8,
      alpha: 0.01,
    },
  },
  lightning: {
    class_path: 'torch.optim.lr_scheduler.MultiStepLR',
    init_args: { milestones: [60, 120, 160], gamma: 0.2 },
  },
  hydra: {
    _target_: 'torch.optim.lr_scheduler.CosineAnnealingLR',
    T_max: 200,
    eta_min: 0.001,
  },
  megatron: {
    init_lr: 0,
    max_lr: 0.1,
    min_lr: 0.001,
    lr_warmup_steps: 20,
    lr_decay_steps: 200,
    lr_decay_style: 'WSD',
    wsd_decay_steps: 60,
    lr_wsd_decay_style: 'cosine',
  },
  torchtitan: {
    warmup_steps: 20,
    decay_ratio: 0.4,
    decay_type: 'cosine',
    lr_min: 0.05,
    training_steps: 200,
  },
};

/** The editor's text of the sample for `format`. */
export function sampleText(format: PlaygroundFormat): string {
  if (format === 'torch-text') return 'OneCycleLR(max_lr=0.1, total_steps=200, pct_start=0.25)';
  return JSON.stringify(SAMPLES[format], null, 2);
}
