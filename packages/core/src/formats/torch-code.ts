import { invalid, isPlainObject } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { isScheduleType } from '../schedules/registry';
import { defaultScaleOf } from '../spec/closed-form';
import { fromSpec } from '../spec/from-spec';
import { checkJson, joinPath } from '../spec/spec-json';
import { helperSource } from './torch-code-helpers';
import { own, pathLabel, pyLiteral, pyNumber } from './torch-code-python';
import { type ClosedFormContext, emitClosedForm } from './torch-code-schedules';

/** Options of {@link toTorchCode}. */
export interface TorchCodeOptions {
  /** Name of the generated Python function. Default 'build_scheduler'. */
  functionName?: string;
}

type Spec = Record<string, unknown>;

/** PyTorch's keyword argument of each lrkit option, per torch.optim.lr_scheduler class. */
const TORCH_KWARGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  StepLR: { stepSize: 'step_size', gamma: 'gamma' },
  MultiStepLR: { milestones: 'milestones', gamma: 'gamma' },
  ConstantLR: { factor: 'factor', totalIters: 'total_iters' },
  LinearLR: { startFactor: 'start_factor', endFactor: 'end_factor', totalIters: 'total_iters' },
  ExponentialLR: { gamma: 'gamma' },
  PolynomialLR: { totalIters: 'total_iters', power: 'power' },
  CosineAnnealingLR: { tMax: 'T_max', etaMin: 'eta_min' },
  CosineAnnealingWarmRestarts: { t0: 'T_0', tMult: 'T_mult', etaMin: 'eta_min' },
  ReduceLROnPlateau: {
    mode: 'mode',
    factor: 'factor',
    patience: 'patience',
    threshold: 'threshold',
    thresholdMode: 'threshold_mode',
    cooldown: 'cooldown',
    minLr: 'min_lr',
    eps: 'eps',
  },
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
  SWALR: { swaLr: 'swa_lr', annealEpochs: 'anneal_epochs', annealStrategy: 'anneal_strategy' },
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

/** lrkit's own schedulers, written as LambdaLR or a small class; the rest are PyTorch's. */
const LRKIT_TYPES = [
  'ScheduleLR',
  'LinearAnnealingLR',
  'CosineAnnealingWarmupRestarts',
  'SequentialLR',
  'ChainedScheduler',
  'ParamwiseScheduler',
];

/** Every stateful spec type toTorchCode writes (closed-form types are all written). */
export const torchCodeSchedulerTypes: readonly string[] = [
  ...Object.keys(TORCH_KWARGS),
  ...LRKIT_TYPES,
];

interface Context extends ClosedFormContext {
  /** Python helpers outside the closed forms (absolute_lambdas, group_view, ...). */
  readonly support: Set<string>;
}

const SUPPORT: Readonly<Record<string, string>> = {
  absolute_lambdas: `
def absolute_lambdas(optimizer, curves):
    """LambdaLR sets lr = base_lr * lambda(step), where base_lr is the group's initial_lr. An
    absolute lrkit schedule is divided by that base lr, so the product is the schedule's lr."""
    bases = [group.get("initial_lr", group["lr"]) for group in optimizer.param_groups]
    def absolute(curve, base_lr):
        if base_lr == 0:
            raise ValueError("an absolute lr schedule needs a param group lr other than 0")
        return lambda step: curve(step) / base_lr
    return [absolute(curve, base) for curve, base in zip(curves, bases)]
`,
  per_group: `
def per_group(value, optimizer):
    """One value for every param group, or the list of one value per group."""
    return list(value) if isinstance(value, list) else [value] * len(optimizer.param_groups)
`,
  linear_annealing: `
def linear_annealing(annealing_steps, total_steps):
    """lrkit's LinearAnnealingLR factor: (step + 1) / annealing_steps up, then linearly to 0."""
    def factor(step):
        if step < annealing_steps:
            return (step + 1) / annealing_steps
        return max(0, (total_steps - step - 1) / (total_steps - annealing_steps))
    return factor
`,
  paramwise: `
def group_view(optimizer, index):
    """A one-group view of the optimizer: same class and defaults, whose only param group is the
    optimizer's group \`index\` itself (the same dict), so a scheduler built on it drives that group."""
    view = object.__new__(type(optimizer))
    view.__dict__.update(optimizer.__dict__)
    view.param_groups = [optimizer.param_groups[index]]
    return view


def takes_metric(scheduler):
    if isinstance(scheduler, ParamwiseScheduler):
        return any(takes_metric(child) for child in scheduler.schedulers)
    return isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau)


class ParamwiseScheduler:
    """lrkit's ParamwiseScheduler: one scheduler per param group; step() steps each of them
    (the metric goes to the metric-driven ones only)."""

    def __init__(self, optimizer, schedulers):
        self.optimizer = optimizer
        self.schedulers = schedulers

    def step(self, metric=None):
        for scheduler in self.schedulers:
            if takes_metric(scheduler):
                scheduler.step(metric)
            else:
                scheduler.step()

    def get_last_lr(self):
        return [group["lr"] for group in self.optimizer.param_groups]

    def state_dict(self):
        return {"schedulers": [scheduler.state_dict() for scheduler in self.schedulers]}

    def load_state_dict(self, state):
        for scheduler, saved in zip(self.schedulers, state["schedulers"]):
            scheduler.load_state_dict(saved)
`,
};

function name(ctx: Context): string {
  return `scheduler_${ctx.counter.next++}`;
}

/** Refuses a resume (lastEpoch ≠ -1): the generated code builds fresh schedulers. */
function checkFresh(spec: Spec, path: string): void {
  if (spec.lastEpoch !== undefined && spec.lastEpoch !== -1) {
    invalid(
      joinPath(path, 'lastEpoch'),
      spec.lastEpoch,
      'must be -1 or absent: toTorchCode builds a fresh scheduler (load a state_dict in PyTorch to resume)',
    );
  }
}

function kwargs(spec: Spec, table: Readonly<Record<string, string>>, path: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'type' || key === 'version' || key === 'lastEpoch' || value === undefined) continue;
    // verbose only prints (and is deprecated in PyTorch 2.2): the lrs do not depend on it.
    if (key === 'verbose') continue;
    const torchName = own(table, key);
    if (torchName === undefined) {
      invalid(joinPath(path, key), value, `has no PyTorch counterpart in ${String(spec.type)}`);
    }
    out.push(`${torchName}=${pyLiteral(value, joinPath(path, key))}`);
  }
  return out;
}

/** Where PyTorch keeps a class: torch.optim.lr_scheduler, or swa_utils for SWALR. */
function qualified(className: string): string {
  const module = className === 'SWALR' ? 'swa_utils' : 'lr_scheduler';
  return `torch.optim.${module}.${className}`;
}

function torchCall(className: string, optimizer: string, args: readonly string[]): string {
  const all = [optimizer, ...args];
  const flat = `${qualified(className)}(${all.join(', ')})`;
  if (flat.length <= 90) return flat;
  const indented = all.map((arg) => arg.replaceAll('\n', '\n    '));
  return `${qualified(className)}(\n    ${indented.join(',\n    ')},\n)`;
}

function assign(ctx: Context, path: string, what: string, code: string): string {
  const variable = name(ctx);
  ctx.lines.push(`# ${pathLabel(path)}: ${what}`);
  ctx.lines.push(...`${variable} = ${code}`.split('\n'));
  return variable;
}

/** ScheduleLR (and a bare closed form): LambdaLR with one generated function per group. */
function emitScheduleLR(
  schedule: unknown,
  scale: string,
  path: string,
  optimizer: string,
  ctx: Context,
  schedulePath: string,
): string {
  const curves = Array.isArray(schedule)
    ? `[${schedule.map((s, i) => emitClosedForm(s, `${schedulePath}[${i}]`, ctx)).join(', ')}]`
    : `[${emitClosedForm(schedule, schedulePath, ctx)}] * len(${optimizer}.param_groups)`;
  let lambdas = curves;
  if (scale === 'absolute') {
    ctx.support.add('absolute_lambdas');
    lambdas = `absolute_lambdas(${optimizer}, ${curves})`;
  }
  const what = `ScheduleLR (${scale} values) as LambdaLR`;
  return assign(ctx, path, what, torchCall('LambdaLR', optimizer, [`lr_lambda=${lambdas}`]));
}

function emitWarmupRestarts(spec: Spec, path: string, optimizer: string, ctx: Context): string {
  ctx.helpers.add('cosine_warmup_restarts');
  ctx.support.add('absolute_lambdas');
  ctx.support.add('per_group');
  const num = (key: string, fallback: number) =>
    pyNumber((spec[key] as number | undefined) ?? fallback, joinPath(path, key));
  const lrs = (key: string, fallback: number) =>
    pyLiteral(spec[key] ?? fallback, joinPath(path, key));
  const curves =
    `[\n    cosine_warmup_restarts(${num('firstCycleSteps', 0)}, ${num('cycleMult', 1)}, max_lr, min_lr, ` +
    `${num('warmupSteps', 0)}, ${num('gamma', 1)}, ${spec.warmupFirstCycleOnly === true ? 'True' : 'False'})\n` +
    `    for max_lr, min_lr in zip(per_group(${lrs('maxLr', 0.1)}, ${optimizer}), per_group(${lrs('minLr', 0.001)}, ${optimizer}))\n]`;
  return assign(
    ctx,
    path,
    'CosineAnnealingWarmupRestarts (closed form) as LambdaLR',
    torchCall('LambdaLR', optimizer, [`lr_lambda=absolute_lambdas(${optimizer}, ${curves})`]),
  );
}

function emitChildren(spec: Spec, path: string, optimizer: string, ctx: Context): string[] {
  const children = spec.schedulers as unknown[];
  return children.map((child, i) =>
    emitScheduler(child, joinPath(path, `schedulers[${i}]`), optimizer, ctx),
  );
}

function emitComposite(spec: Spec, path: string, optimizer: string, ctx: Context): string {
  const type = spec.type as string;
  if (type === 'ParamwiseScheduler') {
    ctx.support.add('paramwise');
    const children = (spec.schedulers as unknown[]).map((child, i) => {
      const view = `group_view(${optimizer}, ${i})`;
      const viewName = `group_${ctx.counter.next++}`;
      ctx.lines.push(`# ${joinPath(path, `schedulers[${i}]`)}: param group ${i} alone`);
      ctx.lines.push(`${viewName} = ${view}`);
      return emitScheduler(child, joinPath(path, `schedulers[${i}]`), viewName, ctx);
    });
    const code = `ParamwiseScheduler(${optimizer}, [${children.join(', ')}])`;
    return assign(ctx, path, 'ParamwiseScheduler (one scheduler per group)', code);
  }
  const children = emitChildren(spec, path, optimizer, ctx);
  if (type === 'ChainedScheduler') {
    // Positional only: PyTorch 2.x added an optional optimizer argument after it.
    return assign(
      ctx,
      path,
      'ChainedScheduler',
      `torch.optim.lr_scheduler.ChainedScheduler([${children.join(', ')}])`,
    );
  }
  const milestones = pyLiteral(spec.milestones, joinPath(path, 'milestones'));
  return assign(
    ctx,
    path,
    'SequentialLR',
    torchCall('SequentialLR', optimizer, [
      `schedulers=[${children.join(', ')}]`,
      `milestones=${milestones}`,
    ]),
  );
}

function emitScheduler(value: unknown, path: string, optimizer: string, ctx: Context): string {
  const spec = value as Spec;
  const type = spec.type as string;
  if (isScheduleType(type)) {
    const { version: _version, ...body } = spec;
    return emitScheduleLR(body, defaultScaleOf(type), path, optimizer, ctx, path);
  }
  if (type === 'SequentialLR' || type === 'ChainedScheduler' || type === 'ParamwiseScheduler') {
    return emitComposite(spec, path, optimizer, ctx);
  }
  if (type === 'ScheduleLR') {
    const at = joinPath(path, 'schedule');
    return emitScheduleLR(spec.schedule, spec.scale as string, path, optimizer, ctx, at);
  }
  if (type === 'LinearAnnealingLR') {
    ctx.support.add('linear_annealing');
    const steps = pyNumber(spec.annealingSteps as number, joinPath(path, 'annealingSteps'));
    const total = pyNumber(spec.totalSteps as number, joinPath(path, 'totalSteps'));
    const code = torchCall('LambdaLR', optimizer, [
      `lr_lambda=linear_annealing(${steps}, ${total})`,
    ]);
    return assign(ctx, path, 'LinearAnnealingLR as LambdaLR', code);
  }
  if (type === 'CosineAnnealingWarmupRestarts')
    return emitWarmupRestarts(spec, path, optimizer, ctx);
  const table = own(TORCH_KWARGS, type);
  if (!table) {
    invalid(
      joinPath(path, 'type'),
      type,
      `has no PyTorch code generator: toTorchCode writes ${torchCodeSchedulerTypes.join(', ')} and every closed-form type`,
    );
  }
  return assign(ctx, path, type, torchCall(type, optimizer, kwargs(spec, table, path)));
}

/** Function fields make a spec invalid for fromSpec; name them as what toTorchCode refuses. */
const FUNCTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  LambdaLR: ['lrLambda'],
  MultiplicativeLR: ['lrLambda'],
  CyclicLR: ['scaleFn'],
};

/** The param groups a spec implies (ParamwiseScheduler children, per-group lists); default 1. */
function groupCount(value: unknown): number {
  if (Array.isArray(value)) return Math.max(1, ...value.map(groupCount));
  if (!isPlainObject(value)) return 1;
  let count = 1;
  for (const [key, field] of Object.entries(value)) {
    if (!Array.isArray(field)) continue;
    const perGroup =
      (key === 'schedulers' && value.type === 'ParamwiseScheduler') ||
      (key === 'schedule' && value.type === 'ScheduleLR') ||
      ['baseLr', 'maxLr', 'minLr', 'baseMomentum', 'maxMomentum', 'swaLr'].includes(key);
    if (perGroup) count = Math.max(count, field.length);
    if (key === 'schedulers') count = Math.max(count, groupCount(field));
  }
  return count;
}

/** A copy without `verbose: true`, so that validating on the probe prints nothing. */
function quiet(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(quiet);
  if (!isPlainObject(value)) return value;
  const out: Spec = {};
  for (const [key, field] of Object.entries(value)) {
    if (key !== 'verbose') out[key] = quiet(field);
  }
  return out;
}

function checkSpec(spec: unknown): Spec {
  checkJson(spec, '');
  if (!isPlainObject(spec))
    invalid('spec', spec, 'must be a spec object { version: 1, type, ... }');
  if (spec.version !== 1) {
    invalid('version', spec.version, 'must be 1 (the spec format version, at the top level)');
  }
  refuseUnexportable(spec, '');
  // lrkit's own validation (with paths) on a throwaway optimizer: what it rejects is not exported.
  const groups = groupCount(spec);
  const probe: Optimizer = {
    paramGroups: Array.from({ length: groups }, () => ({ lr: 0.1, momentum: 0.9 })),
  };
  fromSpec(probe, quiet(spec));
  return spec;
}

/**
 * Refuses, before lrkit's validation, what has no exact PyTorch code: function fields, resumes
 * (lastEpoch), CosineAnnealingWarmupRestarts inside SequentialLR.
 */
function refuseUnexportable(spec: Spec, path: string): void {
  const type = typeof spec.type === 'string' ? spec.type : '';
  for (const key of own(FUNCTION_FIELDS, type) ?? []) {
    if (type === 'CyclicLR' && spec[key] === undefined) continue;
    invalid(
      joinPath(path, key),
      spec[key],
      `is a function field of ${type}: a spec cannot hold code, so it has no exact PyTorch code (describe the curve with a closed-form schedule)`,
    );
  }
  if (!isScheduleType(type)) checkFresh(spec, path);
  if (!Array.isArray(spec.schedulers)) return;
  spec.schedulers.forEach((child, i) => {
    if (!isPlainObject(child)) return;
    const at = joinPath(path, `schedulers[${i}]`);
    if (type === 'SequentialLR' && child.type === 'CosineAnnealingWarmupRestarts') {
      invalid(
        joinPath(at, 'type'),
        child.type,
        'cannot be exported inside SequentialLR: restarted by SequentialLR, its stepped state leaves its closed form',
      );
    }
    refuseUnexportable(child, at);
  });
}

/**
 * A self-contained Python program defining `build_scheduler(optimizer)`, which returns a
 * PyTorch scheduler that reproduces `preview(spec)` when stepped once per step (with the
 * metric for ReduceLROnPlateau): PyTorch's own classes with the spec's arguments where they
 * exist, `LambdaLR` with lrkit's closed form written out otherwise (warmups, joins, restarts,
 * the HF, timm, Keras and optax presets, seeded noise), and a small class for
 * ParamwiseScheduler. Runs on PyTorch 1.13 and 2.x.
 *
 * What cannot be written exactly is refused with an InvalidArgumentError naming the path into
 * the spec: a function field (LambdaLR's lrLambda, CyclicLR's scaleFn), a resume (lastEpoch),
 * a type without a generator.
 *
 * @example
 * const code = toTorchCode({ version: 1, type: 'StepLR', stepSize: 30, gamma: 0.1 });
 * // def build_scheduler(optimizer): ... torch.optim.lr_scheduler.StepLR(optimizer, step_size=30, gamma=0.1)
 */
export function toTorchCode(spec: unknown, options: TorchCodeOptions = {}): string {
  if (!isPlainObject(options)) invalid('options', options, 'must be an object { functionName }');
  const functionName = options.functionName ?? 'build_scheduler';
  if (typeof functionName !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(functionName)) {
    invalid('functionName', functionName, 'must be a Python identifier');
  }
  const checked = checkSpec(spec);
  const ctx: Context = { helpers: new Set(), support: new Set(), lines: [], counter: { next: 1 } };
  const root = emitScheduler(checked, '', 'optimizer', ctx);
  return program(checked, functionName, root, ctx);
}

function program(spec: Spec, functionName: string, root: string, ctx: Context): string {
  const helpers = helperSource(ctx.helpers);
  const support = [...ctx.support].map((key) => SUPPORT[key]!.trim()).join('\n\n\n');
  const specLines = JSON.stringify(spec, null, 2)
    .split('\n')
    .map((line) => `#   ${line}`);
  const body = ctx.lines.map((line) => (line === '' ? '' : `    ${line}`));
  return [
    '# Generated by lrkit toTorchCode from the spec:',
    ...specLines,
    '# Step the scheduler once per optimizer step (scheduler.step(metric) for ReduceLROnPlateau):',
    "# the lr of every param group then equals lrkit's preview of the spec at every step.",
    '# Runs on PyTorch 1.13 and later; only the standard library and torch are imported.',
    'import bisect',
    'import math',
    '',
    'import torch',
    ...(helpers ? ['', '', helpers] : []),
    ...(support ? ['', '', support] : []),
    '',
    '',
    `def ${functionName}(optimizer):`,
    `    """The scheduler of the spec above, built on \`optimizer\` (a torch.optim.Optimizer)."""`,
    ...body,
    `    return ${root}`,
    '',
  ].join('\n');
}
