import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { withGroupsRollback } from '../internal/groups';
import { ownEntry } from '../internal/state';
import { invalid, isPlainObject } from '../internal/validate';
import { checkNesting } from '../limits';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type Scheduler } from '../scheduler';
import { ChainedScheduler } from '../schedulers/chained-scheduler';
import { ConstantLR } from '../schedulers/constant-lr';
import { CosineAnnealingLR } from '../schedulers/cosine-annealing-lr';
import { CosineAnnealingWarmRestarts } from '../schedulers/cosine-annealing-warm-restarts';
import { CosineAnnealingWarmupRestarts } from '../schedulers/cosine-annealing-warmup-restarts';
import { CyclicLR } from '../schedulers/cyclic-lr';
import { ExponentialLR } from '../schedulers/exponential-lr';
import { LambdaLR } from '../schedulers/lambda-lr';
import { LinearAnnealingLR } from '../schedulers/linear-annealing-lr';
import { LinearLR } from '../schedulers/linear-lr';
import { MultiStepLR } from '../schedulers/multi-step-lr';
import { MultiplicativeLR } from '../schedulers/multiplicative-lr';
import { OneCycleLR } from '../schedulers/one-cycle-lr';
import { ParamwiseScheduler } from '../schedulers/paramwise-scheduler';
import { PolynomialLR } from '../schedulers/polynomial-lr';
import { ReduceLROnPlateau } from '../schedulers/reduce-lr-on-plateau';
import { SequentialLR } from '../schedulers/sequential-lr';
import { StepLR } from '../schedulers/step-lr';
import { SWALR } from '../schedulers/swalr';

/**
 * A PyTorch scheduler as configured in Python: the class name and its keyword arguments, spelled
 * as in PyTorch (`T_max`, `eta_min`, `step_size`). Nested entries of the same shape (or built
 * schedulers) go in `schedulers` for SequentialLR, ChainedScheduler and ParamwiseScheduler.
 * Where PyTorch takes a callable (`lr_lambda`, `scale_fn`) pass a JS function.
 */
export interface TorchSchedulerConfig {
  scheduler: string;
  kwargs?: Record<string, unknown>;
}

type Options = Record<string, unknown>;
interface TorchEntry {
  /** PyTorch keyword → lrkit option. */
  kwargs: Record<string, string>;
  /** `path` is where this entry's kwargs sit in the config, for nested entries' errors. */
  build(optimizer: Optimizer, options: Options, path: string): Scheduler;
}

const COMMON = { last_epoch: 'lastEpoch', verbose: 'verbose' };

// biome-ignore lint/suspicious/noExplicitAny: each constructor checks its own options at run time
type AnyOptions = any;

// Built on first use, not at module load: a top-level table would keep every scheduler in the
// bundle of an app that imports one of them (tree-shaking). Registries in the core follow this.
let table: Record<string, TorchEntry> | undefined;
function torchSchedulers(): Record<string, TorchEntry> {
  table ??= buildTable();
  return table;
}

function buildTable(): Record<string, TorchEntry> {
  return {
    LambdaLR: {
      kwargs: { lr_lambda: 'lrLambda', ...COMMON },
      build: (o, x) => new LambdaLR(o, x as AnyOptions),
    },
    MultiplicativeLR: {
      kwargs: { lr_lambda: 'lrLambda', ...COMMON },
      build: (o, x) => new MultiplicativeLR(o, x as AnyOptions),
    },
    StepLR: {
      kwargs: { step_size: 'stepSize', gamma: 'gamma', ...COMMON },
      build: (o, x) => new StepLR(o, x as AnyOptions),
    },
    MultiStepLR: {
      kwargs: { milestones: 'milestones', gamma: 'gamma', ...COMMON },
      build: (o, x) => new MultiStepLR(o, x as AnyOptions),
    },
    ConstantLR: {
      kwargs: { factor: 'factor', total_iters: 'totalIters', ...COMMON },
      build: (o, x) => new ConstantLR(o, x as AnyOptions),
    },
    LinearLR: {
      kwargs: {
        start_factor: 'startFactor',
        end_factor: 'endFactor',
        total_iters: 'totalIters',
        ...COMMON,
      },
      build: (o, x) => new LinearLR(o, x as AnyOptions),
    },
    ExponentialLR: {
      kwargs: { gamma: 'gamma', ...COMMON },
      build: (o, x) => new ExponentialLR(o, x as AnyOptions),
    },
    PolynomialLR: {
      kwargs: { total_iters: 'totalIters', power: 'power', ...COMMON },
      build: (o, x) => new PolynomialLR(o, x as AnyOptions),
    },
    CosineAnnealingLR: {
      kwargs: { T_max: 'tMax', eta_min: 'etaMin', ...COMMON },
      build: (o, x) => new CosineAnnealingLR(o, x as AnyOptions),
    },
    SequentialLR: {
      kwargs: {
        schedulers: 'schedulers',
        milestones: 'milestones',
        last_epoch: 'lastEpoch',
        verbose: 'verbose',
      },
      build: (o, x, path) => {
        const { verbose: _verbose, ...options } = x;
        return new SequentialLR(o, {
          ...options,
          schedulers: children(o, x.schedulers, `${path}schedulers`),
        } as AnyOptions);
      },
    },
    ChainedScheduler: {
      kwargs: { schedulers: 'schedulers', optimizer: 'optimizer' },
      build: (o, x, path) =>
        new ChainedScheduler(o, { schedulers: children(o, x.schedulers, `${path}schedulers`) }),
    },
    ReduceLROnPlateau: {
      kwargs: {
        mode: 'mode',
        factor: 'factor',
        patience: 'patience',
        threshold: 'threshold',
        threshold_mode: 'thresholdMode',
        cooldown: 'cooldown',
        min_lr: 'minLr',
        eps: 'eps',
        verbose: 'verbose',
      },
      build: (o, x) => new ReduceLROnPlateau(o, x as AnyOptions),
    },
    CyclicLR: {
      kwargs: {
        base_lr: 'baseLr',
        max_lr: 'maxLr',
        step_size_up: 'stepSizeUp',
        step_size_down: 'stepSizeDown',
        mode: 'mode',
        gamma: 'gamma',
        scale_fn: 'scaleFn',
        scale_mode: 'scaleMode',
        cycle_momentum: 'cycleMomentum',
        base_momentum: 'baseMomentum',
        max_momentum: 'maxMomentum',
        ...COMMON,
      },
      build: (o, x) => new CyclicLR(o, x as AnyOptions),
    },
    OneCycleLR: {
      kwargs: {
        max_lr: 'maxLr',
        total_steps: 'totalSteps',
        epochs: 'epochs',
        steps_per_epoch: 'stepsPerEpoch',
        pct_start: 'pctStart',
        anneal_strategy: 'annealStrategy',
        cycle_momentum: 'cycleMomentum',
        base_momentum: 'baseMomentum',
        max_momentum: 'maxMomentum',
        div_factor: 'divFactor',
        final_div_factor: 'finalDivFactor',
        three_phase: 'threePhase',
        ...COMMON,
      },
      build: (o, x) => new OneCycleLR(o, x as AnyOptions),
    },
    CosineAnnealingWarmRestarts: {
      kwargs: { T_0: 't0', T_mult: 'tMult', eta_min: 'etaMin', ...COMMON },
      build: (o, x) => new CosineAnnealingWarmRestarts(o, x as AnyOptions),
    },
    ParamwiseScheduler: {
      kwargs: { schedulers: 'schedulers' },
      build: (o, x, path) => {
        const list = x.schedulers;
        if (!Array.isArray(list))
          invalid(
            'schedulers',
            list,
            'must be a list of { scheduler, kwargs }, one per param group',
          );
        return new ParamwiseScheduler(o, {
          schedulers: list.map(
            (entry, i) => (view: Optimizer) => fromTorchAt(view, entry, `${path}schedulers[${i}]`),
          ),
        });
      },
    },
    CosineAnnealingWarmupRestarts: {
      kwargs: {
        first_cycle_steps: 'firstCycleSteps',
        cycle_mult: 'cycleMult',
        max_lr: 'maxLr',
        min_lr: 'minLr',
        warmup_steps: 'warmupSteps',
        gamma: 'gamma',
        last_epoch: 'lastEpoch',
      },
      build: (o, x) => new CosineAnnealingWarmupRestarts(o, x as AnyOptions),
    },
    LinearAnnealingLR: {
      kwargs: {
        num_annealing_steps: 'annealingSteps',
        num_total_steps: 'totalSteps',
        last_epoch: 'lastEpoch',
      },
      build: (o, x) => new LinearAnnealingLR(o, x as AnyOptions),
    },
    SWALR: {
      // torch.optim.swa_utils.SWALR, the one PyTorch scheduler outside lr_scheduler.
      kwargs: {
        swa_lr: 'swaLr',
        anneal_epochs: 'annealEpochs',
        anneal_strategy: 'annealStrategy',
        last_epoch: 'lastEpoch',
      },
      build: (o, x) => new SWALR(o, x as AnyOptions),
    },
  };
}

function names(): readonly string[] {
  return Object.keys(torchSchedulers());
}

/** The PyTorch scheduler names `fromTorch` accepts. */
export const torchSchedulerNames: readonly string[] = /* @__PURE__ */ names();

/** The PyTorch keyword arguments `fromTorch` accepts for one scheduler, with their lrkit option names. */
export function torchKwargsOf(scheduler: string): Readonly<Record<string, string>> {
  const entry = ownEntry(torchSchedulers(), scheduler);
  if (!entry) invalid('scheduler', scheduler, `must be one of ${torchSchedulerNames.join(', ')}`);
  return entry.kwargs;
}

function children(optimizer: Optimizer, list: unknown, parameter: string): LRScheduler[] {
  if (!Array.isArray(list))
    invalid(parameter, list, 'must be a list of { scheduler, kwargs } entries or schedulers');
  return list.map((entry, i) => {
    if (LRScheduler.isInstance(entry)) return entry;
    const child = fromTorchAt(optimizer, entry, `${parameter}[${i}]`);
    if (!LRScheduler.isInstance(child)) {
      invalid(
        `${parameter}[${i}].scheduler`,
        (entry as TorchSchedulerConfig).scheduler,
        'cannot be nested here (PyTorch steps children without a metric)',
      );
    }
    return child;
  });
}

function fromTorchAt(optimizer: Optimizer, config: unknown, path: string): Scheduler {
  const prefix = path ? `${path}.` : '';
  if (!isPlainObject(config))
    invalid(path || 'config', config, 'must be an object { scheduler, kwargs }');
  const unknownTop = Object.keys(config).filter((k) => k !== 'scheduler' && k !== 'kwargs');
  if (unknownTop.length > 0) {
    invalid(
      `${prefix}${unknownTop[0]}`,
      config[unknownTop[0]!],
      "is not a config key; a config has 'scheduler' and 'kwargs'",
    );
  }
  const name = config.scheduler;
  const entry = ownEntry(torchSchedulers(), name);
  if (!entry)
    invalid(`${prefix}scheduler`, name, `must be one of ${torchSchedulerNames.join(', ')}`);
  const kwargs = config.kwargs ?? {};
  if (!isPlainObject(kwargs))
    invalid(`${prefix}kwargs`, kwargs, 'must be an object of keyword arguments');
  const options: Options = {};
  for (const [key, value] of Object.entries(kwargs)) {
    const option = ownEntry(entry.kwargs, key);
    if (option === undefined) {
      invalid(
        `${prefix}kwargs.${key}`,
        value,
        `is not a keyword argument of ${name as string}; valid ones are ${Object.keys(entry.kwargs).join(', ')}`,
      );
    }
    // Python's None means "use the default".
    if (value !== null && option !== 'optimizer') options[option] = value;
  }
  try {
    return entry.build(optimizer, options, `${prefix}kwargs.`);
  } catch (error) {
    throw inTorchTerms(error, entry, `${prefix}kwargs.`);
  }
}

/** Errors already renamed to PyTorch's keywords (by a nested entry), passed through as they are. */
const renamed = new WeakSet<object>();

/** Renames an error's lrkit option (`tMax[0]`) to the PyTorch keyword path (`kwargs.T_max[0]`). */
function inTorchTerms(error: unknown, entry: TorchEntry, kwargsPath: string): unknown {
  if (!(error instanceof InvalidArgumentError) || renamed.has(error)) return error;
  const match = /^([A-Za-z0-9]+)(.*)$/s.exec(error.parameter);
  const torchName = match
    ? Object.keys(entry.kwargs).find((k) => entry.kwargs[k] === match[1])
    : undefined;
  if (!match || torchName === undefined) return error;
  const torchError = new InvalidArgumentError({
    parameter: `${kwargsPath}${torchName}${match[2]}`,
    value: error.value,
    expected: error.expected,
    cause: error,
  });
  renamed.add(torchError);
  return torchError;
}

/**
 * Builds a scheduler from a PyTorch configuration, so a Python config ports verbatim:
 * `fromTorch(optimizer, { scheduler: 'CosineAnnealingLR', kwargs: { T_max: 100, eta_min: 0.001 } })`.
 * Unknown names and keywords are errors that list the valid ones.
 */
export function fromTorch(optimizer: Optimizer, config: TorchSchedulerConfig): Scheduler {
  validateOptimizer(optimizer);
  checkNesting(config, 'config');
  // Nested children are built (and step the groups) before their parent checks its own
  // kwargs: a rejected config leaves the groups as they were.
  return withGroupsRollback(optimizer, () => fromTorchAt(optimizer, config, ''));
}
