/** The curve each restart cycle follows, from 1 at its start to 0 at its end. */
export type CycleShape = 'cosine' | 'linear' | 'polynomial' | 'tanh';

/** Parameters of the shapes that have some. */
export interface CycleShapeParams {
  /** Exponent of the polynomial shape. */
  power: number;
  /** tanh shape: the curve is ½ (1 − tanh(lb (1 − p) + ub p)) (timm's lb, ub). */
  tanhLowerBound: number;
  tanhUpperBound: number;
}

/**
 * The factor in [0, 1] at progress p ∈ [0, 1] through a cycle, as timm's CosineLRScheduler,
 * PolyLRScheduler and TanhLRScheduler compute it.
 */
export function cycleFactor(shape: CycleShape, p: number, params: CycleShapeParams): number {
  switch (shape) {
    case 'cosine':
      return 0.5 * (1 + Math.cos(Math.PI * p));
    case 'linear':
      return 1 - p;
    case 'polynomial':
      return (1 - p) ** params.power;
    case 'tanh':
      return 0.5 * (1 - Math.tanh(params.tanhLowerBound * (1 - p) + params.tanhUpperBound * p));
  }
}

/** {@link cycleFactor} with the shape chosen once, for the per-step loop. */
export function cycleFactorOf(shape: CycleShape, params: CycleShapeParams): (p: number) => number {
  if (shape === 'cosine') return (p) => 0.5 * (1 + Math.cos(Math.PI * p));
  if (shape === 'linear') return (p) => 1 - p;
  return (p) => cycleFactor(shape, p, params);
}
