import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { boolean, invalid, isPlainObject, oneOf, positiveInteger } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import type { RunnerEntry } from '../runner/scheduler-runner';
import type { Scheduler } from '../scheduler';
import { fromTorch, type TorchSchedulerConfig } from '../torch/from-torch';
import { TORCH_LR_SCHEDULER_NAMES } from './torch-names';

/** A LightningCLI (jsonargparse) scheduler: `{ class_path, init_args }`. */
export interface LightningSchedulerConfig {
  class_path: string;
  init_args?: Record<string, unknown>;
}

/** A Hydra config: `{ _target_: 'torch.optim.lr_scheduler.StepLR', step_size: 10, ... }`. */
export interface HydraSchedulerConfig {
  _target_: string;
  [argument: string]: unknown;
}

/** Lightning's lr scheduler config dict, as `configure_optimizers` returns it. */
export interface LightningSchedulerDict {
  scheduler: Scheduler | LightningSchedulerConfig | HydraSchedulerConfig;
  interval?: 'step' | 'epoch';
  frequency?: number;
  monitor?: string | null;
  strict?: boolean;
  name?: string | null;
  /** Set by Lightning itself; accepted and not needed (lrkit knows metric-driven schedulers). */
  reduce_on_plateau?: boolean;
  opt_idx?: number | null;
}

const TORCH_NAMES = TORCH_LR_SCHEDULER_NAMES;

/** LightningCLI's ReduceLROnPlateau takes the monitored metric as an argument. */
const CLI_PLATEAU = [
  'lightning.pytorch.cli.ReduceLROnPlateau',
  'pytorch_lightning.cli.ReduceLROnPlateau',
];

interface Resolved {
  config: TorchSchedulerConfig;
  /** The `monitor` argument of LightningCLI's ReduceLROnPlateau. */
  monitor?: string;
}

/** The torch class a dotted path (or LightningCLI's bare class name) names. */
function torchClassOf(path: string, parameter: string): { name: string; cliPlateau: boolean } {
  if (CLI_PLATEAU.includes(path)) return { name: 'ReduceLROnPlateau', cliPlateau: true };
  if (path === 'torch.optim.swa_utils.SWALR' || path === 'SWALR')
    return { name: 'SWALR', cliPlateau: false };
  const name = path.startsWith('torch.optim.lr_scheduler.') ? path.slice(25) : path;
  if (!TORCH_NAMES.includes(name)) {
    invalid(
      parameter,
      path,
      `must be a torch.optim.lr_scheduler class (${TORCH_NAMES.join(', ')}), torch.optim.swa_utils.SWALR or lightning.pytorch.cli.ReduceLROnPlateau`,
    );
  }
  return { name, cliPlateau: false };
}

type Style = 'lightning' | 'hydra';
const HYDRA_KEYS = ['_partial_', '_recursive_', '_convert_'];

/** Splits a node into its class path and its keyword arguments, in the node's own style. */
function parts(node: Record<string, unknown>, path: string, style: Style) {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (style === 'lightning') {
    const extra = Object.keys(node).find(
      (k) => k !== 'class_path' && k !== 'init_args' && k !== 'dict_kwargs',
    );
    if (extra !== undefined)
      invalid(at(extra), node[extra], 'is not a key of { class_path, init_args }');
    const args = node.init_args ?? {};
    if (!isPlainObject(args)) invalid(at('init_args'), args, 'must be an object of arguments');
    const dict = node.dict_kwargs ?? {};
    if (!isPlainObject(dict)) invalid(at('dict_kwargs'), dict, 'must be an object of arguments');
    return { target: node.class_path, targetKey: at('class_path'), args: { ...args, ...dict } };
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '_target_') continue;
    if (HYDRA_KEYS.includes(key)) {
      if (key === '_partial_' || key === '_recursive_') boolean(at(key), value);
      continue;
    }
    if (key === '_args_')
      invalid(at(key), value, 'is not supported: pass the scheduler arguments by name');
    args[key] = value;
  }
  return { target: node._target_, targetKey: at('_target_'), args };
}

function resolve(node: unknown, path: string, style: Style): Resolved {
  const shape =
    style === 'lightning'
      ? '{ class_path, init_args }'
      : "{ _target_: 'torch.optim.lr_scheduler.X', ... }";
  if (!isPlainObject(node)) invalid(path || 'config', node, `must be an object ${shape}`);
  const { target, targetKey, args } = parts(node, path, style);
  if (typeof target !== 'string') invalid(targetKey, target, 'must be a dotted class path');
  const { name, cliPlateau } = torchClassOf(target, targetKey);
  const kwargs: Record<string, unknown> = {};
  let monitor: string | undefined;
  const argsPath = style === 'lightning' ? `${path ? `${path}.` : ''}init_args` : path;
  for (const [key, value] of Object.entries(args)) {
    // The optimizer is bound by the caller, as LightningCLI and hydra's partial do.
    if (key === 'optimizer') continue;
    if (cliPlateau && key === 'monitor') {
      if (typeof value !== 'string' || value.length === 0) {
        invalid(argsPath ? `${argsPath}.monitor` : 'monitor', value, 'must be a metric name');
      }
      monitor = value;
      continue;
    }
    if (key === 'schedulers' && Array.isArray(value)) {
      const at = argsPath ? `${argsPath}.schedulers` : 'schedulers';
      kwargs.schedulers = value.map((child, i) => resolve(child, `${at}[${i}]`, style).config);
      continue;
    }
    kwargs[key] = value;
  }
  if (cliPlateau && monitor === undefined) {
    invalid(
      argsPath ? `${argsPath}.monitor` : 'monitor',
      undefined,
      "is required by LightningCLI's ReduceLROnPlateau",
    );
  }
  return { config: { scheduler: name, kwargs }, ...(monitor === undefined ? {} : { monitor }) };
}

/** Renames fromTorch's error path (`kwargs.schedulers[1].kwargs.T_max`) into the config's own. */
function inConfigTerms(error: unknown, style: Style): unknown {
  if (!InvalidArgumentError.isInstance(error)) return error;
  let parameter = error.parameter;
  if (style === 'lightning') {
    parameter = parameter
      .replace(/(^|\.)kwargs(?=$|[.[])/g, '$1init_args')
      .replace(/(^|\.)scheduler$/, '$1class_path');
  } else {
    parameter = parameter
      .replace(/(^|\.)kwargs\./g, '$1')
      .replace(/(^|\.)scheduler$/, '$1_target_');
  }
  if (parameter === error.parameter) return error;
  return new InvalidArgumentError({
    parameter,
    value: error.value,
    expected: error.expected,
    cause: error,
  });
}

function build(
  optimizer: Optimizer,
  config: unknown,
  style: Style,
): { scheduler: Scheduler; monitor?: string } {
  validateOptimizer(optimizer);
  const resolved = resolve(config, '', style);
  try {
    const scheduler = fromTorch(optimizer, resolved.config);
    return resolved.monitor === undefined
      ? { scheduler }
      : { scheduler, monitor: resolved.monitor };
  } catch (error) {
    throw inConfigTerms(error, style);
  }
}

/**
 * Builds a scheduler from a LightningCLI config `{ class_path, init_args }` (a YAML file's
 * `lr_scheduler:` section, parsed): every torch.optim.lr_scheduler class, SWALR and LightningCLI's
 * ReduceLROnPlateau, with nested `{ class_path, init_args }` children for SequentialLR and
 * ChainedScheduler. lrkit parses no YAML: parse it with your YAML library and pass the object.
 */
export function fromLightning(optimizer: Optimizer, config: LightningSchedulerConfig): Scheduler {
  return build(optimizer, config, 'lightning').scheduler;
}

/**
 * Builds a scheduler from a Hydra config `{ _target_: 'torch.optim.lr_scheduler.X', ...args }`
 * (`_partial_`, `_recursive_` and `_convert_` are accepted; the optimizer is the one given here).
 */
export function fromHydra(optimizer: Optimizer, config: HydraSchedulerConfig): Scheduler {
  return build(optimizer, config, 'hydra').scheduler;
}

const DICT_KEYS = [
  'scheduler',
  'interval',
  'frequency',
  'monitor',
  'strict',
  'name',
  'reduce_on_plateau',
  'opt_idx',
];

/**
 * Turns Lightning's lr scheduler config dict into a SchedulerRunner entry, with Lightning's
 * defaults (interval 'epoch', frequency 1, strict true). `scheduler` may be a built scheduler or
 * a `{ class_path, init_args }` / `{ _target_ }` config (built on `optimizer`); a LightningCLI
 * ReduceLROnPlateau's `monitor` becomes the entry's monitor.
 */
export function lightningRunnerEntry(
  optimizer: Optimizer,
  dict: LightningSchedulerDict,
): RunnerEntry {
  if (!isPlainObject(dict))
    invalid('dict', dict, 'must be a Lightning lr scheduler config { scheduler, interval, ... }');
  for (const key of Object.keys(dict)) {
    if (!DICT_KEYS.includes(key)) {
      invalid(
        key,
        dict[key],
        `is not a key of Lightning's lr scheduler config; valid keys are ${DICT_KEYS.join(', ')}`,
      );
    }
  }
  // Checked before the scheduler is built, so a bad dict leaves the optimizer untouched.
  if (dict.reduce_on_plateau !== undefined) boolean('reduce_on_plateau', dict.reduce_on_plateau);
  if (dict.interval !== undefined) oneOf('interval', dict.interval, ['step', 'epoch']);
  if (dict.frequency !== undefined) positiveInteger('frequency', dict.frequency);
  if (dict.strict !== undefined) boolean('strict', dict.strict);
  for (const key of ['monitor', 'name'] as const) {
    const value = dict[key];
    if (value != null && (typeof value !== 'string' || value.length === 0)) {
      invalid(key, value, 'must be a non-empty string');
    }
  }
  const raw = dict.scheduler as unknown;
  let scheduler: Scheduler;
  let monitor = dict.monitor ?? undefined;
  if (isPlainObject(raw) && ('class_path' in raw || '_target_' in raw)) {
    const built = build(optimizer, raw, 'class_path' in raw ? 'lightning' : 'hydra');
    scheduler = built.scheduler;
    monitor ??= built.monitor;
  } else {
    scheduler = raw as Scheduler;
  }
  const entry: RunnerEntry = { scheduler };
  if (dict.interval !== undefined) entry.interval = dict.interval;
  if (dict.frequency !== undefined) entry.frequency = dict.frequency;
  if (monitor !== undefined) entry.monitor = monitor;
  if (dict.strict !== undefined) entry.strict = dict.strict;
  if (dict.name !== undefined && dict.name !== null) entry.name = dict.name;
  return entry;
}
