import type { Optimizer, Scheduler } from '@lrkit/core';

/** The value of one control: what the user typed, already parsed. */
export type OptionValue = number | string | boolean | number[];
export type OptionValues = Record<string, OptionValue>;

/** One control on a gallery page, bound to one option of the schedule. */
export interface OptionControl {
  /** The lrkit option name (camelCase), or a gallery-only knob such as `preset`. */
  key: string;
  kind: 'number' | 'integer' | 'select' | 'boolean' | 'integers' | 'numbers';
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
  /** Where it comes from: a PyTorch scheduler, another library's scheduler, a closed form, a preset. */
  family: Family;
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
  /**
   * The JSON spec of the schedule (`{ version: 1, type, ... }`), when it has one: the chart is
   * then `preview(spec)`. Schedules with function options (LambdaLR) have none and use `build`.
   */
  spec?: (values: OptionValues, groups: number) => SpecJson;
  /** Built on an optimizer of plain param groups, for schedules without a spec. */
  build?: (optimizer: Optimizer, values: OptionValues) => Scheduler;
  /** The argument of `step()` at a step (a metric for plateau schedulers). */
  stepArg?: (step: number, values: OptionValues) => number;
  /** What the curve is, when not the lr (a scheduled group field): the y axis and legend say it. */
  valueLabel?: string;
  /** The paper the schedule comes from (its real title and arXiv address), when it has one. */
  paper?: Paper;
  /** A second schedule drawn under the chart (the lr a field schedule steps beside). */
  companion?: { label: string; spec: (values: OptionValues) => SpecJson };
}

export type Family =
  | 'torch'
  | 'library'
  | 'closed-form'
  | 'huggingface'
  | 'timm'
  | 'keras'
  | 'optax'
  | 'deepspeed'
  | 'megatron';

/** Section titles of the gallery, in order. */
export const FAMILY_TITLES: Readonly<Record<Family, string>> = {
  torch: 'PyTorch schedulers',
  library: 'Other schedulers',
  'closed-form': 'Closed-form schedules',
  huggingface: 'HuggingFace transformers presets',
  timm: 'timm presets',
  keras: 'Keras presets',
  optax: 'optax presets',
  deepspeed: 'DeepSpeed schedulers',
  megatron: 'Megatron-Core and torchtitan',
};

/** A paper a schedule comes from. */
export interface Paper {
  title: string;
  url: string;
}

/** A spec as plain JSON. */
export type SpecJson = { version: 1; type: string; [field: string]: unknown };

/** What a chart computed: lr (and momentum) per group, one value per step. */
export interface Curve {
  steps: number[];
  lr: number[][];
  momentum: number[][] | null;
  /** The metric fed to `step(metric)`, for plateau schedules. */
  metric: number[] | null;
}
