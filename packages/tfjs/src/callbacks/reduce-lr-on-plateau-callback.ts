import { type Optimizer, ReduceLROnPlateau, type ReduceLROnPlateauOptions } from '@lrkit/core';
import { invalid, knownKeys, oneOf } from '../internal/validate';
import { LrSchedulerCallback, type LrSchedulerCallbackOptions } from './scheduler-callback';

export interface ReduceLROnPlateauCallbackOptions
  extends Omit<ReduceLROnPlateauOptions, 'mode'>,
    LrSchedulerCallbackOptions {
  /** The epoch log key to watch. Default `'val_loss'`. */
  monitor?: string;
  /**
   * `'min'` (a loss), `'max'` (an accuracy) or `'auto'` (default): `'max'` when the key names an
   * accuracy-like metric (acc, auc, precision, recall), else `'min'`, as Keras guesses.
   */
  mode?: 'min' | 'max' | 'auto';
  /** true (default): an epoch without the monitored key fails the fit; false: warns and skips. */
  strict?: boolean;
}

const PLATEAU_KEYS = [
  'factor',
  'patience',
  'threshold',
  'thresholdMode',
  'cooldown',
  'minLr',
  'eps',
  'verbose',
];
const CALLBACK_KEYS = ['logKey', 'onExhausted', 'stopWhenLrBelow', 'model', 'onWarning'];

/** Keras's guess of a metric's direction, from its name. */
export function modeOfMetric(monitor: string): 'min' | 'max' {
  return /acc|auc|precision|recall/i.test(monitor) ? 'max' : 'min';
}

/**
 * The core ReduceLROnPlateau (PyTorch's rules and defaults: factor 0.1, patience 10, relative
 * threshold 1e-4) stepped once per epoch with a log value of `model.fit`, `val_loss` by default.
 * The lr in effect during each epoch goes into the logs and History as `lr`; add
 * `stopWhenLrBelow` to end training once the lr has been reduced past use.
 *
 * ```ts
 * const plateau = new ReduceLROnPlateauCallback(bindOptimizer(optimizer), { patience: 3 });
 * await model.fit(xs, ys, { epochs: 50, validationData: [vx, vy], callbacks: [plateau] });
 * ```
 */
export class ReduceLROnPlateauCallback extends LrSchedulerCallback {
  readonly scheduler: ReduceLROnPlateau;
  readonly monitor: string;

  constructor(optimizer: Optimizer, options: ReduceLROnPlateauCallbackOptions = {}) {
    knownKeys('ReduceLROnPlateauCallback', options, [
      ...PLATEAU_KEYS,
      ...CALLBACK_KEYS,
      'monitor',
      'mode',
      'strict',
    ]);
    const monitor = options.monitor ?? 'val_loss';
    if (typeof monitor !== 'string' || monitor.length === 0) {
      invalid('monitor', monitor, 'must be a log key such as val_loss');
    }
    const mode = oneOf('mode', options.mode ?? 'auto', ['min', 'max', 'auto']);
    const plateauOptions: ReduceLROnPlateauOptions = {
      mode: mode === 'auto' ? modeOfMetric(monitor) : mode,
    };
    const callbackOptions: LrSchedulerCallbackOptions = {};
    for (const key of PLATEAU_KEYS) copy(options, plateauOptions, key);
    for (const key of CALLBACK_KEYS) copy(options, callbackOptions, key);
    const scheduler = new ReduceLROnPlateau(optimizer, plateauOptions);
    const entry = {
      scheduler,
      interval: 'epoch' as const,
      monitor,
      ...(options.strict === undefined ? {} : { strict: options.strict }),
    };
    super(entry, callbackOptions);
    this.scheduler = scheduler;
    this.monitor = monitor;
  }
}

function copy(from: object, to: object, key: string): void {
  const value = (from as Record<string, unknown>)[key];
  if (value !== undefined) (to as Record<string, unknown>)[key] = value;
}
