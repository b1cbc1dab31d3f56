import type { Scalar, Tensor, Optimizer as TfOptimizer, Variable } from '@tensorflow/tfjs-core';

/** The seven `tf.train` optimizers, by the update rule they implement. */
export type TfOptimizerKind =
  | 'sgd'
  | 'momentum'
  | 'adam'
  | 'adamax'
  | 'adagrad'
  | 'adadelta'
  | 'rmsprop';

/** `getClassName()` of each tf.train optimizer (their serialization names, stable across 4.x). */
export const KIND_BY_CLASS_NAME: Readonly<Record<string, TfOptimizerKind>> = {
  SGD: 'sgd',
  Momentum: 'momentum',
  Adam: 'adam',
  Adamax: 'adamax',
  Adagrad: 'adagrad',
  Adadelta: 'adadelta',
  RMSProp: 'rmsprop',
};

/** One slot variable as tfjs keeps it: slot arrays are indexed by the variable's position. */
export interface SlotVariable {
  originalName: string;
  variable: Variable;
}

/**
 * The TypeScript-protected fields of the tfjs 4.x optimizers that lrkit reads or writes.
 * Verified against tfjs-core 4.10–4.22 sources (src/optimizers/*_optimizer.ts).
 */
export interface TfOptimizerInternals {
  readonly iterations: number;
  getClassName(): string;
  dispose(): void;
  learningRate: number;
  /** SGD and Momentum: the cached `-learningRate` scalar used by the update. */
  c?: Scalar;
  /** Momentum: the cached momentum scalar built in the constructor. */
  m?: Scalar;
  momentum?: number;
  beta1?: number;
  beta2?: number;
  decay?: number;
  accBeta1?: Variable;
  accBeta2?: Variable;
  /** Adamax: the update count its own decay divides by. */
  iteration?: Variable;
  iterations_?: number;
  setLearningRate?(learningRate: number): void;
  [slotField: string]: unknown;
}

/** Slot arrays (per-variable state) of each optimizer, in tfjs's field names. */
export const SLOT_FIELDS: Readonly<Record<TfOptimizerKind, readonly string[]>> = {
  sgd: [],
  momentum: ['accumulations'],
  adam: ['accumulatedFirstMoment', 'accumulatedSecondMoment'],
  adamax: ['accumulatedFirstMoment', 'accumulatedWeightedInfNorm'],
  adagrad: ['accumulatedGrads'],
  adadelta: ['accumulatedGrads', 'accumulatedUpdates'],
  rmsprop: ['accumulatedMeanSquares', 'accumulatedMoments', 'accumulatedMeanGrads'],
};

/** Scalar variables (optimizer-wide state) of each optimizer. */
export const SCALAR_FIELDS: Readonly<Record<TfOptimizerKind, readonly string[]>> = {
  sgd: [],
  momentum: [],
  adam: ['accBeta1', 'accBeta2'],
  adamax: ['accBeta1', 'iteration'],
  adagrad: [],
  adadelta: [],
  rmsprop: [],
};

export function isTensorLike(value: unknown): value is Tensor {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Tensor).dataSync === 'function' &&
    typeof (value as Tensor).dispose === 'function'
  );
}

/** Duck-typed as tfjs does itself (tf.Optimizer's Symbol.hasInstance), so any tfjs copy passes. */
export function isTfOptimizer(value: unknown): value is TfOptimizer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TfOptimizer).applyGradients === 'function' &&
    typeof (value as TfOptimizer).computeGradients === 'function' &&
    typeof (value as TfOptimizer).minimize === 'function'
  );
}
