import type { ScheduleLRMode } from '../schedulers/schedule-lr';

/**
 * How a bare closed-form spec drives an optimizer: transformers' presets (`hf-*`) are multipliers
 * of each group's base lr, as in transformers; every other closed form gives absolute lrs.
 * A `{ type: 'ScheduleLR', schedule, scale }` spec chooses explicitly.
 */
export function defaultScaleOf(type: string): ScheduleLRMode {
  // torchtitan's schedule is a LambdaLR multiplier, as transformers' are.
  return type.startsWith('hf-') || type === 'torchtitan' ? 'multiplier' : 'absolute';
}
