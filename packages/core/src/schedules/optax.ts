import {
  nonNegativeNumber,
  numberInRange,
  positiveInteger,
  positiveNumber,
} from '../internal/validate';
import { type JoinSchedulesOptions, joinSchedules } from './join';
import { checkOptions } from './options';
import { type Interpolation, interpolateKnots } from './piecewise-interpolated';
import { makeSchedule, type Schedule } from './schedule';

// optax's schedules (optax/schedules/_schedule.py, _join.py), argument names in camelCase.
// optax computes in float32 under JAX by default; lrkit evaluates in float64.

/**
 * optax `join_schedules(schedules, boundaries)`: the same as {@link joinSchedules} (spec type
 * `'join'`): from boundaries[i] on, schedules[i + 1] runs with the step counted from there.
 */
export function optaxJoinSchedules(options: JoinSchedulesOptions): Schedule {
  return joinSchedules(options);
}

/**
 * optax's `piecewise_interpolate_schedule` knots from `{boundary: scale}`: boundaries sorted
 * after 0, values the running product of the scales. A repeated boundary keeps the last scale,
 * as a Python dict literal does.
 */
function knotsOf(init: number, scales: readonly [number, number][]) {
  const byBoundary = new Map<number, number>();
  for (const [boundary, scale] of scales) byBoundary.set(boundary, scale);
  const sorted = [...byBoundary.entries()].sort((a, b) => a[0] - b[0]);
  const boundaries = [0];
  const values = [init];
  for (const [boundary, scale] of sorted) {
    boundaries.push(boundary);
    values.push(values[values.length - 1]! * scale);
  }
  return { boundaries, values };
}

function onecycle(kind: Interpolation, init: number, scales: [number, number][]) {
  const { boundaries, values } = knotsOf(init, scales);
  // Where optax's phase has zero length it yields NaN; lrkit moves on to the next knot.
  return interpolateKnots(kind, boundaries, values);
}

/** Options of {@link optaxLinearOnecycleSchedule}. */
export interface OptaxLinearOnecycleOptions {
  /** Steps of the whole cycle (transition_steps). */
  transitionSteps: number;
  /** The highest value, reached at ⌊pctStart · transitionSteps⌋ (peak_value). */
  peakValue: number;
  /** Default 0.3. */
  pctStart?: number;
  /** Default 0.85. */
  pctFinal?: number;
  /** Default 25. */
  divFactor?: number;
  /** Default 1e4. */
  finalDivFactor?: number;
}

/**
 * optax `linear_onecycle_schedule`: linear from peakValue / divFactor up to peakValue at
 * ⌊pctStart · T⌋, back down at ⌊pctFinal · T⌋, then to init / finalDivFactor at T.
 * Spec type `'optax-linear-onecycle'`.
 */
export function optaxLinearOnecycleSchedule(options: OptaxLinearOnecycleOptions): Schedule {
  checkOptions('optax-linear-onecycle', options, [
    'transitionSteps',
    'peakValue',
    'pctStart',
    'pctFinal',
    'divFactor',
    'finalDivFactor',
  ]);
  const transitionSteps = positiveInteger('transitionSteps', options.transitionSteps);
  const peakValue = nonNegativeNumber('peakValue', options.peakValue);
  const pctStart = numberInRange('pctStart', options.pctStart ?? 0.3, { min: 0, max: 1 });
  const pctFinal = numberInRange('pctFinal', options.pctFinal ?? 0.85, { min: 0, max: 1 });
  const divFactor = positiveNumber('divFactor', options.divFactor ?? 25);
  const finalDivFactor = positiveNumber('finalDivFactor', options.finalDivFactor ?? 1e4);
  const at = onecycle('linear', peakValue / divFactor, [
    [Math.trunc(pctStart * transitionSteps), divFactor],
    [Math.trunc(pctFinal * transitionSteps), 1 / divFactor],
    [transitionSteps, 1 / finalDivFactor],
  ]);
  const fields = { transitionSteps, peakValue, pctStart, pctFinal, divFactor, finalDivFactor };
  return makeSchedule({ type: 'optax-linear-onecycle', ...fields }, at);
}

/** Options of {@link optaxCosineOnecycleSchedule}. */
export interface OptaxCosineOnecycleOptions {
  /** Steps of the whole cycle (transition_steps). */
  transitionSteps: number;
  /** The highest value, reached at ⌊pctStart · transitionSteps⌋ (peak_value). */
  peakValue: number;
  /** Default 0.3. */
  pctStart?: number;
  /** Default 25. */
  divFactor?: number;
  /** Default 1e4. */
  finalDivFactor?: number;
}

/**
 * optax `cosine_onecycle_schedule`: half-cosine from peakValue / divFactor up to peakValue at
 * ⌊pctStart · T⌋, then down to init / finalDivFactor at T. Spec type `'optax-cosine-onecycle'`.
 */
export function optaxCosineOnecycleSchedule(options: OptaxCosineOnecycleOptions): Schedule {
  checkOptions('optax-cosine-onecycle', options, [
    'transitionSteps',
    'peakValue',
    'pctStart',
    'divFactor',
    'finalDivFactor',
  ]);
  const transitionSteps = positiveInteger('transitionSteps', options.transitionSteps);
  const peakValue = nonNegativeNumber('peakValue', options.peakValue);
  const pctStart = numberInRange('pctStart', options.pctStart ?? 0.3, { min: 0, max: 1 });
  const divFactor = positiveNumber('divFactor', options.divFactor ?? 25);
  const finalDivFactor = positiveNumber('finalDivFactor', options.finalDivFactor ?? 1e4);
  const at = onecycle('cosine', peakValue / divFactor, [
    [Math.trunc(pctStart * transitionSteps), divFactor],
    [transitionSteps, 1 / (divFactor * finalDivFactor)],
  ]);
  const fields = { transitionSteps, peakValue, pctStart, divFactor, finalDivFactor };
  return makeSchedule({ type: 'optax-cosine-onecycle', ...fields }, at);
}
