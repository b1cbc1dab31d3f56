import { func, invalid, isPlainObject, numberInRange, positiveInteger } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { ScheduleLR } from '../schedulers/schedule-lr';
import type { Schedule } from '../schedules/schedule';
import { type TorchtitanDecayType, torchtitanSchedule } from '../schedules/torchtitan';
import { inLibraryTerms, renameArgs } from './snake-args';

/**
 * torchtitan's `[lr_scheduler]` job config, as in Python, plus `training_steps` (the job's
 * `training.steps`). `lr_min` is the name before torchtitan 881f0ca4 renamed it `min_lr_factor`.
 */
export interface TorchtitanArgs {
  warmup_steps?: number;
  decay_ratio?: number | null;
  decay_type?: TorchtitanDecayType;
  min_lr_factor?: number;
  lr_min?: number;
  total_steps?: number | null;
  training_steps?: number;
}

export interface FromTorchtitanOptions {
  /** Receives what torchtitan's logger warns about (adjusted warmup or decay). Default console.warn. */
  onWarning?: (message: string) => void;
}

const NAMES = {
  warmup_steps: 'warmupSteps',
  decay_ratio: 'decayRatio',
  decay_type: 'decayType',
  min_lr_factor: 'minLrFactor',
  lr_min: 'lrMin',
  total_steps: 'totalSteps',
  training_steps: 'trainingSteps',
};

/** Python's round(): halves go to the even neighbour. */
function pythonRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function warmupOf(value: unknown): number {
  // torchtitan applies int(), which truncates.
  const n = numberInRange('warmupSteps', value ?? 200, { min: 0, max: Number.MAX_SAFE_INTEGER });
  return Math.trunc(n);
}

function resolve(args: unknown, warn: (m: string) => void): Schedule {
  const o = renameArgs('torchtitan lr_scheduler', args, NAMES);
  if ('lrMin' in o && 'minLrFactor' in o) {
    invalid('lr_min', o.lrMin, 'cannot be given with min_lr_factor (its later name)');
  }
  const total =
    o.totalSteps === undefined
      ? positiveInteger('trainingSteps', o.trainingSteps)
      : positiveInteger('totalSteps', o.totalSteps);
  let warmup = warmupOf(o.warmupSteps);
  if (warmup > total) {
    warn(`torchtitan: warmup steps (${warmup}) exceed total steps (${total}); using ${total}`);
    warmup = total;
  }
  let decay = total - warmup;
  if (o.decayRatio !== undefined) {
    decay = pythonRound(total * numberInRange('decayRatio', o.decayRatio, { min: 0, max: 1 }));
    if (warmup + decay > total) {
      warn(
        `torchtitan: warmup (${warmup}) + decay (${decay}) steps exceed ${total}; decay ${total - warmup}`,
      );
      decay = total - warmup;
    }
  }
  return torchtitanSchedule({
    warmupSteps: warmup,
    stableSteps: total + 1 - warmup - decay,
    decaySteps: decay,
    decayType: (o.decayType ?? 'linear') as TorchtitanDecayType,
    minLrFactor: (o.minLrFactor ?? o.lrMin ?? 0) as number,
  });
}

function warnerOf(options: unknown): (m: string) => void {
  if (!isPlainObject(options)) invalid('options', options, 'must be an object { onWarning }');
  return options.onWarning === undefined
    ? (m) => console.warn(m)
    : func<(m: string) => void>('onWarning', options.onWarning);
}

/** torchtitan's lr multiplier (of each group's lr) as a closed-form Schedule. */
export function scheduleFromTorchtitan(
  args: TorchtitanArgs,
  options: FromTorchtitanOptions = {},
): Schedule {
  const warn = warnerOf(options);
  try {
    return resolve(args, warn);
  } catch (error) {
    // minLrFactor is reported under the name the caller used.
    const names =
      isPlainObject(args) && 'lr_min' in args
        ? { ...NAMES, min_lr_factor: '', lr_min: 'minLrFactor' }
        : NAMES;
    throw inLibraryTerms(error, names);
  }
}

/**
 * Drives an optimizer as torchtitan's LRSchedulersContainer: a LambdaLR of each group's lr with
 * torchtitan's warmup-stable-decay multiplier, stepped once per training step (construction
 * writes the multiplier of step 0: (0 + 1) / warmup_steps).
 */
export function fromTorchtitan(
  optimizer: Optimizer,
  args: TorchtitanArgs,
  options: FromTorchtitanOptions = {},
): ScheduleLR {
  const schedule = scheduleFromTorchtitan(args, options);
  return new ScheduleLR(optimizer, { schedule, scale: 'multiplier' });
}
