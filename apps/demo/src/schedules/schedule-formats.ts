import { deepSpeedSchedulerNames, InvalidArgumentError } from '@lrkit/core';

/** The JSON shapes a schedule file may hold, named as `--format` takes them. */
export const SCHEDULE_FORMATS = [
  'spec',
  'torch',
  'deepspeed',
  'hf',
  'hf-training-arguments',
  'timm',
  'timm-args',
  'keras',
  'lightning',
  'hydra',
  'megatron',
  'torchtitan',
] as const;

export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];

/** timm's seven scheduler classes (timm/scheduler/*.py), which `{ scheduler, kwargs }` may name. */
export const TIMM_SCHEDULER_CLASSES: readonly string[] = [
  'CosineLRScheduler',
  'TanhLRScheduler',
  'PolyLRScheduler',
  'StepLRScheduler',
  'MultiStepLRScheduler',
  'PlateauLRScheduler',
  'WSDLRScheduler',
];

/** One line per format: what it looks like. Shown when a file's shape is not recognized. */
export const FORMAT_SHAPES: Readonly<Record<ScheduleFormat, string>> = {
  spec: 'spec: an lrkit spec { "version": 1, "type": "StepLR", "stepSize": 30 }',
  torch: 'torch: a PyTorch config { "scheduler": "StepLR", "kwargs": { "step_size": 30 } }',
  deepspeed:
    'deepspeed: a DeepSpeed config with a "scheduler" section, or the section { "type": "WarmupLR", "params": { ... } }',
  hf: 'hf: transformers get_scheduler arguments { "name": "cosine", "num_warmup_steps": 10, "num_training_steps": 100 }',
  'hf-training-arguments':
    'hf-training-arguments: TrainingArguments fields { "lr_scheduler_type": "cosine", "warmup_ratio": 0.1, "max_steps": 100 }',
  timm: 'timm: a timm scheduler { "scheduler": "CosineLRScheduler", "kwargs": { "t_initial": 100 } }',
  'timm-args': 'timm-args: create_scheduler_v2 arguments { "sched": "cosine", "num_epochs": 100 }',
  keras:
    'keras: a serialized Keras schedule { "class_name": "CosineDecay", "config": { "initial_learning_rate": 0.1, "decay_steps": 100 } }',
  lightning:
    'lightning: a LightningCLI scheduler { "class_path": "torch.optim.lr_scheduler.StepLR", "init_args": { "step_size": 30 } }',
  hydra: 'hydra: a Hydra config { "_target_": "torch.optim.lr_scheduler.StepLR", "step_size": 30 }',
  megatron:
    'megatron: Megatron-Core OptimizerParamScheduler arguments { "init_lr": 0, "max_lr": 0.1, "min_lr": 0.001, "lr_warmup_steps": 10, "lr_decay_steps": 100, "lr_decay_style": "cosine" }',
  torchtitan:
    'torchtitan: torchtitan lr_scheduler arguments { "warmup_steps": 10, "decay_ratio": 0.5, "training_steps": 100 }',
};

/**
 * Keys that only one format has. Keys several libraries share (warmup_steps, min_lr, max_steps
 * alone...) decide nothing: such an object needs --format.
 */
const DISTINCTIVE_KEYS: Readonly<Partial<Record<ScheduleFormat, readonly string[]>>> = {
  spec: ['version'],
  hf: ['name', 'num_warmup_steps', 'num_training_steps', 'scheduler_specific_kwargs'],
  'hf-training-arguments': [
    'lr_scheduler_type',
    'lr_scheduler_kwargs',
    'warmup_ratio',
    'max_steps',
    'num_train_epochs',
    'num_update_steps_per_epoch',
  ],
  'timm-args': [
    'sched',
    'num_epochs',
    'decay_epochs',
    'decay_milestones',
    'cooldown_epochs',
    'patience_epochs',
    'decay_rate',
    'warmup_lr',
    'warmup_epochs',
    'warmup_prefix',
    'noise',
    'noise_pct',
    'noise_std',
    'noise_seed',
    'cycle_mul',
    'cycle_decay',
    'cycle_limit',
    'k_decay',
    'plateau_mode',
    'step_on_epochs',
    'updates_per_epoch',
  ],
  keras: ['class_name'],
  lightning: ['class_path', 'init_args'],
  hydra: ['_target_'],
  megatron: [
    'init_lr',
    'max_lr',
    'lr_warmup_steps',
    'lr_decay_steps',
    'lr_decay_style',
    'wsd_decay_steps',
    'lr_wsd_decay_style',
    'start_wd',
    'end_wd',
    'wd_incr_steps',
    'wd_incr_style',
    'use_checkpoint_opt_param_scheduler',
    'override_opt_param_scheduler',
  ],
  torchtitan: [
    'decay_ratio',
    'decay_type',
    'min_lr_factor',
    'lr_min',
    'total_steps',
    'training_steps',
  ],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A DeepSpeed section: `{ type, params }` with a DeepSpeed name or with params, never a spec's `version`. */
function isDeepSpeedSection(json: Record<string, unknown>): boolean {
  const type = json.type;
  if (typeof type !== 'string' || 'version' in json) return false;
  return 'params' in json || (deepSpeedSchedulerNames as readonly string[]).includes(type);
}

/** The formats whose signature `json` carries (more than one: ambiguous). */
function matchingFormats(json: Record<string, unknown>): ScheduleFormat[] {
  const found = new Set<ScheduleFormat>();
  for (const [format, keys] of Object.entries(DISTINCTIVE_KEYS)) {
    if (keys.some((key) => key in json)) found.add(format as ScheduleFormat);
  }
  if (typeof json.type === 'string') found.add(isDeepSpeedSection(json) ? 'deepspeed' : 'spec');
  const scheduler = json.scheduler;
  if (typeof scheduler === 'string') {
    found.add(TIMM_SCHEDULER_CLASSES.includes(scheduler) ? 'timm' : 'torch');
  } else if (isObject(scheduler)) {
    // A whole DeepSpeed config: its "scheduler" section decides; optimizer etc. are not ours.
    // Any other object there (a Lightning scheduler dict) is none of the shapes read here.
    return typeof scheduler.type === 'string' ? ['deepspeed'] : [];
  }
  return [...found];
}

function shapesList(): string {
  return SCHEDULE_FORMATS.map((f) => `\n  ${FORMAT_SHAPES[f]}`).join('');
}

/**
 * The format of a schedule file, from its keys. An object that matches no format, or several,
 * is refused with the recognized shapes; `chooser` is how the reader names one outright (the
 * CLI's --format, the docs playground's format menu).
 */
export function detectFormat(json: unknown, origin: string, chooser = '--format'): ScheduleFormat {
  const found = isObject(json) ? matchingFormats(json) : [];
  if (found.length === 1) return found[0] as ScheduleFormat;
  const why =
    found.length === 0
      ? 'must be a JSON object in a recognized format'
      : `must be in one format, but its keys fit ${found.join(' and ')} (name one with ${chooser})`;
  throw new InvalidArgumentError({
    parameter: origin,
    value: json,
    expected: `${why}; recognized shapes (${chooser} <name>):${shapesList()}`,
  });
}
