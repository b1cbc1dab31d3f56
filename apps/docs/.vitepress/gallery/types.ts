import type { Optimizer, Scheduler } from '@lrkit/core';

/** The value of one control: what the user typed, already parsed. */
export type OptionValue = number | string | boolean | number[];
export type OptionValues = Record<string, OptionValue>;

/** One control on a gallery page, bound to one option of the schedule. */
export interface OptionControl {
  /** The lrkit option name (camelCase), or a gallery-only knob such as `preset`. */
  key: string;
  kind: 'number' | 'integer' | 'select' | 'boolean' | 'integers';
  default: OptionValue;
  min?: number;
  max?: number;
  step?: number;
  choices?: readonly string[];
  /** One line: what the option does. */
  help: string;
}

/** A schedule shown in the gallery: how to build it from the controls' values. */
export interface GalleryEntry {
  /** URL slug: /gallery/<slug>. */
  slug: string;
  /** The class (or spec type) name. */
  name: string;
  /** 'torch': a PyTorch scheduler; 'library': a scheduler from another library. */
  family: 'torch' | 'library' | 'closed-form';
  summary: string;
  /** TeX of the rule, rendered at build time. */
  formula: string;
  /** The import or spec the page shows under the chart; `{options}` is replaced by the values. */
  usage: (values: OptionValues) => string;
  options: readonly OptionControl[];
  /** Default number of steps plotted. */
  steps: number;
  /** Set when the schedule has a fixed length (OneCycleLR): the plot shows exactly that many steps. */
  fixedSteps?: (values: OptionValues) => number;
  /** Default base lr of each param group. */
  baseLrs: readonly number[];
  /** Set when the schedule writes momentum (the groups then start with momentum 0.9). */
  cyclesMomentum?: (values: OptionValues) => boolean;
  /** Built on an optimizer of plain param groups; stepped once per plotted step. */
  build: (optimizer: Optimizer, values: OptionValues) => Scheduler;
  /** The argument of `step()` at a step (a metric for plateau schedulers). */
  stepArg?: (step: number, values: OptionValues) => number;
}

/** What a chart computed: lr (and momentum) per group, one value per step. */
export interface Curve {
  steps: number[];
  lr: number[][];
  momentum: number[][] | null;
  /** The metric fed to `step(metric)`, for plateau schedules. */
  metric: number[] | null;
}
