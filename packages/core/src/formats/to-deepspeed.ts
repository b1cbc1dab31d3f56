import { invalid, isPlainObject } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { isScheduleType, scheduleFromSpec } from '../schedules/registry';
import type { ScheduleSpec } from '../schedules/schedule';
import { fromSpec } from '../spec/from-spec';
import { checkJson, joinPath } from '../spec/spec-json';
import { own } from './torch-code-python';

// DeepSpeed's engine builds the "scheduler" section of its config as
// `getattr(deepspeed.runtime.lr_schedules, type)` or else `getattr(torch.optim.lr_scheduler, type)`,
// called as cls(optimizer, **params) and stepped once per optimizer step
// (deepspeed/runtime/engine.py, lr_schedules.py). toDeepSpeed writes a section whose numbers are
// lrkit's: its own schedulers where a spec has their exact shape, PyTorch's classes otherwise.

/** A DeepSpeed config's `"scheduler"` section. */
export interface DeepSpeedSection {
  type: string;
  params: Record<string, number | string | boolean | number[]>;
}

/** PyTorch classes DeepSpeed's engine falls back to, with PyTorch's keyword of each lrkit option. */
const TORCH_CLASSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  StepLR: { stepSize: 'step_size', gamma: 'gamma' },
  MultiStepLR: { milestones: 'milestones', gamma: 'gamma' },
  ConstantLR: { factor: 'factor', totalIters: 'total_iters' },
  LinearLR: { startFactor: 'start_factor', endFactor: 'end_factor', totalIters: 'total_iters' },
  ExponentialLR: { gamma: 'gamma' },
  PolynomialLR: { totalIters: 'total_iters', power: 'power' },
  CosineAnnealingLR: { tMax: 'T_max', etaMin: 'eta_min' },
  CosineAnnealingWarmRestarts: { t0: 'T_0', tMult: 'T_mult', etaMin: 'eta_min' },
  CyclicLR: {
    baseLr: 'base_lr',
    maxLr: 'max_lr',
    stepSizeUp: 'step_size_up',
    stepSizeDown: 'step_size_down',
    mode: 'mode',
    gamma: 'gamma',
    scaleMode: 'scale_mode',
    cycleMomentum: 'cycle_momentum',
    baseMomentum: 'base_momentum',
    maxMomentum: 'max_momentum',
  },
  OneCycleLR: {
    maxLr: 'max_lr',
    totalSteps: 'total_steps',
    epochs: 'epochs',
    stepsPerEpoch: 'steps_per_epoch',
    pctStart: 'pct_start',
    annealStrategy: 'anneal_strategy',
    cycleMomentum: 'cycle_momentum',
    baseMomentum: 'base_momentum',
    maxMomentum: 'max_momentum',
    divFactor: 'div_factor',
    finalDivFactor: 'final_div_factor',
    threePhase: 'three_phase',
  },
};

/** Why other stateful types have no section (the error's explanation). */
const NO_SECTION: Readonly<Record<string, string>> = {
  ReduceLROnPlateau:
    "needs the monitored metric at each step, and DeepSpeed's engine steps its scheduler without one",
  SequentialLR: 'holds scheduler objects, which a JSON config cannot carry',
  ChainedScheduler: 'holds scheduler objects, which a JSON config cannot carry',
  ParamwiseScheduler: 'is lrkit-only (one scheduler per group) and has no DeepSpeed counterpart',
  SWALR:
    "lives in torch.optim.swa_utils, where DeepSpeed's engine does not look for scheduler types",
};

const CODE_HINT =
  "pass the scheduler of toTorchCode(spec)'s build_scheduler to deepspeed.initialize(lr_scheduler=...) instead";

type Spec = Record<string, unknown>;

function refuse(path: string, value: unknown, why: string): never {
  return invalid(path, value, `${why}; ${CODE_HINT}`);
}

function torchSection(spec: Spec, table: Readonly<Record<string, string>>): DeepSpeedSection {
  const params: DeepSpeedSection['params'] = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'type' || key === 'version' || key === 'verbose' || value === undefined) continue;
    // Checked in checkSpec: only -1 (a fresh start) gets here.
    if (key === 'lastEpoch') continue;
    const name = own(table, key);
    if (name === undefined) invalid(key, value, `has no PyTorch keyword in ${String(spec.type)}`);
    params[name] = value as DeepSpeedSection['params'][string];
  }
  return { type: spec.type as string, params };
}

/** `[a, b, ...]` equal to `expected` entry by entry. */
function isList(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length;
}

/** DeepSpeed raises warmup_num_steps below 2 to 2; a shorter warmup has no section. */
function warmupSteps(n: number, path: string): number {
  if (n < 2) {
    refuse(path, n, 'must be at least 2: DeepSpeed raises warmup_num_steps to 2');
  }
  return n;
}

/**
 * DeepSpeed's shapes as lrkit closed forms (absolute lrs, the same for every group). Its
 * schedulers set the lr at construction (iteration −1) and count iterations from the first step,
 * so their knots sit one step later than a warmup's:
 * - WarmupLR (linear): piecewise-interpolated knots (1, min), (1 + n, max);
 * - WarmupDecayLR (linear): knots (1, min), (1 + n, max), (1 + T, min);
 * - OneCycle: knots (0, min), (s1, max), (s1 + s2, min), optionally joined at s1 + s2 with an
 *   inverse-time decay from min (decay_lr_rate, decay_step_size).
 */
function nativeSection(schedule: ScheduleSpec, path: string): DeepSpeedSection | undefined {
  if (schedule.type === 'join') return oneCycleWithDecay(schedule, path);
  if (schedule.type !== 'piecewise-interpolated' || schedule.interpolation !== 'linear') {
    return undefined;
  }
  const b = schedule.boundaries as number[];
  const v = schedule.values as number[];
  if (isList(b, 2) && b[0] === 1 && v[0]! <= v[1]!) {
    return {
      type: 'WarmupLR',
      params: {
        warmup_min_lr: v[0]!,
        warmup_max_lr: v[1]!,
        warmup_num_steps: warmupSteps(b[1]! - 1, joinPath(path, 'boundaries[1]')),
        warmup_type: 'linear',
      },
    };
  }
  if (isList(b, 3) && b[0] === 1 && v[0] === v[2] && v[0]! <= v[1]! && b[2]! > b[1]!) {
    return {
      type: 'WarmupDecayLR',
      params: {
        total_num_steps: b[2]! - 1,
        warmup_min_lr: v[0]!,
        warmup_max_lr: v[1]!,
        warmup_num_steps: warmupSteps(b[1]! - 1, joinPath(path, 'boundaries[1]')),
        warmup_type: 'linear',
      },
    };
  }
  if (isList(b, 3) && b[0] === 0 && v[0] === v[2] && v[0]! <= v[1]! && b[1]! > 0) {
    return {
      type: 'OneCycle',
      params: {
        cycle_min_lr: v[0]!,
        cycle_max_lr: v[1]!,
        cycle_first_step_size: b[1]!,
        cycle_second_step_size: b[2]! - b[1]!,
        cycle_momentum: false,
      },
    };
  }
  return undefined;
}

function oneCycleWithDecay(schedule: ScheduleSpec, path: string): DeepSpeedSection | undefined {
  const [cycle, decay] = schedule.schedules as unknown as ScheduleSpec[];
  const boundaries = schedule.boundaries as number[];
  if (!cycle || !decay || boundaries.length !== 1 || decay.type !== 'inverse-time')
    return undefined;
  const section = nativeSection(cycle, joinPath(path, 'schedules[0]'));
  if (section?.type !== 'OneCycle' || decay.staircase === true) return undefined;
  const { params } = section;
  const end = (params.cycle_first_step_size as number) + (params.cycle_second_step_size as number);
  if (boundaries[0] !== end || decay.startLr !== params.cycle_min_lr) return undefined;
  return {
    type: 'OneCycle',
    params: {
      ...params,
      decay_lr_rate: decay.decayRate as number,
      decay_step_size: decay.decaySteps as number,
    },
  };
}

function closedFormSection(spec: Spec, path: string): DeepSpeedSection {
  const schedule = scheduleFromSpec(spec, path).spec;
  if (!schedule.type.startsWith('hf-')) {
    const section = nativeSection(schedule, path);
    if (section) return section;
  }
  return refuse(
    path || 'spec',
    schedule.type,
    `is a closed form DeepSpeed has no scheduler for: DeepSpeed's WarmupLR, WarmupDecayLR and OneCycle start one step later than lrkit's warmups (write them as piecewise-interpolated knots, see toDeepSpeed), its log warmup, WarmupCosineLR and LRRangeTest have no closed form in lrkit, and PyTorch's LambdaLR needs code`,
  );
}

/** The spec validated by lrkit (with paths) on a throwaway one-group optimizer. */
function checkSpec(spec: unknown): Spec {
  checkJson(spec, '');
  if (!isPlainObject(spec))
    invalid('spec', spec, 'must be a spec object { version: 1, type, ... }');
  if (spec.version !== 1) {
    invalid('version', spec.version, 'must be 1 (the spec format version, at the top level)');
  }
  if (isScheduleType(spec.type)) return spec;
  if (spec.lastEpoch !== undefined && spec.lastEpoch !== -1) {
    invalid(
      'lastEpoch',
      spec.lastEpoch,
      'must be -1 or absent: a DeepSpeed section starts a fresh schedule',
    );
  }
  const groups = Math.max(
    1,
    ...Object.values(spec).map((v) =>
      Array.isArray(v) && typeof v[0] === 'number' ? v.length : 1,
    ),
  );
  const probe: Optimizer = {
    paramGroups: Array.from({ length: groups }, () => ({ lr: 0.1, momentum: 0.9 })),
  };
  const { verbose: _verbose, ...quiet } = spec;
  if (typeof spec.type === 'string' && !own(NO_SECTION, spec.type)) fromSpec(probe, quiet);
  return spec;
}

/**
 * The `"scheduler"` section of a DeepSpeed config that gives the lrs of `preview(spec)` when
 * DeepSpeed's engine builds it and steps it once per optimizer step:
 * - a PyTorch scheduler spec (StepLR, MultiStepLR, ConstantLR, LinearLR, ExponentialLR,
 *   PolynomialLR, CosineAnnealingLR, CosineAnnealingWarmRestarts, CyclicLR, OneCycleLR) becomes
 *   `{ type: <the class>, params: <its keyword arguments> }`, which DeepSpeed finds in
 *   torch.optim.lr_scheduler;
 * - DeepSpeed's own WarmupLR and WarmupDecayLR (linear warmup) and OneCycle (lr only), where the
 *   spec is their shape as piecewise-interpolated knots (see the README).
 *
 * Anything else throws an InvalidArgumentError saying why: a metric-driven or composite
 * scheduler, a closed form DeepSpeed has no scheduler for (use toTorchCode and hand the
 * scheduler object to deepspeed.initialize), a resume.
 *
 * @example
 * toDeepSpeed({ version: 1, type: 'StepLR', stepSize: 30, gamma: 0.1 })
 * // { type: 'StepLR', params: { step_size: 30, gamma: 0.1 } }
 */
export function toDeepSpeed(spec: unknown): DeepSpeedSection {
  const checked = checkSpec(spec);
  const type = checked.type as string;
  if (isScheduleType(type)) {
    const { version: _version, ...body } = checked;
    return closedFormSection(body, '');
  }
  if (type === 'ScheduleLR') {
    const { schedule, scale } = checked;
    if (scale === 'absolute' && isPlainObject(schedule)) {
      return closedFormSection(schedule, 'schedule');
    }
    return refuse(
      'schedule',
      schedule,
      "must be one schedule of absolute lrs to become a DeepSpeed scheduler (DeepSpeed's own schedulers set lrs, they do not scale each group's)",
    );
  }
  const table = own(TORCH_CLASSES, type);
  if (table) return torchSection(checked, table);
  return refuse(
    'type',
    type,
    own(NO_SECTION, type) ?? 'has no DeepSpeed or PyTorch scheduler class',
  );
}
