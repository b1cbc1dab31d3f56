import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { func, invalid, isPlainObject } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import type { Scheduler } from '../scheduler';
import { fromTorch } from '../torch/from-torch';
import { DeepSpeedOneCycle } from './deepspeed-one-cycle';
import { DeepSpeedParams } from './deepspeed-params';
import type { DeepSpeedScheduler } from './deepspeed-scheduler';
import {
  DeepSpeedLRRangeTest,
  DeepSpeedWarmupCosineLR,
  DeepSpeedWarmupDecayLR,
  DeepSpeedWarmupLR,
  type DeepSpeedWarmupType,
} from './deepspeed-warmup';
import { TORCH_LR_SCHEDULER_NAMES } from './torch-names';

/** The `"scheduler"` section of a DeepSpeed config: `{ "type": "WarmupLR", "params": { ... } }`. */
export interface DeepSpeedSchedulerConfig {
  type: string;
  params?: Record<string, unknown>;
}

export interface FromDeepSpeedOptions {
  /** Receives what DeepSpeed's logger would warn about. Default console.warn. */
  onWarning?: (message: string) => void;
}

/** DeepSpeed's own schedulers (lr_schedules.VALID_LR_SCHEDULES). */
export type DeepSpeedSchedulerType =
  | 'LRRangeTest'
  | 'OneCycle'
  | 'WarmupLR'
  | 'WarmupDecayLR'
  | 'WarmupCosineLR';

/** DeepSpeed's own schedulers (lr_schedules.VALID_LR_SCHEDULES). */
export const deepSpeedSchedulerNames: readonly DeepSpeedSchedulerType[] = [
  'LRRangeTest',
  'OneCycle',
  'WarmupLR',
  'WarmupDecayLR',
  'WarmupCosineLR',
];

const TORCH_FALLBACK = TORCH_LR_SCHEDULER_NAMES;

const WARMUP_KEYS = [
  'warmup_min_lr',
  'warmup_max_lr',
  'warmup_num_steps',
  'warmup_type',
  'last_batch_iteration',
];

type Warn = (message: string) => void;

function warmupType(params: DeepSpeedParams, type: string, warn: Warn): DeepSpeedWarmupType {
  const value = params.string('warmup_type', 'log');
  if (value === 'log' || value === 'linear') return value;
  if (type === 'WarmupCosineLR') {
    // DeepSpeed's WarmupCosineLR fails at its first warmup step (UnboundLocalError).
    return invalid('params.warmup_type', value, "must be 'log' or 'linear'");
  }
  warn(`DeepSpeed ${type}: unknown warmup_type '${value}', using 'log' as DeepSpeed does`);
  return 'log';
}

function warnShortTotal(type: string, total: number, warmup: number, warn: Warn): void {
  if (total < warmup) {
    warn(`DeepSpeed ${type}: total_num_steps ${total} is less than warmup_num_steps ${warmup}`);
  }
}

function warmupLR(o: Optimizer, p: DeepSpeedParams, warn: Warn): DeepSpeedWarmupLR {
  const n = o.paramGroups.length;
  return new DeepSpeedWarmupLR(o, {
    minLrs: p.perGroupLr('warmup_min_lr', 0, n),
    maxLrs: p.perGroupLr('warmup_max_lr', 0.001, n),
    warmupNumSteps: Math.max(2, p.number('warmup_num_steps', 1000)),
    warmupType: warmupType(p, 'WarmupLR', warn),
    lastBatchIteration: p.lastBatchIteration(),
  });
}

function warmupDecayLR(o: Optimizer, p: DeepSpeedParams, warn: Warn): DeepSpeedWarmupDecayLR {
  const totalNumSteps = p.number('total_num_steps');
  const n = o.paramGroups.length;
  const config = {
    minLrs: p.perGroupLr('warmup_min_lr', 0, n),
    maxLrs: p.perGroupLr('warmup_max_lr', 0.001, n),
    warmupNumSteps: Math.max(2, p.number('warmup_num_steps', 1000)),
    warmupType: warmupType(p, 'WarmupDecayLR', warn),
    lastBatchIteration: p.lastBatchIteration(),
    totalNumSteps,
  };
  warnShortTotal('WarmupDecayLR', totalNumSteps, p.number('warmup_num_steps', 1000), warn);
  return new DeepSpeedWarmupDecayLR(o, config);
}

function warmupCosineLR(o: Optimizer, p: DeepSpeedParams, warn: Warn): DeepSpeedWarmupCosineLR {
  const totalNumSteps = p.number('total_num_steps');
  const warmupNumSteps = Math.max(2, p.number('warmup_num_steps', 1000));
  if (totalNumSteps === warmupNumSteps) {
    // DeepSpeed divides by total_num_steps − warmup_num_steps once the warmup ends.
    invalid(
      'params.total_num_steps',
      totalNumSteps,
      `must differ from warmup_num_steps (${warmupNumSteps}): the cosine phase would have no length`,
    );
  }
  const config = {
    totalNumSteps,
    warmupMinRatio: p.number('warmup_min_ratio', 0),
    warmupNumSteps,
    cosMinRatio: p.number('cos_min_ratio', 0.0001),
    warmupType: warmupType(p, 'WarmupCosineLR', warn),
    lastBatchIteration: p.lastBatchIteration(),
  };
  warnShortTotal('WarmupCosineLR', totalNumSteps, p.number('warmup_num_steps', 1000), warn);
  return new DeepSpeedWarmupCosineLR(o, config);
}

function lrRangeTest(o: Optimizer, p: DeepSpeedParams): DeepSpeedLRRangeTest {
  return new DeepSpeedLRRangeTest(o, {
    minLrs: p.perGroupLr('lr_range_test_min_lr', 1e-3, o.paramGroups.length),
    stepSize: p.positive('lr_range_test_step_size', 2000),
    stepRate: p.nonNegative('lr_range_test_step_rate', 1),
    staircase: p.boolean('lr_range_test_staircase', false),
    lastBatchIteration: p.lastBatchIteration(),
  });
}

function oneCycle(o: Optimizer, p: DeepSpeedParams, warn: Warn): DeepSpeedOneCycle {
  const minLr = p.nonNegative('cycle_min_lr');
  const maxLr = p.nonNegative('cycle_max_lr');
  const firstStepSize = p.positive('cycle_first_step_size', 2000);
  const secondStepSize = p.has('cycle_second_step_size')
    ? p.nonNegative('cycle_second_step_size')
    : firstStepSize;
  const firstStairCount = p.integer('cycle_first_stair_count', 0, 0);
  const secondStairCount = p.has('cycle_second_stair_count')
    ? p.integer('cycle_second_stair_count', 0, 0)
    : firstStairCount;
  const wantsMomentum = p.boolean('cycle_momentum', true);
  const hasBetas = o.paramGroups.every((g) => Array.isArray(g.betas) && g.betas.length === 2);
  const config = {
    minLr,
    maxLr,
    decayLrRate: p.nonNegative('decay_lr_rate', 0),
    firstStepSize,
    secondStepSize,
    firstStairCount,
    secondStairCount,
    decayStepSize: p.nonNegative('decay_step_size', 0),
    cycleMomentum: wantsMomentum && hasBetas,
    minMom: p.nonNegative('cycle_min_mom', 0.8),
    maxMom: p.nonNegative('cycle_max_mom', 0.9),
    decayMomRate: p.number('decay_mom_rate', 0),
    lastBatchIteration: p.lastBatchIteration(),
  };
  if (wantsMomentum && !hasBetas) {
    // DeepSpeed cycles only Adam-style betas (it checks optimizer.defaults for 'betas').
    warn('DeepSpeed OneCycle: cycle_momentum is disabled because the param groups carry no betas');
  }
  return new DeepSpeedOneCycle(o, config);
}

interface Entry {
  keys: readonly string[];
  build(optimizer: Optimizer, params: DeepSpeedParams, warn: Warn): DeepSpeedScheduler;
}

const ENTRIES: Readonly<Record<string, Entry>> = {
  LRRangeTest: {
    keys: [
      'lr_range_test_min_lr',
      'lr_range_test_step_size',
      'lr_range_test_step_rate',
      'lr_range_test_staircase',
      'last_batch_iteration',
    ],
    build: (o, p) => lrRangeTest(o, p),
  },
  OneCycle: {
    keys: [
      'cycle_min_lr',
      'cycle_max_lr',
      'decay_lr_rate',
      'cycle_first_step_size',
      'cycle_second_step_size',
      'cycle_first_stair_count',
      'cycle_second_stair_count',
      'decay_step_size',
      'cycle_momentum',
      'cycle_min_mom',
      'cycle_max_mom',
      'decay_mom_rate',
      'last_batch_iteration',
    ],
    build: oneCycle,
  },
  WarmupLR: { keys: WARMUP_KEYS, build: warmupLR },
  WarmupDecayLR: { keys: ['total_num_steps', ...WARMUP_KEYS], build: warmupDecayLR },
  WarmupCosineLR: {
    keys: [
      'total_num_steps',
      'warmup_min_ratio',
      'warmup_num_steps',
      'cos_min_ratio',
      'warmup_type',
      'last_batch_iteration',
    ],
    build: warmupCosineLR,
  },
};

/** Renames fromTorch's `kwargs.` paths to the `params.` the DeepSpeed config has. */
function inDeepSpeedTerms(error: unknown): unknown {
  if (!(error instanceof InvalidArgumentError) || !error.parameter.startsWith('kwargs')) {
    return error;
  }
  return new InvalidArgumentError({
    parameter: `params${error.parameter.slice('kwargs'.length)}`,
    value: error.value,
    expected: error.expected,
    cause: error,
  });
}

/**
 * Builds the scheduler of a DeepSpeed config's `"scheduler"` section, as DeepSpeed's engine does:
 * its own `WarmupLR`, `WarmupDecayLR`, `WarmupCosineLR`, `OneCycle` and `LRRangeTest` with their
 * argument names, defaults and rules, or else a `torch.optim.lr_scheduler` class (through
 * `fromTorch`). Step it once per optimizer step, as the engine does.
 *
 * @example
 * const scheduler = fromDeepSpeed(optimizer, {
 *   type: 'WarmupDecayLR',
 *   params: { total_num_steps: 1000, warmup_max_lr: 3e-4, warmup_num_steps: 100 },
 * });
 */
export function fromDeepSpeed(
  optimizer: Optimizer,
  config: DeepSpeedSchedulerConfig & { type: DeepSpeedSchedulerType },
  options?: FromDeepSpeedOptions,
): DeepSpeedScheduler;
export function fromDeepSpeed(
  optimizer: Optimizer,
  config: DeepSpeedSchedulerConfig,
  options?: FromDeepSpeedOptions,
): Scheduler;
export function fromDeepSpeed(
  optimizer: Optimizer,
  config: DeepSpeedSchedulerConfig,
  options: FromDeepSpeedOptions = {},
): Scheduler {
  validateOptimizer(optimizer);
  if (!isPlainObject(config)) invalid('config', config, 'must be an object { type, params }');
  const extra = Object.keys(config).find((k) => k !== 'type' && k !== 'params');
  if (extra !== undefined) {
    invalid(
      extra,
      config[extra],
      "is not a key of a DeepSpeed scheduler section ('type', 'params')",
    );
  }
  if (!isPlainObject(options)) invalid('options', options, 'must be an object { onWarning }');
  const warn: Warn =
    options.onWarning === undefined
      ? (message) => console.warn(message)
      : func<Warn>('onWarning', options.onWarning);
  const { type, params } = config;
  // Own keys only: a type such as 'constructor' must not find Object's prototype.
  const entry =
    typeof type === 'string' && Object.hasOwn(ENTRIES, type) ? ENTRIES[type] : undefined;
  if (entry) return entry.build(optimizer, new DeepSpeedParams(type, params, entry.keys), warn);
  if (typeof type === 'string' && TORCH_FALLBACK.includes(type)) {
    if (!isPlainObject(params)) {
      invalid('params', params, `must be an object of ${type} keyword arguments`);
    }
    try {
      return fromTorch(optimizer, { scheduler: type, kwargs: params });
    } catch (error) {
      throw inDeepSpeedTerms(error);
    }
  }
  return invalid(
    'type',
    type,
    `is not a scheduler DeepSpeed recognizes: one of ${deepSpeedSchedulerNames.join(', ')} or a torch.optim.lr_scheduler class (${TORCH_FALLBACK.join(', ')})`,
  );
}
