import { withGroupsRollback } from '../../internal/groups';
import { invalid, isPlainObject } from '../../internal/validate';
import { type Optimizer, validateOptimizer } from '../../optimizer';
import type { Scheduler } from '../../scheduler';
import { ScheduleLR } from '../../schedulers/schedule-lr';
import { type HfSchedulerName, hfGetScheduler } from '../../schedules/huggingface';
import type { Schedule } from '../../schedules/schedule';
import { fromTorch } from '../../torch/from-torch';
import {
  HF_SCHEDULER_TYPES,
  type HfSchedulerType,
  inHfTerms,
  kwargsObject,
  renameHfKwargs,
} from './hf-kwargs';

/** transformers' `get_scheduler` arguments, in its names; null is Python's None. */
export interface HfSchedulerConfig {
  /** A `SchedulerType` value: 'linear', 'cosine', 'reduce_lr_on_plateau', 'warmup_stable_decay', ... */
  name: HfSchedulerType;
  num_warmup_steps?: number | null;
  num_training_steps?: number | null;
  /** The schedule function's own arguments (`num_cycles`, `lr_end`, `min_lr`, ...). */
  scheduler_specific_kwargs?: Record<string, unknown> | null;
}

function checkConfig(config: unknown): HfSchedulerConfig {
  if (!isPlainObject(config))
    invalid(
      'config',
      config,
      'must be an object { name, num_warmup_steps, num_training_steps, scheduler_specific_kwargs }',
    );
  const keys = ['name', 'num_warmup_steps', 'num_training_steps', 'scheduler_specific_kwargs'];
  for (const key of Object.keys(config)) {
    if (!keys.includes(key))
      invalid(
        `config.${key}`,
        config[key],
        `is not an argument of transformers' get_scheduler (${keys.join(', ')})`,
      );
  }
  if (
    typeof config.name !== 'string' ||
    !(HF_SCHEDULER_TYPES as readonly string[]).includes(config.name)
  ) {
    invalid(
      'name',
      config.name,
      `is not a valid SchedulerType; one of ${HF_SCHEDULER_TYPES.map((n) => `'${n}'`).join(', ')}`,
    );
  }
  return config as unknown as HfSchedulerConfig;
}

/** transformers reads `optimizer.defaults['lr']` for these; lrkit reads `optimizer.defaults.lr`. */
function defaultLr(optimizer: Optimizer, name: string): number {
  const lr = optimizer.defaults?.lr;
  if (typeof lr !== 'number' || !Number.isFinite(lr)) {
    invalid(
      'optimizer.defaults.lr',
      lr,
      `must be the optimizer's default lr (a finite number): the '${name}' schedule reads it, as transformers reads optimizer.defaults['lr']`,
    );
  }
  return lr;
}

function schedule(
  optimizer: Optimizer,
  name: HfSchedulerName,
  config: HfSchedulerConfig,
  kwargs: Record<string, unknown>,
): Schedule {
  const { options } = renameHfKwargs(name, kwargs);
  if (name === 'polynomial') options.lrInit = defaultLr(optimizer, name);
  if (
    (name === 'cosine_with_min_lr' || name === 'cosine_warmup_with_min_lr') &&
    options.minLr !== undefined
  ) {
    options.lr = defaultLr(optimizer, name);
  }
  const steps: { numWarmupSteps?: number; numTrainingSteps?: number } = {};
  if (config.num_warmup_steps !== null && config.num_warmup_steps !== undefined)
    steps.numWarmupSteps = config.num_warmup_steps;
  if (config.num_training_steps !== null && config.num_training_steps !== undefined)
    steps.numTrainingSteps = config.num_training_steps;
  try {
    return hfGetScheduler(name, { ...steps, schedulerSpecificKwargs: options });
  } catch (error) {
    throw inHfTerms(error, name);
  }
}

/**
 * transformers' `get_scheduler(name, optimizer, num_warmup_steps, num_training_steps,
 * scheduler_specific_kwargs)`, with its dispatch, defaults and errors: a `ScheduleLR` multiplying
 * each group's initial lr (as transformers' LambdaLR; construction sets base lr × λ(0)), or
 * torch's `ReduceLROnPlateau` for 'reduce_lr_on_plateau'. As in transformers, 'constant' ignores
 * every other argument, 'constant_with_warmup' and 'inverse_sqrt' ignore all but
 * num_warmup_steps, and 'warmup_stable_decay' may go without num_training_steps.
 */
export function fromHf(optimizer: Optimizer, config: HfSchedulerConfig): Scheduler {
  validateOptimizer(optimizer);
  const c = checkConfig(config);
  const name = c.name;
  const kwargs = kwargsObject('scheduler_specific_kwargs', c.scheduler_specific_kwargs);
  if (name === 'constant')
    return new ScheduleLR(optimizer, { schedule: hfGetScheduler('constant'), scale: 'multiplier' });
  if (name === 'reduce_lr_on_plateau') {
    return withGroupsRollback(optimizer, () =>
      fromTorch(optimizer, { scheduler: 'ReduceLROnPlateau', kwargs }),
    );
  }
  if (c.num_warmup_steps === null || c.num_warmup_steps === undefined) {
    invalid(
      'num_warmup_steps',
      c.num_warmup_steps ?? null,
      `is required by '${name}' (transformers: "${name} requires \`num_warmup_steps\`, please provide that argument.")`,
    );
  }
  const needsTraining =
    name !== 'constant_with_warmup' && name !== 'inverse_sqrt' && name !== 'warmup_stable_decay';
  if (needsTraining && (c.num_training_steps === null || c.num_training_steps === undefined)) {
    invalid(
      'num_training_steps',
      c.num_training_steps ?? null,
      `is required by '${name}' (transformers: "${name} requires \`num_training_steps\`, please provide that argument.")`,
    );
  }
  // constant_with_warmup and inverse_sqrt are called with num_warmup_steps alone.
  const used = name === 'constant_with_warmup' || name === 'inverse_sqrt' ? {} : kwargs;
  const { lastEpoch } = renameHfKwargs(name, used);
  const built = schedule(optimizer, name, c, used);
  const options = lastEpoch === undefined ? {} : { lastEpoch };
  try {
    return new ScheduleLR(optimizer, { schedule: built, scale: 'multiplier', ...options });
  } catch (error) {
    throw inHfTerms(error, name);
  }
}
