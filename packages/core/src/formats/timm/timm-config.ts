import {
  boolean,
  finiteNumber,
  invalid,
  isPlainObject,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
} from '../../internal/validate';

// timm's scheduler constructors (timm/scheduler/*.py at huggingface/pytorch-image-models
// aa4b5850c154; wsd_lr.py at 803b7c2ac5eb): their keyword arguments, defaults and checks, resolved
// into one plain-JSON config per scheduler, in timm's own snake_case names.

/** The seven timm scheduler classes `fromTimm` builds. */
export type TimmSchedulerName =
  | 'CosineLRScheduler'
  | 'TanhLRScheduler'
  | 'PolyLRScheduler'
  | 'StepLRScheduler'
  | 'MultiStepLRScheduler'
  | 'PlateauLRScheduler'
  | 'WSDLRScheduler';

/** A WSD decay function given as a JS function (timm accepts a callable `decay_fn`). */
export type TimmDecayFn = (frac: number) => number;

/** timm's noise arguments, resolved (noise_std is kept but, as in timm, never used). */
export interface TimmNoiseConfig {
  noise_range_t: number | [number, number] | null;
  noise_type: 'normal' | 'uniform';
  noise_pct: number;
  noise_std: number;
  noise_seed: number;
}

/** The resolved arguments of every timm scheduler but the plateau one. */
export interface TimmConfig extends TimmNoiseConfig {
  scheduler: Exclude<TimmSchedulerName, 'PlateauLRScheduler'>;
  t_in_epochs: boolean;
  initialize: boolean;
  warmup_t: number;
  warmup_lr_init: number;
  warmup_prefix: boolean;
  /** Cycle schedulers (cosine, tanh, poly) and WSD. */
  t_initial: number;
  lr_min: number;
  cycle_mul: number;
  cycle_decay: number;
  cycle_limit: number;
  k_decay: number;
  /** Poly's exponent. */
  power: number;
  lb: number;
  ub: number;
  /** Step: the period; MultiStep: the milestones; WSD: the decay length. */
  decay_t: number | number[];
  decay_rate: number;
  stable_fn: 'constant' | 'rsqrt' | 'power';
  stable_timescale: number | null;
  stable_power: number;
  /** 'callable' when a function was given. */
  decay_fn: 'linear' | '1-sqrt' | 'cosine' | 'power' | 'exp' | 'callable';
  decay_power: number;
  decay_ratio: number;
}

/** The resolved arguments of PlateauLRScheduler (and of the torch ReduceLROnPlateau inside it). */
export interface TimmPlateauConfig extends TimmNoiseConfig {
  scheduler: 'PlateauLRScheduler';
  initialize: boolean;
  decay_rate: number;
  patience_t: number;
  threshold: number;
  cooldown_t: number;
  warmup_t: number;
  warmup_lr_init: number;
  lr_min: number;
  mode: 'min' | 'max';
}

const NOISE = ['noise_range_t', 'noise_pct', 'noise_std', 'noise_seed'] as const;
const WARMUP = ['warmup_t', 'warmup_lr_init', 'warmup_prefix'] as const;
const CYCLE = ['t_initial', 'lr_min', 'cycle_mul', 'cycle_decay', 'cycle_limit'] as const;
const TAIL = ['t_in_epochs', ...NOISE, 'initialize'] as const;

/** Each constructor's keyword arguments, as its Python signature lists them. */
export const TIMM_KWARGS: Readonly<Record<TimmSchedulerName, readonly string[]>> = {
  CosineLRScheduler: [...CYCLE, ...WARMUP, ...TAIL, 'k_decay'],
  TanhLRScheduler: ['t_initial', 'lb', 'ub', ...CYCLE.slice(1), ...WARMUP, ...TAIL],
  PolyLRScheduler: ['t_initial', 'power', ...CYCLE.slice(1), ...WARMUP, ...TAIL, 'k_decay'],
  StepLRScheduler: ['decay_t', 'decay_rate', ...WARMUP, ...TAIL],
  MultiStepLRScheduler: ['decay_t', 'decay_rate', ...WARMUP, ...TAIL],
  PlateauLRScheduler: [
    'decay_rate',
    'patience_t',
    'threshold',
    'cooldown_t',
    'warmup_t',
    'warmup_lr_init',
    'lr_min',
    'mode',
    'noise_range_t',
    'noise_type',
    'noise_pct',
    'noise_std',
    'noise_seed',
    'initialize',
  ],
  WSDLRScheduler: [
    't_initial',
    'decay_t',
    'lr_min',
    'stable_fn',
    'stable_timescale',
    'stable_power',
    'decay_fn',
    'decay_power',
    'decay_ratio',
    'warmup_t',
    'warmup_lr_init',
    ...TAIL,
  ],
};

export const TIMM_SCHEDULER_NAMES = Object.keys(TIMM_KWARGS) as TimmSchedulerName[];

type Kwargs = Record<string, unknown>;

/** Python's keyword check: unknown names are a TypeError there, an InvalidArgumentError here. */
export function checkKwargs(scheduler: TimmSchedulerName, kwargs: unknown): Kwargs {
  if (kwargs === undefined) return {};
  if (!isPlainObject(kwargs)) {
    invalid('kwargs', kwargs, `must be an object of ${scheduler} keyword arguments`);
  }
  const allowed = TIMM_KWARGS[scheduler];
  for (const key of Object.keys(kwargs)) {
    if (!allowed.includes(key)) {
      invalid(
        `kwargs.${key}`,
        kwargs[key],
        `is not an argument of timm's ${scheduler}; its arguments are ${allowed.join(', ')}`,
      );
    }
  }
  return kwargs;
}

/** The argument, or its default when absent (or null where Python's default is None). */
function arg<T>(kwargs: Kwargs, key: string, fallback: T, nullable = false): unknown {
  const value = kwargs[key];
  if (value === undefined || (nullable && value === null)) return fallback;
  return value;
}

function required(kwargs: Kwargs, key: string, scheduler: string): unknown {
  if (kwargs[key] === undefined) {
    invalid(`kwargs.${key}`, undefined, `is required by timm's ${scheduler}`);
  }
  return kwargs[key];
}

const p = (key: string) => `kwargs.${key}`;

function noiseRange(value: unknown): number | [number, number] | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    if (value.length !== 2) invalid(p('noise_range_t'), value, 'must be a step or [start, end]');
    return [
      finiteNumber(`${p('noise_range_t')}[0]`, value[0]),
      finiteNumber(`${p('noise_range_t')}[1]`, value[1]),
    ];
  }
  return finiteNumber(p('noise_range_t'), value);
}

function noiseSeed(value: unknown): number {
  if (value === undefined || value === null) return 42;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value >= 2 ** 32) {
    invalid(p('noise_seed'), value, 'must be an integer in [0, 2^32)');
  }
  return value;
}

function noiseConfig(kwargs: Kwargs): TimmNoiseConfig {
  const pct = finiteNumber(p('noise_pct'), arg(kwargs, 'noise_pct', 0.67));
  // timm resamples until |noise| < noise_pct: a limit ≤ 0 would never end.
  if (!(pct > 0 && pct <= 1)) invalid(p('noise_pct'), pct, 'must be a number in (0, 1]');
  return {
    noise_range_t: noiseRange(kwargs.noise_range_t),
    noise_type: oneOf(p('noise_type'), arg(kwargs, 'noise_type', 'normal'), ['normal', 'uniform']),
    noise_pct: pct,
    noise_std: positiveNumber(p('noise_std'), arg(kwargs, 'noise_std', 1)),
    noise_seed: noiseSeed(kwargs.noise_seed),
  };
}

const DEFAULTS = {
  t_initial: 1,
  lr_min: 0,
  cycle_mul: 1,
  cycle_decay: 1,
  cycle_limit: 1,
  k_decay: 1,
  power: 0.5,
  lb: -7,
  ub: 3,
  decay_t: 1,
  decay_rate: 1,
  stable_fn: 'constant',
  stable_timescale: null,
  stable_power: 0.5,
  decay_fn: '1-sqrt',
  decay_power: 0.5,
  decay_ratio: 0.1,
} as const;

function baseConfig(scheduler: TimmConfig['scheduler'], kwargs: Kwargs): TimmConfig {
  return {
    ...DEFAULTS,
    scheduler,
    t_in_epochs: boolean(p('t_in_epochs'), arg(kwargs, 't_in_epochs', true)),
    initialize: boolean(p('initialize'), arg(kwargs, 'initialize', true)),
    warmup_t: nonNegativeNumber(p('warmup_t'), arg(kwargs, 'warmup_t', 0)),
    warmup_lr_init: nonNegativeNumber(p('warmup_lr_init'), arg(kwargs, 'warmup_lr_init', 0)),
    // Step and MultiStep default to a prefix warmup, the cycle schedulers to an overlaid one.
    warmup_prefix: boolean(
      p('warmup_prefix'),
      arg(
        kwargs,
        'warmup_prefix',
        scheduler === 'StepLRScheduler' || scheduler === 'MultiStepLRScheduler',
      ),
    ),
    ...noiseConfig(kwargs),
    decay_t: 1,
  };
}

function cycleConfig(config: TimmConfig, kwargs: Kwargs): void {
  config.t_initial = positiveNumber(
    p('t_initial'),
    required(kwargs, 't_initial', config.scheduler),
  );
  config.lr_min = nonNegativeNumber(p('lr_min'), arg(kwargs, 'lr_min', 0));
  // A cycle_mul ≤ 0 has no logarithm: timm fails at its first step, lrkit at construction.
  config.cycle_mul = positiveNumber(p('cycle_mul'), arg(kwargs, 'cycle_mul', 1));
  config.cycle_decay = nonNegativeNumber(p('cycle_decay'), arg(kwargs, 'cycle_decay', 1));
  config.cycle_limit = nonNegativeNumber(p('cycle_limit'), arg(kwargs, 'cycle_limit', 1));
}

function wsdConfig(config: TimmConfig, kwargs: Kwargs, decayFn: unknown): void {
  const tInitial = finiteNumber(p('t_initial'), required(kwargs, 't_initial', config.scheduler));
  if (!(tInitial > 0)) invalid(p('t_initial'), tInitial, 'must be > 0');
  const decayT = finiteNumber(p('decay_t'), required(kwargs, 'decay_t', config.scheduler));
  if (!(decayT > 0 && decayT <= tInitial)) {
    invalid(p('decay_t'), decayT, `must be in (0, t_initial] with t_initial=${tInitial}`);
  }
  config.t_initial = tInitial;
  config.decay_t = decayT;
  config.lr_min = nonNegativeNumber(p('lr_min'), arg(kwargs, 'lr_min', 0));
  config.stable_fn = oneOf(p('stable_fn'), arg(kwargs, 'stable_fn', 'constant'), [
    'constant',
    'rsqrt',
    'power',
  ]);
  config.decay_fn =
    typeof decayFn === 'function'
      ? 'callable'
      : oneOf(p('decay_fn'), decayFn ?? '1-sqrt', ['linear', '1-sqrt', 'cosine', 'power', 'exp']);
  const ratio = finiteNumber(p('decay_ratio'), arg(kwargs, 'decay_ratio', 0.1));
  if (!(ratio > 0 && ratio < 1)) invalid(p('decay_ratio'), ratio, 'must be in (0, 1)');
  config.decay_ratio = ratio;
  config.decay_power = positiveNumber(p('decay_power'), arg(kwargs, 'decay_power', 0.5));
  config.stable_power = positiveNumber(p('stable_power'), arg(kwargs, 'stable_power', 0.5));
  config.stable_timescale = null;
  if (config.stable_fn !== 'constant') {
    const scale = finiteNumber(
      p('stable_timescale'),
      arg(kwargs, 'stable_timescale', config.warmup_t, true),
    );
    if (!(scale > 0)) {
      invalid(
        p('stable_timescale'),
        scale,
        `must be positive for stable_fn='${config.stable_fn}' (it defaults to warmup_t, ${config.warmup_t}; set it when there is no warmup)`,
      );
    }
    config.stable_timescale = scale;
  } else if (kwargs.stable_timescale !== undefined && kwargs.stable_timescale !== null) {
    config.stable_timescale = finiteNumber(p('stable_timescale'), kwargs.stable_timescale);
  }
}

/** Resolves and checks the kwargs of one of the six schedule-shaped timm schedulers. */
export function resolveTimmConfig(
  scheduler: TimmConfig['scheduler'],
  raw: unknown,
): { config: TimmConfig; decayFn: TimmDecayFn | undefined } {
  const kwargs = checkKwargs(scheduler, raw);
  const config = baseConfig(scheduler, kwargs);
  let decayFn: TimmDecayFn | undefined;
  switch (scheduler) {
    case 'CosineLRScheduler':
    case 'PolyLRScheduler':
    case 'TanhLRScheduler':
      cycleConfig(config, kwargs);
      config.k_decay = positiveNumber(p('k_decay'), arg(kwargs, 'k_decay', 1));
      config.power = finiteNumber(p('power'), arg(kwargs, 'power', 0.5));
      config.lb = finiteNumber(p('lb'), arg(kwargs, 'lb', -7));
      config.ub = finiteNumber(p('ub'), arg(kwargs, 'ub', 3));
      if (!(config.lb < config.ub))
        invalid(p('lb'), config.lb, `must be less than ub (${config.ub})`);
      break;
    case 'StepLRScheduler':
      config.decay_t = positiveNumber(p('decay_t'), required(kwargs, 'decay_t', scheduler));
      config.decay_rate = nonNegativeNumber(p('decay_rate'), arg(kwargs, 'decay_rate', 1));
      break;
    case 'MultiStepLRScheduler': {
      const list = required(kwargs, 'decay_t', scheduler);
      if (!Array.isArray(list))
        invalid(p('decay_t'), list, 'must be a list of epochs (or updates)');
      config.decay_t = list.map((v, i) => finiteNumber(`${p('decay_t')}[${i}]`, v));
      config.decay_rate = nonNegativeNumber(p('decay_rate'), arg(kwargs, 'decay_rate', 1));
      break;
    }
    case 'WSDLRScheduler':
      wsdConfig(config, kwargs, kwargs.decay_fn);
      if (typeof kwargs.decay_fn === 'function') decayFn = kwargs.decay_fn as TimmDecayFn;
      break;
  }
  return { config, decayFn };
}

/** Resolves and checks PlateauLRScheduler's kwargs (torch's ReduceLROnPlateau checks included). */
export function resolveTimmPlateauConfig(raw: unknown): TimmPlateauConfig {
  const kwargs = checkKwargs('PlateauLRScheduler', raw);
  const decayRate = nonNegativeNumber(p('decay_rate'), arg(kwargs, 'decay_rate', 0.1));
  // torch's ReduceLROnPlateau: "Factor should be < 1.0."
  if (!(decayRate < 1))
    invalid(
      p('decay_rate'),
      decayRate,
      'must be < 1.0 (torch ReduceLROnPlateau: "Factor should be < 1.0.")',
    );
  return {
    scheduler: 'PlateauLRScheduler',
    initialize: boolean(p('initialize'), arg(kwargs, 'initialize', true)),
    decay_rate: decayRate,
    patience_t: nonNegativeNumber(p('patience_t'), arg(kwargs, 'patience_t', 10)),
    threshold: finiteNumber(p('threshold'), arg(kwargs, 'threshold', 1e-4)),
    cooldown_t: nonNegativeNumber(p('cooldown_t'), arg(kwargs, 'cooldown_t', 0)),
    warmup_t: nonNegativeNumber(p('warmup_t'), arg(kwargs, 'warmup_t', 0)),
    warmup_lr_init: nonNegativeNumber(p('warmup_lr_init'), arg(kwargs, 'warmup_lr_init', 0)),
    lr_min: nonNegativeNumber(p('lr_min'), arg(kwargs, 'lr_min', 0)),
    mode: oneOf(p('mode'), arg(kwargs, 'mode', 'max'), ['min', 'max']),
    ...noiseConfig(kwargs),
  };
}
