import * as core from '@lrkit/core';
import {
  fromTorch,
  type Optimizer,
  type ParamGroup,
  type Scheduler,
  type TorchSchedulerConfig,
  torchKwargsOf,
  torchSchedulerNames,
} from '@lrkit/core';
import { interopBuilderOf } from './interop-builders';

type Values = Record<string, unknown>;
type Build = (optimizer: Optimizer) => Scheduler;

/** lrkit option names → PyTorch keywords, from fromTorch's own table; null if one has none. */
function torchKwargs(scheduler: string, values: Values): Record<string, unknown> | null {
  if (!torchSchedulerNames.includes(scheduler)) return null;
  const byOption = Object.fromEntries(
    Object.entries(torchKwargsOf(scheduler)).map(([kwarg, option]) => [option, kwarg]),
  );
  const entries = Object.entries(values).map(([option, value]) => [byOption[option], value]);
  return entries.every(([kwarg]) => kwarg) ? Object.fromEntries(entries) : null;
}

/** The lrkit class of that name, built with the page's values as its options object. */
function construct(name: string, values: Values): Build | null {
  const Class = (core as unknown as Record<string, new (o: Optimizer, v: Values) => Scheduler>)[
    name
  ];
  return Class ? (optimizer) => new Class(optimizer, values) : null;
}

/** The gallery's LambdaLR presets, written out again so the test does not trust the page's code. */
function lambdaOf(preset: string, w: number, total: number): (t: number) => number {
  if (preset === 'inverse-sqrt') return (t) => Math.min((t + 1) / w, (w / (t + 1)) ** 0.5);
  if (preset === 'exponential') return (t) => 0.97 ** t;
  return (t) => (t < w ? t / w : Math.max(0, (total - t) / (total - w)));
}

/**
 * How to build what a gallery page stands for from its option values alone: its PyTorch
 * configuration through `fromTorch` where it has one, else the class with the values as options;
 * null for closed forms (checked through their spec instead).
 */
export function builderOf(slug: string, name: string, v: Values, groups: number): Build | null {
  const imported = interopBuilderOf(slug, v);
  if (imported) return imported;
  const config = torchConfigOf(slug, name, v, groups);
  return config ? (optimizer) => fromTorch(optimizer, config) : construct(name, v);
}

function torchConfigOf(
  slug: string,
  name: string,
  v: Values,
  groups: number,
): TorchSchedulerConfig | null {
  switch (slug) {
    case 'lambda-lr':
      return {
        scheduler: name,
        kwargs: {
          lr_lambda: lambdaOf(v.preset as string, v.warmupSteps as number, v.totalSteps as number),
        },
      };
    case 'multiplicative-lr':
      return {
        scheduler: name,
        kwargs: {
          lr_lambda: (t: number) => (t % (v.every as number) === 0 ? (v.factor as number) : 1),
        },
      };
    case 'sequential-lr':
      return {
        scheduler: name,
        kwargs: {
          schedulers: [
            {
              scheduler: 'LinearLR',
              kwargs: { start_factor: v.startFactor, total_iters: v.warmupSteps },
            },
            { scheduler: 'CosineAnnealingLR', kwargs: { T_max: v.tMax, eta_min: v.etaMin } },
          ],
          milestones: [v.warmupSteps],
        },
      };
    case 'chained-scheduler':
      return {
        scheduler: name,
        kwargs: {
          schedulers: [
            { scheduler: 'ConstantLR', kwargs: { factor: v.factor, total_iters: v.totalIters } },
            { scheduler: 'ExponentialLR', kwargs: { gamma: v.gamma } },
          ],
        },
      };
    case 'paramwise-scheduler':
      return {
        scheduler: name,
        kwargs: {
          schedulers: Array.from({ length: groups }, (_, g) =>
            g % 2 === 0
              ? { scheduler: 'CosineAnnealingLR', kwargs: { T_max: v.tMax } }
              : { scheduler: 'StepLR', kwargs: { step_size: v.stepSize, gamma: v.gamma } },
          ),
        },
      };
    default: {
      const kwargs = torchKwargs(name, v);
      return kwargs ? { scheduler: name, kwargs } : null;
    }
  }
}

export interface ExpectedCurve {
  lr: number[][];
  momentum: number[][] | null;
}

/**
 * Steps the scheduler in Node: the lr after construction, then after each of
 * `steps - 1` steps (fed `metrics[t - 1]` when given), per group.
 */
export function expectedCurve(
  build: Build,
  baseLrs: readonly number[],
  steps: number,
  options: { momentum: boolean; metrics: readonly number[] | null },
): ExpectedCurve {
  const paramGroups: ParamGroup[] = baseLrs.map((lr) =>
    options.momentum ? { lr, momentum: 0.9 } : { lr },
  );
  const scheduler = build({ paramGroups });
  const lr = baseLrs.map(() => [] as number[]);
  const momentum = options.momentum ? baseLrs.map(() => [] as number[]) : null;
  const record = (): void =>
    paramGroups.forEach((group, g) => {
      lr[g]!.push(group.lr);
      momentum?.[g]?.push(group.momentum as number);
    });
  record();
  for (let t = 1; t < steps; t++) {
    scheduler.step(options.metrics ? options.metrics[t - 1] : undefined);
    record();
  }
  return { lr, momentum };
}

/**
 * A closed-form spec evaluated step by step with `scheduleFromSpec(spec).lrAt(t)`, scaled by the
 * group's base lr for the transformers presets (multipliers): a second path besides `preview`.
 */
export function closedFormCurve(
  spec: Values,
  baseLrs: readonly number[],
  steps: number,
): number[][] | null {
  if (!core.isScheduleType(spec.type as string)) return null;
  const { version: _version, ...body } = spec;
  const schedule = core.scheduleFromSpec(body);
  // transformers' presets and torchtitan's schedule are LambdaLR multipliers (core's defaultScaleOf).
  const multiplier = (spec.type as string).startsWith('hf-') || spec.type === 'torchtitan';
  return baseLrs.map((baseLr) =>
    Array.from({ length: steps }, (_, t) => (multiplier ? baseLr : 1) * schedule.lrAt(t)),
  );
}
