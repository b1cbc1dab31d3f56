import { invalid } from '../internal/validate';
import { normalCdf } from '../schedules/normal';
import { scheduleFromSpec } from '../schedules/registry';
import type { ScheduleSpec } from '../schedules/schedule';
import { joinPath } from '../spec/spec-json';
import { own, pathLabel, pyFloat, pyLiteral, pyNumber } from './torch-code-python';

/** Collects the helpers and the definition lines of the closed forms of one generated program. */
export interface ClosedFormContext {
  readonly helpers: Set<string>;
  /** Lines of build_scheduler's body, without indentation. */
  readonly lines: string[];
  /** Next free number for a variable name. */
  counter: { next: number };
}

type Fields = Readonly<Record<string, unknown>>;

/** A call `name(arg=value, ...)` of spec fields, numbers written exactly. */
function call(name: string, args: Readonly<Record<string, string>>): string {
  const parts = Object.entries(args).map(([k, v]) => `${k}=${v}`);
  const flat = `${name}(${parts.join(', ')})`;
  if (flat.length <= 90) return flat;
  // Nested multi-line arguments keep their own indentation one level deeper.
  const indented = parts.map((part) => part.replaceAll('\n', '\n    '));
  return `${name}(\n    ${indented.join(',\n    ')},\n)`;
}

function num(spec: Fields, key: string, path: string): string {
  return pyNumber(spec[key] as number, joinPath(path, key));
}

function optionalNum(spec: Fields, key: string, path: string): string {
  return spec[key] === undefined ? 'None' : num(spec, key, path);
}

function list(spec: Fields, key: string, path: string): string {
  return pyLiteral(spec[key], joinPath(path, key));
}

function bool(spec: Fields, key: string): string {
  return spec[key] === true ? 'True' : 'False';
}

function str(spec: Fields, key: string): string {
  return JSON.stringify(spec[key]);
}

/** The arguments of noise_sampler(...): the truncation constants computed as lrkit does. */
function samplerCall(noiseType: string, noisePct: number, noiseStd: number, path: string): string {
  const low = 1 - normalCdf(noisePct / noiseStd);
  return call('noise_sampler', {
    noise_type: JSON.stringify(noiseType),
    noise_pct: pyNumber(noisePct, joinPath(path, 'noisePct')),
    noise_std: pyNumber(noiseStd, joinPath(path, 'noiseStd')),
    low: pyNumber(low, path),
    width: pyNumber(1 - 2 * low, path),
    limit: pyNumber(noisePct * (1 - 1e-12), path),
  });
}

/** Knots of optax's one-cycle presets (optax `piecewise_interpolate_schedule`), as lrkit builds them. */
function onecycleKnots(init: number, scales: readonly [number, number][]) {
  const byBoundary = new Map<number, number>();
  for (const [boundary, factor] of scales) byBoundary.set(boundary, factor);
  const sorted = [...byBoundary.entries()].sort((a, b) => a[0] - b[0]);
  const boundaries = [0];
  const values = [init];
  for (const [boundary, factor] of sorted) {
    boundaries.push(boundary);
    values.push(values[values.length - 1]! * factor);
  }
  return { boundaries, values };
}

function timmCall(kind: string, s: Fields, path: string): string {
  const range = s.noiseRangeT as number | [number, number] | undefined;
  const noisy =
    range === undefined
      ? 'lambda t: False'
      : typeof range === 'number'
        ? `lambda t: t >= ${pyNumber(range, joinPath(path, 'noiseRangeT'))}`
        : `lambda t: ${pyNumber(range[0], joinPath(path, 'noiseRangeT[0]'))} <= t < ${pyNumber(range[1], joinPath(path, 'noiseRangeT[1]'))}`;
  const sample =
    range === undefined
      ? 'None'
      : samplerCall(s.noiseType as string, s.noisePct as number, s.noiseStd as number, path);
  return call('timm', {
    kind: JSON.stringify(kind),
    base_lr: num(s, 'baseLr', path),
    t_initial: num(s, 'tInitial', path),
    lr_min: num(s, 'lrMin', path),
    cycle_mul: num(s, 'cycleMul', path),
    cycle_decay: num(s, 'cycleDecay', path),
    cycle_limit: num(s, 'cycleLimit', path),
    warmup_t: num(s, 'warmupT', path),
    warmup_lr_init: num(s, 'warmupLrInit', path),
    warmup_prefix: bool(s, 'warmupPrefix'),
    k_decay: s.kDecay === undefined ? '1' : num(s, 'kDecay', path),
    power: s.power === undefined ? '1' : num(s, 'power', path),
    lb: s.lb === undefined ? '-7' : num(s, 'lb', path),
    ub: s.ub === undefined ? '3' : num(s, 'ub', path),
    noisy,
    sample,
    noise_seed: num(s, 'noiseSeed', path),
  });
}

/** hf-cosine-with-min-lr's floor as a fraction: minLrRate, or minLr / lr as transformers divides. */
function minLrRate(s: Fields): number {
  return s.minLr !== undefined ? (s.minLr as number) / (s.lr as number) : (s.minLrRate as number);
}

function hfStableSteps(s: Fields): number {
  if (s.numStableSteps !== undefined) return s.numStableSteps as number;
  return (
    (s.numTrainingSteps as number) - (s.numWarmupSteps as number) - (s.numDecaySteps as number)
  );
}

type Emitter = (s: Fields, path: string, ctx: ClosedFormContext) => [helper: string, code: string];

/** How each closed-form type is written: the helper it needs and the call building it. */
const EMITTERS: Readonly<Record<string, Emitter>> = {
  constant: (s, p) => ['constant', call('constant', { lr: num(s, 'lr', p) })],
  linear: (s, p) => [
    'linear',
    call('linear', {
      start_lr: num(s, 'startLr', p),
      end_lr: num(s, 'endLr', p),
      transition_steps: num(s, 'transitionSteps', p),
    }),
  ],
  cosine: (s, p) => [
    'cosine',
    call('cosine', {
      peak_lr: num(s, 'peakLr', p),
      min_lr: num(s, 'minLr', p),
      decay_steps: num(s, 'decaySteps', p),
      exponent: num(s, 'exponent', p),
    }),
  ],
  exponential: (s, p) => [
    'exponential',
    call('exponential', {
      start_lr: num(s, 'startLr', p),
      decay_rate: num(s, 'decayRate', p),
      decay_steps: num(s, 'decaySteps', p),
      staircase: bool(s, 'staircase'),
      end_lr: optionalNum(s, 'endLr', p),
    }),
  ],
  polynomial: (s, p) => [
    'polynomial',
    call('polynomial', {
      start_lr: num(s, 'startLr', p),
      end_lr: num(s, 'endLr', p),
      decay_steps: num(s, 'decaySteps', p),
      power: num(s, 'power', p),
      cycle: bool(s, 'cycle'),
    }),
  ],
  'piecewise-constant': (s, p) => [
    'piecewise_constant',
    call('piecewise_constant', {
      boundaries: list(s, 'boundaries', p),
      values: list(s, 'values', p),
    }),
  ],
  'piecewise-interpolated': (s, p) => [
    'piecewise_interpolated',
    call('piecewise_interpolated', {
      boundaries: list(s, 'boundaries', p),
      values: list(s, 'values', p),
      interpolation: str(s, 'interpolation'),
    }),
  ],
  'inverse-sqrt': (s, p) => [
    'inverse_sqrt',
    call('inverse_sqrt', {
      peak_lr: num(s, 'peakLr', p),
      timescale_steps: num(s, 'timescaleSteps', p),
    }),
  ],
  'inverse-time': (s, p) => [
    'inverse_time',
    call('inverse_time', {
      start_lr: num(s, 'startLr', p),
      decay_rate: num(s, 'decayRate', p),
      decay_steps: num(s, 'decaySteps', p),
      staircase: bool(s, 'staircase'),
    }),
  ],
  warmup: (s, p, ctx) => [
    'warmup',
    call('warmup', {
      schedule: emitSchedule(s.schedule as Fields, joinPath(p, 'schedule'), ctx),
      warmup_steps: num(s, 'warmupSteps', p),
      start_lr: num(s, 'startLr', p),
      shape: str(s, 'shape'),
      prefix: bool(s, 'prefix'),
    }),
  ],
  join: (s, p, ctx) => {
    const parts = (s.schedules as Fields[]).map((child, i) =>
      emitSchedule(child, joinPath(p, `schedules[${i}]`), ctx),
    );
    return [
      'join',
      call('join', { schedules: `[${parts.join(', ')}]`, boundaries: list(s, 'boundaries', p) }),
    ];
  },
  restarts: (s, p) => [
    'restarts',
    call('restarts', {
      shape: str(s, 'shape'),
      peak_lr: num(s, 'peakLr', p),
      min_lr: num(s, 'minLr', p),
      cycle_steps: num(s, 'cycleSteps', p),
      cycle_mul: num(s, 'cycleMul', p),
      cycle_decay: num(s, 'cycleDecay', p),
      cycle_limit: optionalNum(s, 'cycleLimit', p),
      k_decay: num(s, 'kDecay', p),
      power: num(s, 'power', p),
      tanh_lower_bound: num(s, 'tanhLowerBound', p),
      tanh_upper_bound: num(s, 'tanhUpperBound', p),
    }),
  ],
  noise: (s, p, ctx) => [
    'noise',
    call('noise', {
      schedule: emitSchedule(s.schedule as Fields, joinPath(p, 'schedule'), ctx),
      seed: num(s, 'seed', p),
      sample: samplerCall(s.noiseType as string, s.noisePct as number, s.noiseStd as number, p),
      start_step: num(s, 'startStep', p),
      end_step: optionalNum(s, 'endStep', p),
    }),
  ],
  scale: (s, p, ctx) => [
    'scale',
    call('scale', {
      schedule: emitSchedule(s.schedule as Fields, joinPath(p, 'schedule'), ctx),
      factor: num(s, 'factor', p),
    }),
  ],
  resize: (s, p, ctx) => {
    const args: Record<string, string> = {
      schedule: emitSchedule(s.schedule as Fields, joinPath(p, 'schedule'), ctx),
      policy: str(s, 'policy'),
      resume_step: num(s, 'resumeStep', p),
      total_steps: num(s, 'totalSteps', p),
      previous_total_steps: num(s, 'previousTotalSteps', p),
    };
    if (s.cooldownSteps !== undefined) args.cooldown_steps = num(s, 'cooldownSteps', p);
    if (s.cooldownShape !== undefined) args.cooldown_shape = str(s, 'cooldownShape');
    if (s.warmupSteps !== undefined) args.warmup_steps = num(s, 'warmupSteps', p);
    if (s.peakScale !== undefined) args.peak_scale = num(s, 'peakScale', p);
    return ['resize', call('resize', args)];
  },
  megatron: (s, p) => [
    'megatron',
    call('megatron', {
      init_lr: num(s, 'initLr', p),
      max_lr: num(s, 'maxLr', p),
      min_lr: num(s, 'minLr', p),
      warmup_steps: num(s, 'warmupSteps', p),
      decay_steps: num(s, 'decaySteps', p),
      decay_style: str(s, 'decayStyle'),
      wsd_decay_steps: optionalNum(s, 'wsdDecaySteps', p),
      wsd_decay_style: s.wsdDecayStyle === undefined ? 'None' : str(s, 'wsdDecayStyle'),
    }),
  ],
  'megatron-weight-decay': (s, p) => [
    'megatron',
    call('megatron_weight_decay', {
      start_wd: num(s, 'startWd', p),
      end_wd: num(s, 'endWd', p),
      incr_steps: num(s, 'incrSteps', p),
      incr_style: str(s, 'incrStyle'),
    }),
  ],
  torchtitan: (s, p) => [
    'torchtitan',
    call('torchtitan', {
      warmup_steps: num(s, 'warmupSteps', p),
      stable_steps: num(s, 'stableSteps', p),
      decay_steps: num(s, 'decaySteps', p),
      decay_type: str(s, 'decayType'),
      min_lr_factor: num(s, 'minLrFactor', p),
    }),
  ],
  'hf-constant': () => ['constant', call('constant', { lr: '1' })],
  'hf-constant-with-warmup': (s, p) => [
    'hf',
    call('hf_constant_with_warmup', { num_warmup_steps: num(s, 'numWarmupSteps', p) }),
  ],
  'hf-linear': (s, p) => [
    'hf',
    call('hf_linear', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      num_training_steps: num(s, 'numTrainingSteps', p),
    }),
  ],
  'hf-cosine': (s, p) => [
    'hf',
    call('hf_cosine', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      num_training_steps: num(s, 'numTrainingSteps', p),
      num_cycles: num(s, 'numCycles', p),
    }),
  ],
  'hf-cosine-with-restarts': (s, p) => [
    'hf',
    call('hf_cosine_with_restarts', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      num_training_steps: num(s, 'numTrainingSteps', p),
      num_cycles: num(s, 'numCycles', p),
    }),
  ],
  'hf-polynomial': (s, p) => [
    'hf',
    call('hf_polynomial', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      num_training_steps: num(s, 'numTrainingSteps', p),
      lr_end: num(s, 'lrEnd', p),
      power: num(s, 'power', p),
      lr_init: num(s, 'lrInit', p),
    }),
  ],
  'hf-inverse-sqrt': (s, p) => [
    'hf',
    call('hf_inverse_sqrt', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      timescale: num(s, 'timescale', p),
    }),
  ],
  'hf-cosine-with-min-lr': (s, p) => [
    'hf',
    call('hf_cosine', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      num_training_steps: num(s, 'numTrainingSteps', p),
      num_cycles: num(s, 'numCycles', p),
      min_lr_rate: pyNumber(minLrRate(s), joinPath(p, 'minLrRate')),
    }),
  ],
  'hf-cosine-warmup-with-min-lr': (s, p) => [
    'hf',
    call('hf_cosine_warmup_with_min_lr', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      num_training_steps: num(s, 'numTrainingSteps', p),
      num_cycles: num(s, 'numCycles', p),
      min_lr_rate: pyNumber(minLrRate(s), joinPath(p, 'minLrRate')),
      warmup_lr_rate: optionalNum(s, 'warmupLrRate', p),
    }),
  ],
  'hf-warmup-stable-decay': (s, p) => [
    'hf',
    call('hf_warmup_stable_decay', {
      num_warmup_steps: num(s, 'numWarmupSteps', p),
      num_stable_steps: pyNumber(hfStableSteps(s), joinPath(p, 'numStableSteps')),
      num_decay_steps: num(s, 'numDecaySteps', p),
      warmup_type: str(s, 'warmupType'),
      decay_type: str(s, 'decayType'),
      min_lr_ratio: num(s, 'minLrRatio', p),
      num_cycles: num(s, 'numCycles', p),
    }),
  ],
  'timm-cosine': (s, p) => ['timm', timmCall('cosine', s, p)],
  'timm-poly': (s, p) => ['timm', timmCall('poly', s, p)],
  'timm-tanh': (s, p) => ['timm', timmCall('tanh', s, p)],
  'keras-exponential-decay': (s, p) => [
    'keras',
    call('keras_exponential_decay', {
      initial_learning_rate: num(s, 'initialLearningRate', p),
      decay_steps: num(s, 'decaySteps', p),
      decay_rate: num(s, 'decayRate', p),
      staircase: bool(s, 'staircase'),
    }),
  ],
  'keras-piecewise-constant-decay': (s, p) => [
    'piecewise_constant',
    call('piecewise_constant', {
      boundaries: list(s, 'boundaries', p),
      values: list(s, 'values', p),
    }),
  ],
  'keras-polynomial-decay': (s, p) => [
    'polynomial',
    call('polynomial', {
      start_lr: num(s, 'initialLearningRate', p),
      end_lr: num(s, 'endLearningRate', p),
      decay_steps: num(s, 'decaySteps', p),
      power: num(s, 'power', p),
      cycle: bool(s, 'cycle'),
    }),
  ],
  'keras-inverse-time-decay': (s, p) => [
    'keras',
    call('keras_inverse_time_decay', {
      initial_learning_rate: num(s, 'initialLearningRate', p),
      decay_steps: num(s, 'decaySteps', p),
      decay_rate: num(s, 'decayRate', p),
      staircase: bool(s, 'staircase'),
    }),
  ],
  'keras-cosine-decay': (s, p) => [
    'keras',
    call('keras_cosine_decay', {
      initial_learning_rate: num(s, 'initialLearningRate', p),
      decay_steps: num(s, 'decaySteps', p),
      alpha: num(s, 'alpha', p),
      warmup_target: optionalNum(s, 'warmupTarget', p),
      warmup_steps: num(s, 'warmupSteps', p),
    }),
  ],
  'keras-cosine-decay-restarts': (s, p) => [
    'keras',
    call('keras_cosine_decay_restarts', {
      initial_learning_rate: num(s, 'initialLearningRate', p),
      first_decay_steps: num(s, 'firstDecaySteps', p),
      t_mul: num(s, 'tMul', p),
      m_mul: num(s, 'mMul', p),
      alpha: num(s, 'alpha', p),
    }),
  ],
  'optax-linear-onecycle': (s, p) => {
    const steps = s.transitionSteps as number;
    const div = s.divFactor as number;
    const knots = onecycleKnots((s.peakValue as number) / div, [
      [Math.trunc((s.pctStart as number) * steps), div],
      [Math.trunc((s.pctFinal as number) * steps), 1 / div],
      [steps, 1 / (s.finalDivFactor as number)],
    ]);
    return knotsCall(knots, 'linear', p);
  },
  'optax-cosine-onecycle': (s, p) => {
    const steps = s.transitionSteps as number;
    const div = s.divFactor as number;
    const knots = onecycleKnots((s.peakValue as number) / div, [
      [Math.trunc((s.pctStart as number) * steps), div],
      [steps, 1 / (div * (s.finalDivFactor as number))],
    ]);
    return knotsCall(knots, 'cosine', p);
  },
};

function knotsCall(
  knots: { boundaries: number[]; values: number[] },
  kind: string,
  path: string,
): [string, string] {
  return [
    'piecewise_interpolated',
    call('piecewise_interpolated', {
      boundaries: pyLiteral(knots.boundaries, path),
      values: `[${knots.values.map((v) => pyFloat(v, path)).join(', ')}]`,
      interpolation: JSON.stringify(kind),
    }),
  ];
}

/** The closed-form types toTorchCode writes (every type of the core's registry). */
export const torchCodeScheduleTypes: readonly string[] = Object.keys(EMITTERS);

/**
 * Writes the definition of a closed-form schedule (already normalized: defaults filled in) into
 * `ctx.lines` and returns the Python variable holding it, a function of the step.
 */
function emitSchedule(spec: Fields, path: string, ctx: ClosedFormContext): string {
  const type = spec.type as string;
  const emitter = own(EMITTERS, type);
  if (!emitter) {
    invalid(
      joinPath(path, 'type'),
      type,
      `has no PyTorch code generator; toTorchCode writes ${torchCodeScheduleTypes.join(', ')}`,
    );
  }
  const [helper, code] = emitter(spec, path, ctx);
  ctx.helpers.add(helper);
  const name = `curve_${ctx.counter.next++}`;
  ctx.lines.push(`# ${pathLabel(path)}: '${type}'`);
  ctx.lines.push(...`${name} = ${code}`.split('\n'));
  return name;
}

/**
 * Validates a closed-form spec with lrkit's own builder (its errors carry the path), then
 * writes it. Returns the Python name of the schedule function.
 */
export function emitClosedForm(spec: unknown, path: string, ctx: ClosedFormContext): string {
  const schedule = scheduleFromSpec(spec, path);
  return emitSchedule(schedule.spec as ScheduleSpec, path, ctx);
}
