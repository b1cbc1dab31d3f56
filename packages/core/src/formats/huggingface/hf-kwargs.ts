import { InvalidArgumentError } from '../../errors/invalid-argument-error';
import { invalid, isPlainObject } from '../../internal/validate';

// transformers' schedule functions (src/transformers/optimization.py at 005edacb6b5d): the
// keyword arguments each accepts beyond optimizer / num_warmup_steps / num_training_steps, and
// the lrkit preset option each one becomes.

/** The `SchedulerType` values of transformers, in its order. */
export const HF_SCHEDULER_TYPES = [
  'linear',
  'cosine',
  'cosine_with_restarts',
  'polynomial',
  'constant',
  'constant_with_warmup',
  'inverse_sqrt',
  'reduce_lr_on_plateau',
  'cosine_with_min_lr',
  'cosine_warmup_with_min_lr',
  'warmup_stable_decay',
] as const;

export type HfSchedulerType = (typeof HF_SCHEDULER_TYPES)[number];

const MIN_LR = { num_cycles: 'numCycles', min_lr: 'minLr', min_lr_rate: 'minLrRate' };

/** Per schedule function: its keyword arguments (Python name → preset option). */
export const HF_KWARGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  linear: {},
  cosine: { num_cycles: 'numCycles' },
  cosine_with_restarts: { num_cycles: 'numCycles' },
  polynomial: { lr_end: 'lrEnd', power: 'power' },
  cosine_with_min_lr: MIN_LR,
  cosine_warmup_with_min_lr: { ...MIN_LR, warmup_lr_rate: 'warmupLrRate' },
  warmup_stable_decay: {
    num_decay_steps: 'numDecaySteps',
    num_stable_steps: 'numStableSteps',
    warmup_type: 'warmupType',
    decay_type: 'decayType',
    min_lr_ratio: 'minLrRatio',
    num_cycles: 'numCycles',
  },
};

/**
 * Renames `scheduler_specific_kwargs` to preset options. An unknown name is Python's TypeError
 * (unexpected keyword argument); null is Python's None (the default); `last_epoch` (every
 * LambdaLR-based function takes it) is returned apart.
 */
export function renameHfKwargs(
  name: string,
  kwargs: Record<string, unknown>,
): { options: Record<string, unknown>; lastEpoch: number | undefined } {
  const names = (Object.hasOwn(HF_KWARGS, name) ? HF_KWARGS[name] : undefined) ?? {};
  const options: Record<string, unknown> = {};
  let lastEpoch: number | undefined;
  for (const [key, value] of Object.entries(kwargs)) {
    if (key === 'last_epoch') {
      if (value !== null && value !== undefined) lastEpoch = value as number;
      continue;
    }
    // Own properties only: 'constructor' or '__proto__' must not find Object.prototype's.
    const option = Object.hasOwn(names, key) ? names[key] : undefined;
    if (option === undefined) {
      const valid = [...Object.keys(names), 'last_epoch'].join(', ');
      invalid(
        `scheduler_specific_kwargs.${key}`,
        value,
        `is not an argument of the '${name}' schedule (transformers raises TypeError: unexpected keyword argument); its arguments are ${valid}`,
      );
    }
    if (value !== null && value !== undefined) options[option] = value;
  }
  return { options, lastEpoch };
}

/** A plain object of kwargs (Python's None, null, is none). */
export function kwargsObject(parameter: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) invalid(parameter, value, 'must be an object of keyword arguments');
  return value;
}

const TOP_LEVEL: Readonly<Record<string, string>> = {
  numWarmupSteps: 'num_warmup_steps',
  numTrainingSteps: 'num_training_steps',
  lrInit: 'optimizer.defaults.lr',
  lr: 'optimizer.defaults.lr',
  lastEpoch: 'scheduler_specific_kwargs.last_epoch',
};

/** Re-throws a preset's option error under transformers' argument name. */
export function inHfTerms(error: unknown, name: string): unknown {
  if (!InvalidArgumentError.isInstance(error)) return error;
  const match = /^([A-Za-z0-9]+)(.*)$/s.exec(error.parameter);
  if (!match) return error;
  const [, head = '', rest = ''] = match;
  const names = (Object.hasOwn(HF_KWARGS, name) ? HF_KWARGS[name] : undefined) ?? {};
  const kwarg = Object.keys(names).find((k) => names[k] === head);
  const parameter =
    (Object.hasOwn(TOP_LEVEL, head) ? TOP_LEVEL[head] : undefined) ??
    (kwarg ? `scheduler_specific_kwargs.${kwarg}` : undefined);
  if (parameter === undefined) return error;
  return new InvalidArgumentError({
    parameter: `${parameter}${rest}`,
    value: error.value,
    expected: error.expected,
    cause: error,
  });
}
