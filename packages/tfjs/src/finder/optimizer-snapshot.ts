import { clone, type Tensor, type Variable } from '@tensorflow/tfjs-core';
import type { GroupedOptimizer } from '../grouped-optimizer';
import {
  SCALAR_FIELDS,
  SLOT_FIELDS,
  type SlotVariable,
  type TfOptimizerInternals,
} from '../internal/tf-internals';
import type { TfjsOptimizerBinding, TfjsParamGroup } from '../optimizer-binding';
import { isGroupedOptimizer } from './is-grouped';

/** A saved copy of an optimizer's whole state, put back with `restore()` (then disposed). */
export interface OptimizerSnapshot {
  restore(): void;
  dispose(): void;
}

interface SavedSlots {
  field: string;
  /** The slot array itself: tfjs grows it in place when it first sees a variable. */
  array: (SlotVariable | undefined)[] | undefined;
  entries: (SlotVariable | undefined)[];
  values: (Tensor | undefined)[];
}

interface SavedBinding {
  internals: TfOptimizerInternals;
  group: TfjsParamGroup;
  groupValues: Omit<TfjsParamGroup, 'name'>;
  iterations: number;
  slots: SavedSlots[];
  scalars: { field: string; value: Tensor }[];
}

function saveBinding(binding: TfjsOptimizerBinding): SavedBinding {
  const o = binding.optimizer as unknown as TfOptimizerInternals;
  const group = binding.paramGroups[0];
  const groupValues: Omit<TfjsParamGroup, 'name'> = { lr: group.lr };
  if (group.momentum !== undefined) groupValues.momentum = group.momentum;
  if (group.betas !== undefined) groupValues.betas = [group.betas[0], group.betas[1]];
  if (group.initialLr !== undefined) groupValues.initialLr = group.initialLr;
  const slots = SLOT_FIELDS[binding.kind].map((field) => {
    const array = o[field] as (SlotVariable | undefined)[] | undefined;
    const entries = array ? array.slice() : [];
    const values = entries.map((e) => (e ? clone(e.variable) : undefined));
    return { field, array, entries, values };
  });
  const scalars = SCALAR_FIELDS[binding.kind].map((field) => ({
    field,
    value: clone(o[field] as Variable),
  }));
  return { internals: o, group, groupValues, iterations: o.iterations, slots, scalars };
}

function restoreSlots(o: TfOptimizerInternals, saved: SavedSlots): void {
  const current = o[saved.field] as (SlotVariable | undefined)[] | undefined;
  // Slots created during the run (or that replaced a saved one) are released.
  for (const [i, entry] of (current ?? []).entries()) {
    if (entry && entry !== saved.entries[i]) entry.variable.dispose();
  }
  if (saved.array) {
    saved.array.length = 0;
    saved.array.push(...saved.entries);
  }
  o[saved.field] = saved.array;
  saved.entries.forEach((entry, i) => {
    if (entry) entry.variable.assign(saved.values[i]!);
  });
}

function restoreBinding(saved: SavedBinding): void {
  const o = saved.internals;
  for (const slots of saved.slots) restoreSlots(o, slots);
  for (const { field, value } of saved.scalars) (o[field] as Variable).assign(value);
  o.iterations_ = saved.iterations;
  const { lr, momentum, betas, initialLr } = saved.groupValues;
  saved.group.lr = lr;
  if (momentum !== undefined) saved.group.momentum = momentum;
  if (betas !== undefined) saved.group.betas = betas;
  if (initialLr !== undefined) saved.group.initialLr = initialLr;
  else delete saved.group.initialLr;
}

function disposeBinding(saved: SavedBinding): void {
  for (const s of saved.slots) for (const v of s.values) v?.dispose();
  for (const s of saved.scalars) s.value.dispose();
}

/**
 * Copies every piece of state a bound tf.train optimizer (or a GroupedOptimizer) trains with:
 * its slot variables (moments, accumulators) in their arrays, its scalar variables (Adam's
 * accumulated betas, Adamax's count), its step count and its param group. `restore()` assigns
 * the saved values back into the same variables, so the next update is bit-identical to one
 * without the run in between, and releases the slots the run created.
 */
export function snapshotOptimizer(
  optimizer: TfjsOptimizerBinding | GroupedOptimizer,
): OptimizerSnapshot {
  const bindings = isGroupedOptimizer(optimizer) ? optimizer.bindings : [optimizer];
  const saved = bindings.map(saveBinding);
  const grouped = isGroupedOptimizer(optimizer)
    ? {
        internals: optimizer as unknown as TfOptimizerInternals,
        iterations: optimizer.iterations,
        orders: optimizer.bindings.map((_, g) => optimizer.variableOrder(g)),
      }
    : null;
  let done = false;
  const dispose = () => {
    if (done) return;
    done = true;
    for (const s of saved) disposeBinding(s);
  };
  return {
    restore() {
      if (done) return;
      for (const s of saved) restoreBinding(s);
      if (grouped && isGroupedOptimizer(optimizer)) {
        grouped.orders.forEach((order, g) => {
          optimizer.setVariableOrder(g, order);
        });
        grouped.internals.iterations_ = grouped.iterations;
      }
      dispose();
    },
    dispose,
  };
}
