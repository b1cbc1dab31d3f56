/** A parameter as the graph builders see it: its name and fixed shape. */
export interface ParamShape {
  name: string;
  dims: readonly number[];
}

/** A serialized optimizer-step graph and what it reads and writes. */
export interface StepGraph {
  model: Uint8Array;
  /** State tensors kept per parameter, by key (`momentum_buffer`, `exp_avg`, ...), in input order. */
  stateKeys: readonly (readonly string[])[];
  inputNames: readonly string[];
  outputNames: readonly string[];
}

/**
 * Where the learning rate comes from. `'input'` (the default) makes `lr.<g>` a rank-0 float32
 * input fed at every step; `{ constant }` bakes the given per-group values into the graph, which
 * only benchmarks (and frozen exports) want.
 */
export type LrSource = 'input' | { constant: readonly number[] };
