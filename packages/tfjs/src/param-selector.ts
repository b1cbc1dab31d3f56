import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import { invalid } from './internal/validate';

/** A `tf.LayerVariable` (or anything whose `read()` gives the underlying tf.Variable). */
export interface VariableHandle {
  /** Typed `Tensor` by tfjs-layers; at run time the tf.Variable (which carries the name). */
  read(): Tensor;
}

function nameOf(handle: VariableHandle): string {
  return (handle.read() as Variable).name;
}

/** A layer or a model: its trainable weights form the group. */
export interface WeightOwner {
  readonly trainableWeights: readonly VariableHandle[];
}

/**
 * What a param group trains:
 * - a `tf.Variable`, a `LayerVariable`, a layer or a whole model (its trainable weights);
 * - a string: a variable name, or a name scope such as a layer name (`'dense_1'` matches
 *   `'dense_1/kernel'` and `'dense_1/bias'`);
 * - a RegExp tested against variable names.
 * Layers are read when training starts, so groups may be declared before the model is built.
 */
export type ParamSelector = Variable | VariableHandle | WeightOwner | string | RegExp;

function isWeightOwner(value: object): value is WeightOwner {
  return Array.isArray((value as WeightOwner).trainableWeights);
}

function isHandle(value: object): value is VariableHandle {
  return typeof (value as VariableHandle).read === 'function';
}

function isVariable(value: object): value is Variable {
  return (
    typeof (value as Variable).name === 'string' && typeof (value as Variable).assign === 'function'
  );
}

/** Checks one selector's shape (names are resolved later, once the variables exist). */
export function checkSelector(parameter: string, value: unknown): ParamSelector {
  if (typeof value === 'string' && value.length > 0) return value;
  if (value instanceof RegExp) return value;
  if (typeof value === 'object' && value !== null) {
    if (isWeightOwner(value) || isHandle(value) || isVariable(value)) return value;
  }
  return invalid(
    parameter,
    value,
    'must be a tf.Variable, a LayerVariable, a layer or model, a variable name or scope, or a RegExp',
  );
}

/** Whether the selector claims the variable of this name. */
export function selects(selector: ParamSelector, name: string): boolean {
  if (typeof selector === 'string') return name === selector || name.startsWith(`${selector}/`);
  if (selector instanceof RegExp) {
    selector.lastIndex = 0;
    return selector.test(name);
  }
  if (isWeightOwner(selector)) return selector.trainableWeights.some((w) => nameOf(w) === name);
  if (isHandle(selector)) return nameOf(selector) === name;
  return selector.name === name;
}
