import { GroupedOptimizer } from '../grouped-optimizer';

/**
 * Whether `value` is a GroupedOptimizer. Not `instanceof`: GroupedOptimizer inherits tf.Optimizer's
 * duck-typed `Symbol.hasInstance`, so `x instanceof GroupedOptimizer` is true for every tf.train
 * optimizer.
 */
export function isGroupedOptimizer(value: unknown): value is GroupedOptimizer {
  return Object.prototype.isPrototypeOf.call(GroupedOptimizer.prototype, value as object);
}
