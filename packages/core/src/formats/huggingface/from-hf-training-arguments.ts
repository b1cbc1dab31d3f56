import { invalid, isPlainObject, nonNegativeNumber, numberInRange } from '../../internal/validate';
import { type Optimizer, validateOptimizer } from '../../optimizer';
import type { Scheduler } from '../../scheduler';
import { fromHf } from './from-hf';
import type { HfSchedulerType } from './hf-kwargs';

/**
 * The `TrainingArguments` fields the Trainer builds its scheduler from (transformers
 * training_args.py / trainer.py), in their names, plus the optimizer steps per epoch that the
 * Trainer counts from its dataloader.
 */
export interface HfTrainingArguments {
  /** Default 'linear'. */
  lr_scheduler_type?: HfSchedulerType;
  /** The schedule's own arguments, an object or its JSON text (as on the command line). */
  lr_scheduler_kwargs?: Record<string, unknown> | string | null;
  /** An integer ≥ 1: warmup steps; a float in [0, 1): a ratio of the training steps (transformers 5). Default 0. */
  warmup_steps?: number;
  /** transformers 4's ratio, used when warmup_steps is 0. Default 0. */
  warmup_ratio?: number;
  /** > 0: the training steps, overriding num_train_epochs. Default -1. */
  max_steps?: number;
  /** Default 3. */
  num_train_epochs?: number;
  /** Optimizer steps per epoch (the Trainer's num_update_steps_per_epoch); needed unless max_steps > 0. */
  num_update_steps_per_epoch?: number;
}

const KEYS = [
  'lr_scheduler_type',
  'lr_scheduler_kwargs',
  'warmup_steps',
  'warmup_ratio',
  'max_steps',
  'num_train_epochs',
  'num_update_steps_per_epoch',
];

/** TrainingArguments' `_convert_str_dict`: 'true'/'false', digits and one-dot decimals in strings become values. */
function convertString(v: unknown): unknown {
  if (isPlainObject(v)) return convertStrings(v);
  if (typeof v !== 'string') return v;
  if (v.toLowerCase() === 'true' || v.toLowerCase() === 'false') return v.toLowerCase() === 'true';
  if (/^[0-9]+$/.test(v)) return Number.parseInt(v, 10);
  if (/^[0-9]*\.?[0-9]*$/.test(v) && /[0-9]/.test(v)) return Number.parseFloat(v);
  return v;
}

function convertStrings(value: Record<string, unknown>): Record<string, unknown> {
  // fromEntries defines own properties: a '__proto__' key stays data (and is then refused).
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, convertString(v)]));
}

function schedulerKwargs(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      invalid('lr_scheduler_kwargs', value, `must be a JSON object (${(error as Error).message})`);
    }
  }
  if (!isPlainObject(parsed))
    invalid('lr_scheduler_kwargs', value, 'must be an object (or its JSON text)');
  return convertStrings(parsed);
}

/** The Trainer's training steps: max_steps when > 0, else ⌈num_train_epochs × updates per epoch⌉. */
function trainingSteps(args: HfTrainingArguments): number {
  const maxSteps = args.max_steps ?? -1;
  if (typeof maxSteps !== 'number' || !Number.isSafeInteger(maxSteps))
    invalid('max_steps', maxSteps, 'must be an integer');
  if (maxSteps > 0) return maxSteps;
  const epochs = nonNegativeNumber('num_train_epochs', args.num_train_epochs ?? 3);
  const perEpoch = args.num_update_steps_per_epoch;
  if (typeof perEpoch !== 'number' || !Number.isSafeInteger(perEpoch) || perEpoch < 1) {
    invalid(
      'num_update_steps_per_epoch',
      perEpoch,
      'must be a positive integer when max_steps is not set (the Trainer counts it from the dataloader)',
    );
  }
  return Math.ceil(epochs * perEpoch);
}

/** `TrainingArguments.get_warmup_steps`: whole steps when ≥ 1, else ⌈steps × ratio⌉. */
function warmupSteps(args: HfTrainingArguments, total: number): number {
  const steps = nonNegativeNumber('warmup_steps', args.warmup_steps ?? 0);
  const ratio = numberInRange('warmup_ratio', args.warmup_ratio ?? 0, { min: 0, max: 1 });
  if (steps >= 1) return Math.trunc(steps);
  if (steps > 0) return Math.ceil(total * steps);
  return Math.ceil(total * ratio);
}

/**
 * The scheduler transformers' Trainer creates from its TrainingArguments: `get_scheduler(
 * lr_scheduler_type, num_warmup_steps=args.get_warmup_steps(N), num_training_steps=N,
 * scheduler_specific_kwargs=lr_scheduler_kwargs)`, N being max_steps or ⌈epochs × steps per
 * epoch⌉. Returns the scheduler (step it once per optimizer step) and the resolved counts.
 */
export function fromHfTrainingArguments(
  optimizer: Optimizer,
  args: HfTrainingArguments,
): { scheduler: Scheduler; numTrainingSteps: number; numWarmupSteps: number } {
  validateOptimizer(optimizer);
  if (!isPlainObject(args)) invalid('args', args, 'must be an object of TrainingArguments fields');
  for (const key of Object.keys(args)) {
    if (!KEYS.includes(key))
      invalid(key, args[key], `is not a TrainingArguments field lrkit reads (${KEYS.join(', ')})`);
  }
  const a = args as HfTrainingArguments;
  const numTrainingSteps = trainingSteps(a);
  const numWarmupSteps = warmupSteps(a, numTrainingSteps);
  const scheduler = fromHf(optimizer, {
    name: a.lr_scheduler_type ?? 'linear',
    num_warmup_steps: numWarmupSteps,
    num_training_steps: numTrainingSteps,
    scheduler_specific_kwargs: schedulerKwargs(a.lr_scheduler_kwargs),
  });
  return { scheduler, numTrainingSteps, numWarmupSteps };
}
