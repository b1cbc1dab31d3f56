import { withGroupsRollback } from '../../internal/groups';
import {
  boolean,
  finiteNumber,
  invalid,
  isPlainObject,
  nonNegativeNumber,
  oneOf,
} from '../../internal/validate';
import { type Optimizer, validateOptimizer } from '../../optimizer';
import { fromTimm, type TimmLRScheduler } from './from-timm';
import { pyFloorDiv } from './python-math';
import { TimmScheduler } from './timm-scheduler';

/** timm's `create_scheduler_v2` arguments (timm/scheduler/scheduler_factory.py), in its names. */
export interface TimmSchedulerArgs {
  /** 'cosine' (default), 'tanh', 'step', 'multistep', 'plateau' or 'poly'. */
  sched?: 'cosine' | 'tanh' | 'step' | 'multistep' | 'plateau' | 'poly';
  num_epochs?: number;
  decay_epochs?: number;
  decay_milestones?: readonly number[];
  cooldown_epochs?: number;
  patience_epochs?: number;
  decay_rate?: number;
  min_lr?: number;
  warmup_lr?: number;
  warmup_epochs?: number;
  warmup_prefix?: boolean;
  noise?: number | readonly number[] | null;
  noise_pct?: number;
  noise_std?: number;
  noise_seed?: number;
  cycle_mul?: number;
  cycle_decay?: number;
  cycle_limit?: number;
  k_decay?: number;
  plateau_mode?: 'min' | 'max';
  step_on_epochs?: boolean;
  updates_per_epoch?: number;
}

const DEFAULTS = {
  sched: 'cosine',
  num_epochs: 300,
  decay_epochs: 90,
  decay_milestones: [90, 180, 270],
  cooldown_epochs: 0,
  patience_epochs: 10,
  decay_rate: 0.1,
  min_lr: 0,
  warmup_lr: 1e-5,
  warmup_epochs: 0,
  warmup_prefix: false,
  noise: null,
  noise_pct: 0.67,
  noise_std: 1,
  noise_seed: 42,
  cycle_mul: 1,
  cycle_decay: 0.1,
  cycle_limit: 1,
  k_decay: 1,
  plateau_mode: 'max',
  step_on_epochs: true,
  updates_per_epoch: 0,
} as const;

const KEYS = Object.keys(DEFAULTS);
type Resolved = { -readonly [K in keyof typeof DEFAULTS]: unknown };

function resolve(args: unknown): Resolved {
  if (args === undefined) return { ...DEFAULTS };
  if (!isPlainObject(args))
    invalid('args', args, 'must be an object of create_scheduler_v2 arguments');
  for (const key of Object.keys(args)) {
    if (!KEYS.includes(key)) {
      invalid(
        `args.${key}`,
        args[key],
        `is not an argument of timm's create_scheduler_v2; its arguments are ${KEYS.join(', ')}`,
      );
    }
  }
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const [key, value] of Object.entries(args)) if (value !== undefined) out[key] = value;
  return out as Resolved;
}

/** noise × t_initial, a one-element list becoming a single step, as create_scheduler_v2 does. */
function noiseRange(noise: unknown, tInitial: number): number | number[] | null {
  if (noise === null) return null;
  if (Array.isArray(noise)) {
    const range = noise.map((n, i) => finiteNumber(`args.noise[${i}]`, n) * tInitial);
    return range.length === 1 ? range[0]! : range;
  }
  return finiteNumber('args.noise', noise) * tInitial;
}

/**
 * timm's `create_scheduler_v2(optimizer, **args)`: the scheduler `sched` names, built with the
 * arguments the factory derives (per-update lengths when `step_on_epochs` is false), and the
 * number of epochs to train as timm returns it (the cycles plus cooldown for cosine, tanh and
 * poly; plus the prefix warmup for the others). timm returns None for an unknown `sched`;
 * lrkit throws.
 */
export function fromTimmArgs(
  optimizer: Optimizer,
  args?: TimmSchedulerArgs,
): { scheduler: TimmLRScheduler; numEpochs: number } {
  validateOptimizer(optimizer);
  const a = resolve(args);
  const sched = oneOf('args.sched', a.sched, [
    'cosine',
    'tanh',
    'step',
    'multistep',
    'plateau',
    'poly',
  ]);
  const stepOnEpochs = boolean('args.step_on_epochs', a.step_on_epochs);
  const updates = nonNegativeNumber('args.updates_per_epoch', a.updates_per_epoch);
  if (!stepOnEpochs && !(updates > 0)) {
    invalid(
      'args.updates_per_epoch',
      updates,
      'must be set to the number of dataloader batches when step_on_epochs is false',
    );
  }
  if (sched === 'plateau' && !stepOnEpochs) {
    invalid(
      'args.step_on_epochs',
      false,
      'must be true for plateau (timm: "Plateau LR only supports step per epoch.")',
    );
  }
  const prefix = boolean('args.warmup_prefix', a.warmup_prefix);
  const warmupEpochs = finiteNumber('args.warmup_epochs', a.warmup_epochs);
  const scale = stepOnEpochs ? 1 : updates;
  const numEpochs = finiteNumber('args.num_epochs', a.num_epochs);
  const tInitial = numEpochs * scale;
  const warmupT = warmupEpochs * scale;
  const cooldownT = finiteNumber('args.cooldown_epochs', a.cooldown_epochs) * scale;
  const milestones = a.decay_milestones;
  if (!Array.isArray(milestones))
    invalid('args.decay_milestones', milestones, 'must be a list of epochs');
  const warmup = { warmup_lr_init: a.warmup_lr, warmup_t: warmupT, warmup_prefix: a.warmup_prefix };
  const noise = {
    noise_range_t: noiseRange(a.noise, tInitial),
    noise_pct: a.noise_pct,
    noise_std: a.noise_std,
    noise_seed: a.noise_seed,
  };
  const cycle = { cycle_mul: a.cycle_mul, cycle_decay: a.cycle_decay, cycle_limit: a.cycle_limit };
  const timed = { t_in_epochs: stepOnEpochs, ...warmup, ...noise };
  const build = (): TimmLRScheduler => {
    switch (sched) {
      case 'cosine':
        return fromTimm(optimizer, {
          scheduler: 'CosineLRScheduler',
          kwargs: { t_initial: tInitial, lr_min: a.min_lr, ...cycle, ...timed, k_decay: a.k_decay },
        });
      case 'tanh':
        return fromTimm(optimizer, {
          scheduler: 'TanhLRScheduler',
          kwargs: { t_initial: tInitial, lr_min: a.min_lr, ...cycle, ...timed },
        });
      case 'poly':
        // timm overloads decay_rate as the polynomial's power.
        return fromTimm(optimizer, {
          scheduler: 'PolyLRScheduler',
          kwargs: {
            power: a.decay_rate,
            t_initial: tInitial,
            lr_min: a.min_lr,
            k_decay: a.k_decay,
            ...cycle,
            ...timed,
          },
        });
      case 'step':
        return fromTimm(optimizer, {
          scheduler: 'StepLRScheduler',
          kwargs: {
            decay_t: finiteNumber('args.decay_epochs', a.decay_epochs) * scale,
            decay_rate: a.decay_rate,
            ...timed,
          },
        });
      case 'multistep':
        return fromTimm(optimizer, {
          scheduler: 'MultiStepLRScheduler',
          kwargs: {
            decay_t: milestones.map(
              (d, i) => finiteNumber(`args.decay_milestones[${i}]`, d) * scale,
            ),
            decay_rate: a.decay_rate,
            ...timed,
          },
        });
      default:
        return fromTimm(optimizer, {
          scheduler: 'PlateauLRScheduler',
          kwargs: {
            decay_rate: a.decay_rate,
            patience_t: a.patience_epochs,
            cooldown_t: 0,
            warmup_lr_init: a.warmup_lr,
            warmup_t: warmupT,
            lr_min: a.min_lr,
            mode: a.plateau_mode,
            ...noise,
          },
        });
    }
  };
  const scheduler = withGroupsRollback(optimizer, build);
  const cyclic = sched === 'cosine' || sched === 'tanh' || sched === 'poly';
  if (cyclic && scheduler instanceof TimmScheduler) {
    const total = scheduler.getCycleLength() + cooldownT;
    return { scheduler, numEpochs: stepOnEpochs ? total : pyFloorDiv(total, updates) };
  }
  return { scheduler, numEpochs: prefix ? numEpochs + warmupEpochs : numEpochs };
}
