import { scalar, type Tensor, tidy } from '@tensorflow/tfjs-core';
import { GroupedOptimizer } from '../grouped-optimizer';
import {
  SCALAR_FIELDS,
  SLOT_FIELDS,
  type SlotVariable,
  type TfOptimizerInternals,
  type TfOptimizerKind,
} from '../internal/tf-internals';
import type { TfjsOptimizerBinding } from '../optimizer-binding';
import { CheckpointError } from './checkpoint-error';

/** A saved slot: its tfjs name and the weight that holds its value in the checkpoint. */
export interface SlotState {
  originalName: string;
  weight: string;
}

/** The saved state of one bound tf.train optimizer: hyperparameters, counters and slots. */
export interface BindingState {
  type: 'binding';
  kind: TfOptimizerKind;
  biasCorrection: string;
  iterations: number;
  group: { lr: number; momentum?: number; betas?: [number, number]; initialLr?: number };
  /** accBeta1/accBeta2 (Adam), accBeta1/iteration (Adamax), as float32 values. */
  scalars: Record<string, number>;
  slots: Record<string, SlotState[]>;
}

export interface GroupedState {
  type: 'grouped';
  iterations: number;
  groups: { name: string; order: string[]; optimizer: BindingState }[];
}

export type OptimizerState = BindingState | GroupedState;

/** An optimizer lrkit can checkpoint: a binding or a GroupedOptimizer. */
export type CheckpointOptimizer = TfjsOptimizerBinding | GroupedOptimizer;

interface Capture {
  state: OptimizerState;
  tensors: { name: string; tensor: Tensor }[];
}

/** Reads an optimizer's state; slot tensors are returned by reference (not copied). */
export function captureOptimizer(optimizer: CheckpointOptimizer, prefix: string): Capture {
  const tensors: Capture['tensors'] = [];
  if (optimizer instanceof GroupedOptimizer) {
    const groups = optimizer.bindings.map((binding, g) => ({
      name: optimizer.paramGroups[g]!.name ?? `group${g}`,
      order: optimizer.variableOrder(g),
      optimizer: captureBinding(binding, `${prefix}/g${g}`, tensors),
    }));
    return { state: { type: 'grouped', iterations: optimizer.iterations, groups }, tensors };
  }
  return { state: captureBinding(optimizer, prefix, tensors), tensors };
}

function captureBinding(
  binding: TfjsOptimizerBinding,
  prefix: string,
  tensors: Capture['tensors'],
): BindingState {
  const o = binding.optimizer as unknown as TfOptimizerInternals;
  const source = binding.paramGroups[0];
  const group: BindingState['group'] = { lr: source.lr };
  if (source.momentum !== undefined) group.momentum = source.momentum;
  if (source.betas !== undefined) group.betas = [source.betas[0], source.betas[1]];
  if (source.initialLr !== undefined) group.initialLr = source.initialLr;
  const scalars: Record<string, number> = {};
  for (const field of SCALAR_FIELDS[binding.kind]) {
    scalars[field] = (o[field] as Tensor).dataSync()[0] as number;
  }
  const slots: Record<string, SlotState[]> = {};
  for (const field of SLOT_FIELDS[binding.kind]) {
    const list = (o[field] as SlotVariable[] | undefined) ?? [];
    slots[field] = list.map((slot, i) => {
      const weight = `${prefix}/${field}/${i}`;
      tensors.push({ name: weight, tensor: slot.variable });
      return { originalName: slot.originalName, weight };
    });
  }
  return {
    type: 'binding',
    kind: binding.kind,
    biasCorrection: binding.biasCorrection,
    iterations: o.iterations,
    group,
    scalars,
    slots,
  };
}

/**
 * Checks that a saved state (already checked in shape by `checkTrainingState`) fits an optimizer
 * built the same way: same kind, bias correction and groups. Changes nothing.
 */
export function checkOptimizer(
  optimizer: CheckpointOptimizer,
  state: OptimizerState,
  path: string,
): void {
  if (optimizer instanceof GroupedOptimizer) {
    if (state.type !== 'grouped' || state.groups.length !== optimizer.bindings.length) {
      mismatch(path, state, `a GroupedOptimizer with ${optimizer.bindings.length} groups`);
    }
    state.groups.forEach((g, i) => {
      checkBinding(optimizer.bindings[i]!, g.optimizer, `${path}.groups[${i}].optimizer`);
    });
    return;
  }
  if (state.type !== 'binding') mismatch(path, state, `a bound ${optimizer.kind} optimizer`);
  checkBinding(optimizer, state, path);
}

/** Writes a state that passed {@link checkOptimizer}; the old slot variables are disposed. */
export function writeOptimizer(
  optimizer: CheckpointOptimizer,
  state: OptimizerState,
  weights: Readonly<Record<string, Tensor>>,
): void {
  if (optimizer instanceof GroupedOptimizer && state.type === 'grouped') {
    state.groups.forEach((g, i) => {
      optimizer.setVariableOrder(i, g.order);
      writeBinding(optimizer.bindings[i]!, g.optimizer, weights);
    });
    setIterations(optimizer, state.iterations);
  } else if (!(optimizer instanceof GroupedOptimizer) && state.type === 'binding') {
    writeBinding(optimizer, state, weights);
  }
}

function checkBinding(binding: TfjsOptimizerBinding, state: BindingState, path: string): void {
  if (state.kind !== binding.kind) mismatch(`${path}.kind`, state.kind, `'${binding.kind}'`);
  if (state.biasCorrection !== binding.biasCorrection) {
    invalid(
      `${path}.biasCorrection`,
      state.biasCorrection,
      `must be the binding's biasCorrection ('${binding.biasCorrection}')`,
    );
  }
}

function writeBinding(
  binding: TfjsOptimizerBinding,
  state: BindingState,
  weights: Readonly<Record<string, Tensor>>,
): void {
  const o = binding.optimizer as unknown as TfOptimizerInternals;
  const group = binding.paramGroups[0];
  group.lr = state.group.lr;
  if (state.group.momentum !== undefined) group.momentum = state.group.momentum;
  if (state.group.betas !== undefined) group.betas = state.group.betas;
  if (state.group.initialLr !== undefined) group.initialLr = state.group.initialLr;
  else delete group.initialLr;
  setIterations(o, state.iterations);
  // After the betas: a torch-style betas write recomputes accBeta, the saved value wins.
  tidy(() => {
    for (const [field, value] of Object.entries(state.scalars)) {
      (o[field] as { assign(t: Tensor): void }).assign(scalar(value));
    }
  });
  for (const field of SLOT_FIELDS[binding.kind]) {
    const old = (o[field] as SlotVariable[] | undefined) ?? [];
    for (const slot of old) slot.variable.dispose();
    o[field] = (state.slots[field] ?? []).map((slot) => ({
      originalName: slot.originalName,
      variable: weights[slot.weight]!.variable(false),
    }));
  }
}

function setIterations(target: object, iterations: number): void {
  if (!Number.isSafeInteger(iterations) || iterations < 0) {
    invalid('state.iterations', iterations, 'must be a non-negative integer');
  }
  (target as { iterations_: number }).iterations_ = iterations;
}

function invalid(parameter: string, value: unknown, expected: string): never {
  throw new CheckpointError({ parameter, value, expected });
}

function mismatch(path: string, value: unknown, expected: string): never {
  return invalid(
    path,
    (value as { type?: unknown })?.type ?? value,
    `must be the state of ${expected}`,
  );
}
