import { boolean, nonNegativeNumber, positiveInteger, positiveNumber } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** Options of {@link polynomialSchedule}. */
export interface PolynomialScheduleOptions {
  /** The lr at step 0. */
  startLr: number;
  /** The lr reached at decaySteps. Default 0. */
  endLr?: number;
  /** Steps of the decay (a positive integer). */
  decaySteps: number;
  /** Exponent of the decay: 1 is linear, 2 quadratic, 0.5 square root. Default 1. */
  power?: number;
  /** Past decaySteps, decay again over the next multiple of decaySteps (Keras `cycle`). Default false. */
  cycle?: boolean;
}

/** Option keys of the `'polynomial'` spec. */
export const POLYNOMIAL_KEYS = ['startLr', 'endLr', 'decaySteps', 'power', 'cycle'] as const;

/**
 * Polynomial decay from startLr to endLr (Keras `PolynomialDecay`, optax
 * `polynomial_schedule`). Spec type `'polynomial'`.
 *
 * lr(t) = (startLr − endLr) · (1 − min(t, T) / T)^power + endLr; with cycle, T is the first
 * multiple of decaySteps ≥ t.
 */
export function polynomialSchedule(options: PolynomialScheduleOptions): Schedule {
  checkOptions('polynomial', options, POLYNOMIAL_KEYS);
  const startLr = nonNegativeNumber('startLr', options.startLr);
  const endLr = nonNegativeNumber('endLr', options.endLr ?? 0);
  const decaySteps = positiveInteger('decaySteps', options.decaySteps);
  const power = positiveNumber('power', options.power ?? 1);
  const cycle = boolean('cycle', options.cycle ?? false);
  return makeSchedule({ type: 'polynomial', startLr, endLr, decaySteps, power, cycle }, (t) =>
    polynomialDecay(t, startLr, endLr, decaySteps, power, cycle),
  );
}

/** Keras PolynomialDecay's formula (shared with its preset). */
export function polynomialDecay(
  t: number,
  startLr: number,
  endLr: number,
  decaySteps: number,
  power: number,
  cycle: boolean,
): number {
  let steps = decaySteps;
  if (cycle) steps = decaySteps * (t === 0 ? 1 : Math.ceil(t / decaySteps));
  else t = Math.min(t, decaySteps);
  return (startLr - endLr) * (1 - t / steps) ** power + endLr;
}
