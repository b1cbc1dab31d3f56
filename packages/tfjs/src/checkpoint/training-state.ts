import { SCALAR_FIELDS, SLOT_FIELDS, type TfOptimizerKind } from '../internal/tf-internals';
import { CheckpointError } from './checkpoint-error';
import type { BindingState, GroupedState, OptimizerState } from './optimizer-state';

/** lrkit's part of a checkpoint, kept in the model's user-defined metadata under `lrkit`. */
export interface TrainingState {
  version: 1;
  format: 'lrkit-tfjs-checkpoint';
  optimizers: OptimizerState[];
  schedulers: unknown[];
}

const KINDS = Object.keys(SLOT_FIELDS) as TfOptimizerKind[];
const BIAS_CORRECTIONS = ['product', 'torch'];

function bad(parameter: string, value: unknown, expected: string): never {
  throw new CheckpointError({ parameter, value, expected });
}

function record(
  value: unknown,
  path: string,
  keys: readonly string[],
  optional: readonly string[] = [],
) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    bad(path, value, 'must be an object');
  }
  const allowed = [...keys, ...optional];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      bad(
        `${path}.${key}`,
        (value as Record<string, unknown>)[key],
        `is not a field (fields: ${allowed.join(', ')})`,
      );
  }
  for (const key of keys) {
    if (!Object.hasOwn(value, key)) bad(`${path}.${key}`, undefined, 'is missing');
  }
  return value as Record<string, unknown>;
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    bad(path, value, 'must be a non-negative integer');
  }
  return value;
}

function rate(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    bad(path, value, 'must be a non-negative finite number');
  }
  return value;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) bad(path, value, 'must be an array');
  return value;
}

/**
 * Checks the shape of everything a checkpoint's lrkit state holds, with own properties only, so
 * that a restore never meets a malformed value halfway. `float32Weights` names the saved weights a
 * slot may refer to. (The scheduler states are checked by their runners at restore.)
 */
export function checkTrainingState(
  value: unknown,
  float32Weights: ReadonlySet<string>,
): TrainingState {
  const path = 'checkpoint.lrkit';
  if (value === undefined) bad(path, value, 'must hold lrkit state (saved by saveCheckpoint)');
  const state = record(value, path, ['version', 'format', 'optimizers', 'schedulers']);
  if (state.format !== 'lrkit-tfjs-checkpoint')
    bad(`${path}.format`, state.format, "must be 'lrkit-tfjs-checkpoint'");
  if (state.version !== 1) bad(`${path}.version`, state.version, 'must be 1');
  list(state.optimizers, `${path}.optimizers`).forEach((o, i) => {
    checkOptimizerState(o, `${path}.optimizers[${i}]`, float32Weights);
  });
  list(state.schedulers, `${path}.schedulers`).forEach((s, i) => {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) {
      bad(`${path}.schedulers[${i}]`, s, 'must be a runner state object');
    }
  });
  return state as unknown as TrainingState;
}

function checkOptimizerState(value: unknown, path: string, weights: ReadonlySet<string>): void {
  const type = (value as { type?: unknown } | null)?.type;
  if (type === 'grouped') {
    const s = record(value, path, ['type', 'iterations', 'groups']) as unknown as GroupedState;
    count(s.iterations, `${path}.iterations`);
    list(s.groups, `${path}.groups`).forEach((g, i) => {
      const at = `${path}.groups[${i}]`;
      const group = record(g, at, ['name', 'order', 'optimizer']);
      if (typeof group.name !== 'string') bad(`${at}.name`, group.name, 'must be a string');
      const order = list(group.order, `${at}.order`);
      order.forEach((n, j) => {
        if (typeof n !== 'string') bad(`${at}.order[${j}]`, n, 'must be a variable name');
      });
      if (new Set(order).size !== order.length) bad(`${at}.order`, order, 'must not repeat a name');
      checkBindingState(group.optimizer, `${at}.optimizer`, weights);
    });
    return;
  }
  if (type !== 'binding') bad(`${path}.type`, type, "must be 'binding' or 'grouped'");
  checkBindingState(value, path, weights);
}

function checkBindingState(value: unknown, path: string, weights: ReadonlySet<string>): void {
  const s = record(value, path, [
    'type',
    'kind',
    'biasCorrection',
    'iterations',
    'group',
    'scalars',
    'slots',
  ]) as unknown as BindingState;
  if (s.type !== 'binding') bad(`${path}.type`, s.type, "must be 'binding'");
  if (!KINDS.includes(s.kind)) bad(`${path}.kind`, s.kind, `must be one of ${KINDS.join(', ')}`);
  if (!BIAS_CORRECTIONS.includes(s.biasCorrection))
    bad(`${path}.biasCorrection`, s.biasCorrection, "must be 'product' or 'torch'");
  count(s.iterations, `${path}.iterations`);
  const hasMomentum = s.kind === 'momentum' || s.kind === 'rmsprop';
  const hasBetas = s.kind === 'adam' || s.kind === 'adamax';
  const group = record(
    s.group,
    `${path}.group`,
    ['lr', ...(hasMomentum ? ['momentum'] : []), ...(hasBetas ? ['betas'] : [])],
    ['initialLr'],
  );
  rate(group.lr, `${path}.group.lr`);
  if (hasMomentum) rate(group.momentum, `${path}.group.momentum`);
  if (group.initialLr !== undefined) rate(group.initialLr, `${path}.group.initialLr`);
  if (hasBetas) {
    const betas = list(group.betas, `${path}.group.betas`);
    if (betas.length !== 2) bad(`${path}.group.betas`, betas, 'must be a pair [beta1, beta2]');
    betas.forEach((b, i) => {
      if (typeof b !== 'number' || !(b >= 0 && b < 1))
        bad(`${path}.group.betas[${i}]`, b, 'must be a number in [0, 1)');
    });
  }
  const scalars = record(s.scalars, `${path}.scalars`, SCALAR_FIELDS[s.kind]);
  for (const field of SCALAR_FIELDS[s.kind]) {
    const v = scalars[field];
    if (typeof v !== 'number' || !Number.isFinite(v))
      bad(`${path}.scalars.${field}`, v, 'must be a finite number');
  }
  const slots = record(s.slots, `${path}.slots`, [], SLOT_FIELDS[s.kind]);
  const lengths = new Set<number>();
  for (const field of SLOT_FIELDS[s.kind]) {
    if (!Object.hasOwn(slots, field)) continue;
    const entries = list(slots[field], `${path}.slots.${field}`);
    lengths.add(entries.length);
    entries.forEach((slot, i) => {
      const at = `${path}.slots.${field}[${i}]`;
      const { originalName, weight } = record(slot, at, ['originalName', 'weight']);
      if (typeof originalName !== 'string')
        bad(`${at}.originalName`, originalName, 'must be a string');
      if (typeof weight !== 'string' || !weights.has(weight)) {
        bad(`${at}.weight`, weight, 'must name a float32 optimizer weight saved in the checkpoint');
      }
    });
  }
}
