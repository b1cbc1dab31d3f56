import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import { nonNegativeInteger, numberInRange, oneOf } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

// torchtitan's linear_warmup_stable_decay (torchtitan/components/lr_scheduler.py, later
// components/optimizer/lr_scheduler.py): a LambdaLR multiplier of each group's lr, with the
// step counts already resolved from the job config (see fromTorchtitan).

export type TorchtitanDecayType = 'linear' | 'sqrt' | 'cosine';

/** Options of {@link torchtitanSchedule}: the resolved phase lengths. */
export interface TorchtitanScheduleOptions {
  warmupSteps: number;
  /** total + 1 − warmup − decay, as torchtitan computes it. */
  stableSteps: number;
  decaySteps: number;
  decayType: TorchtitanDecayType;
  /** The floor as a fraction of the lr (lr_min, later min_lr_factor). Default 0. */
  minLrFactor?: number;
}

/**
 * torchtitan's warmup-stable-decay multiplier at LambdaLR's step k: (k + 1) / warmup during the
 * warmup, 1 while stable, then a linear, 1 − √ or cosine decay of progress (k + 1 − warmup −
 * stable) / decay, scaled to [minLrFactor, 1]. Past the decay (progress > 1) the formula goes
 * on as torchtitan's does; with no decay steps, torchtitan asserts there, and this throws
 * ScheduleExhaustedError. Multipliers. Spec type `'torchtitan'`.
 */
export function torchtitanSchedule(options: TorchtitanScheduleOptions): Schedule {
  checkOptions('torchtitan', options, [
    'warmupSteps',
    'stableSteps',
    'decaySteps',
    'decayType',
    'minLrFactor',
  ]);
  const warmupSteps = nonNegativeInteger('warmupSteps', options.warmupSteps);
  const stableSteps = nonNegativeInteger('stableSteps', options.stableSteps);
  const decaySteps = nonNegativeInteger('decaySteps', options.decaySteps);
  const decayType = oneOf('decayType', options.decayType, ['linear', 'sqrt', 'cosine']);
  const minLrFactor = numberInRange('minLrFactor', options.minLrFactor ?? 0, { min: 0, max: 1 });
  const spec = { type: 'torchtitan', warmupSteps, stableSteps, decaySteps, decayType, minLrFactor };
  const warmupStable = warmupSteps + stableSteps;
  return makeSchedule(spec, (k) => {
    if (k < warmupSteps) return (k + 1) / warmupSteps;
    if (k < warmupStable) return 1;
    if (decaySteps === 0) {
      throw new ScheduleExhaustedError({
        scheduler: 'torchtitan schedule',
        step: k,
        totalSteps: warmupStable - 1,
      });
    }
    const progress = (k + 1 - warmupStable) / decaySteps;
    let adjustment: number;
    if (decayType === 'linear') adjustment = 1 - progress;
    else if (decayType === 'sqrt') adjustment = 1 - Math.sqrt(progress);
    else adjustment = 0.5 * (1 + Math.cos(Math.PI * progress));
    return minLrFactor + (1 - minLrFactor) * adjustment;
  });
}
