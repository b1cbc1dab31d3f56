import type { Optimizer, ParamGroup } from '@lrkit/core';
import {
  keep,
  scalar,
  type Optimizer as TfOptimizer,
  tidy,
  type Variable,
} from '@tensorflow/tfjs-core';
import {
  isTfOptimizer,
  KIND_BY_CLASS_NAME,
  type TfOptimizerInternals,
  type TfOptimizerKind,
} from './internal/tf-internals';
import { beta, invalid, knownKeys, nonNegativeFinite, oneOf } from './internal/validate';

/**
 * How Adam and Adamax bias-correct the first moment when a scheduler changes beta1 (and Adam's
 * beta2) during training.
 * - `'product'` (default): update t divides by `1 - β1(1)·β1(2)·…·β1(t)`, the product of the
 *   betas its moving average really applied (update t's own beta included); Adam's second moment
 *   likewise with β2. That is exactly the total weight of the moving average with a varying beta,
 *   so the corrected moment stays an unbiased weighted mean of the gradients. (tfjs alone would
 *   use the constructor's beta and the betas before update t, one step behind a schedule.)
 * - `'torch'`: as `torch.optim.Adam`, the correction uses the current beta only, `1 - β1(t)^t`;
 *   choose it to reproduce a PyTorch run with OneCycleLR/CyclicLR momentum cycling.
 * With constant betas the two agree (up to float32 rounding of the running product).
 */
export type BiasCorrection = 'product' | 'torch';

export interface BindOptimizerOptions {
  /** Adam/Adamax only: see {@link BiasCorrection}. Default `'product'`. */
  biasCorrection?: BiasCorrection;
}

/**
 * The one param group of a bound tf.train optimizer. Its fields are live: reading gives the
 * optimizer's current value, writing changes the optimizer's very next update.
 * `momentum` exists for MomentumOptimizer and RMSPropOptimizer, `betas` for Adam and Adamax.
 */
export interface TfjsParamGroup extends ParamGroup {
  lr: number;
  momentum?: number;
  betas?: readonly [number, number];
  initialLr?: number;
  /** A label (GroupedOptimizer groups), used in logs and checkpoints. */
  name?: string;
}

const bindings = new WeakMap<object, TfjsOptimizerBinding>();

/**
 * A tf.train optimizer seen as an lrkit {@link Optimizer}: `paramGroups[0].lr`, `.momentum` and
 * `.betas` write through to the tfjs optimizer, so any core scheduler drives it. Train with
 * `binding.optimizer` itself (`model.compile({ optimizer: binding.optimizer })`,
 * `binding.optimizer.minimize(...)`): the binding adds nothing to the training step.
 *
 * What each write does, per optimizer (tfjs 4.x):
 * - SGD, Momentum: `lr` goes through `setLearningRate`, which replaces the cached `-lr` scalar the
 *   update multiplies by (assigning `learningRate` alone would not change training) and disposes
 *   the old one. Momentum's `momentum` replaces the cached momentum scalar (tfjs's own
 *   `setMomentum` does not) and disposes the old one.
 * - Adam, Adamax, Adagrad, Adadelta, RMSProp: their update reads `learningRate` (and `beta1`,
 *   `beta2`, RMSProp's `momentum`) at every step; the write sets the field. No tensor is made.
 * - RMSProp with momentum multiplies the lr into its momentum buffer, so an lr change reaches the
 *   new gradient term at once while the buffered velocity keeps the old lrs (as in Keras).
 * - Adamax divides the lr by `1 + decay · t` itself (t = updates so far). A schedule's lr is the
 *   numerator: the effective rate is `group.lr / (1 + decay · t)`. Build it with `decay: 0` (the
 *   default) so that the schedule alone decides the rate.
 *
 * The binding takes the optimizer over: it makes MomentumOptimizer's `setMomentum` really change
 * the update and its `dispose` release the `-lr` scalar it otherwise leaks.
 */
export class TfjsOptimizerBinding<T extends TfOptimizer = TfOptimizer>
  implements Optimizer<TfjsParamGroup>
{
  /** The tf.train optimizer: compile or minimize with it. */
  readonly optimizer: T;
  readonly kind: TfOptimizerKind;
  readonly biasCorrection: BiasCorrection;
  readonly paramGroups: readonly [TfjsParamGroup];

  /** Prefer {@link bindOptimizer}, which returns the existing binding of a bound optimizer. */
  constructor(optimizer: T, options: BindOptimizerOptions = {}) {
    knownKeys('bindOptimizer', options, ['biasCorrection']);
    this.kind = kindOf(optimizer);
    if (bindings.has(optimizer)) {
      invalid(
        'optimizer',
        this.kind,
        'is already bound; call bindOptimizer(optimizer) to get its binding',
      );
    }
    this.biasCorrection = oneOf('biasCorrection', options.biasCorrection ?? 'product', [
      'product',
      'torch',
    ]);
    this.optimizer = optimizer;
    const internals = optimizer as unknown as TfOptimizerInternals;
    checkInternals(internals, this.kind);
    this.paramGroups = [liveGroup(internals, this.kind, this.biasCorrection)];
    if (this.kind === 'momentum') repairMomentumOptimizer(internals, this.paramGroups[0]);
    bindings.set(optimizer, this as TfjsOptimizerBinding);
  }

  /** Disposes the tf.train optimizer and every tensor it holds. */
  dispose(): void {
    this.optimizer.dispose();
  }
}

/**
 * Binds a tf.train optimizer (any of the seven) to lrkit; binding the same optimizer twice returns
 * the same binding. See {@link TfjsOptimizerBinding}.
 *
 * ```ts
 * const adam = bindOptimizer(tf.train.adam(1e-3));
 * const scheduler = new CosineAnnealingLR(adam, { tMax: 1000 });
 * model.compile({ optimizer: adam.optimizer, loss: 'meanSquaredError' });
 * ```
 */
export function bindOptimizer<T extends TfOptimizer>(
  optimizer: T,
  options: BindOptimizerOptions = {},
): TfjsOptimizerBinding<T> {
  const existing = isTfOptimizer(optimizer) ? bindings.get(optimizer) : undefined;
  if (existing) {
    const wanted = options.biasCorrection ?? 'product';
    if (existing.biasCorrection !== wanted) {
      invalid(
        'biasCorrection',
        wanted,
        `must match the existing binding of this optimizer ('${existing.biasCorrection}')`,
      );
    }
    return existing as TfjsOptimizerBinding<T>;
  }
  return new TfjsOptimizerBinding(optimizer, options);
}

export function kindOf(optimizer: unknown): TfOptimizerKind {
  if (!isTfOptimizer(optimizer)) {
    invalid('optimizer', optimizer, 'must be a tf.train optimizer (tf.train.sgd, adam, ...)');
  }
  const className =
    typeof optimizer.getClassName === 'function' ? optimizer.getClassName() : undefined;
  const kind = className === undefined ? undefined : KIND_BY_CLASS_NAME[className];
  if (!kind) {
    invalid(
      'optimizer',
      className ?? optimizer,
      `must be one of the tf.train optimizers (${Object.keys(KIND_BY_CLASS_NAME).join(', ')})`,
    );
  }
  return kind;
}

/** Fails early, with a clear message, on a tfjs whose optimizers lack the fields lrkit drives. */
function checkInternals(o: TfOptimizerInternals, kind: TfOptimizerKind): void {
  const missing: string[] = [];
  if (typeof o.learningRate !== 'number') missing.push('learningRate');
  if ((kind === 'sgd' || kind === 'momentum') && typeof o.setLearningRate !== 'function') {
    missing.push('setLearningRate');
  }
  if (kind === 'momentum' && (o.m === undefined || typeof o.momentum !== 'number')) {
    missing.push('m/momentum');
  }
  if ((kind === 'adam' || kind === 'adamax') && (typeof o.beta1 !== 'number' || !o.accBeta1)) {
    missing.push('beta1/accBeta1');
  }
  if (missing.length > 0) {
    invalid(
      'optimizer',
      kind,
      `must be a tfjs 4.x optimizer exposing ${missing.join(', ')} (is @tensorflow/tfjs-core within >=4.10.0 <5?)`,
    );
  }
}

function liveGroup(
  o: TfOptimizerInternals,
  kind: TfOptimizerKind,
  biasCorrection: BiasCorrection,
): TfjsParamGroup {
  const group = {} as TfjsParamGroup;
  Object.defineProperty(group, 'lr', {
    enumerable: true,
    get: () => o.learningRate,
    set: (value: unknown) => writeLr(o, kind, nonNegativeFinite('paramGroups[0].lr', value)),
  });
  if (kind === 'momentum' || kind === 'rmsprop') {
    Object.defineProperty(group, 'momentum', {
      enumerable: true,
      get: () => o.momentum,
      set: (value: unknown) =>
        writeMomentum(o, kind, nonNegativeFinite('paramGroups[0].momentum', value)),
    });
  }
  if (kind === 'adam' || kind === 'adamax') {
    let betas: readonly [number, number] = Object.freeze([o.beta1!, o.beta2!] as const);
    const products = {
      beta1: { prefix: 0, iterations: -1, acc: Number.NaN },
      beta2: { prefix: 0, iterations: -1, acc: Number.NaN },
    };
    Object.defineProperty(group, 'betas', {
      enumerable: true,
      get: () => {
        if (betas[0] !== o.beta1 || betas[1] !== o.beta2) {
          betas = Object.freeze([o.beta1!, o.beta2!] as const);
        }
        return betas;
      },
      set: (value: unknown) => {
        const next = betasOf(value);
        writeBetas(o, kind, next, biasCorrection, products);
        betas = next;
      },
    });
  }
  return group;
}

function writeLr(o: TfOptimizerInternals, kind: TfOptimizerKind, lr: number): void {
  if (kind === 'sgd' || kind === 'momentum') {
    // The update multiplies by the cached scalar `c = -lr`; setLearningRate rebuilds it and
    // disposes the old one. Skipped when unchanged so a constant lr costs no tensor.
    if (lr !== o.learningRate) o.setLearningRate!(lr);
  } else {
    o.learningRate = lr;
  }
}

function writeMomentum(o: TfOptimizerInternals, kind: TfOptimizerKind, momentum: number): void {
  if (kind === 'momentum') {
    if (momentum === o.momentum && o.m && !o.m.isDisposed) return;
    const old = o.m;
    o.m = keep(scalar(momentum));
    old?.dispose();
  }
  o.momentum = momentum;
}

function betasOf(value: unknown): readonly [number, number] {
  if (!Array.isArray(value) || value.length !== 2) {
    invalid('paramGroups[0].betas', value, 'must be a pair [beta1, beta2]');
  }
  return Object.freeze([
    beta('paramGroups[0].betas[0]', value[0]),
    beta('paramGroups[0].betas[1]', value[1]),
  ] as const);
}

/**
 * The product of the betas of the updates done, as of the last write (a beta of 0 or one that
 * underflows float32 makes `accBeta / beta` useless, so the product is kept beside it).
 */
interface ProductRecord {
  prefix: number;
  iterations: number;
  /** The accBeta value written then: a different value now means someone else set it. */
  acc: number;
}

function writeBetas(
  o: TfOptimizerInternals,
  kind: TfOptimizerKind,
  [beta1, beta2]: readonly [number, number],
  biasCorrection: BiasCorrection,
  products: { beta1: ProductRecord; beta2: ProductRecord },
): void {
  const old1 = o.beta1!;
  const old2 = o.beta2!;
  o.beta1 = beta1;
  o.beta2 = beta2;
  if (biasCorrection === 'torch') {
    // tfjs divides update t (1-based) by 1 - accBeta, with accBeta = β^t for a constant β; PyTorch
    // recomputes β^t from the current β, which is what these assignments reproduce.
    const t = o.iterations + 1;
    tidy(() => {
      if (beta1 !== old1) o.accBeta1!.assign(scalar(beta1 ** t));
      if (kind === 'adam' && beta2 !== old2) o.accBeta2!.assign(scalar(beta2 ** t));
    });
    return;
  }
  // The product rule: update t divides by 1 - β(1)···β(t). tfjs keeps accBeta = β(1)···β(t-1)·β
  // for the β it will multiply in after the update, so a changed β swaps that last factor.
  if (beta1 !== old1) swapLastFactor(o.accBeta1!, old1, beta1, products.beta1, o.iterations);
  if (kind === 'adam' && beta2 !== old2) {
    swapLastFactor(o.accBeta2!, old2, beta2, products.beta2, o.iterations);
  }
}

function swapLastFactor(
  acc: Variable,
  old: number,
  next: number,
  record: ProductRecord,
  iterations: number,
): void {
  const current = acc.dataSync()[0] as number;
  let prefix: number;
  if (iterations === 0) prefix = 1;
  else if (record.iterations === iterations && record.acc === current) prefix = record.prefix;
  else prefix = old > 0 ? Math.min(1, Math.max(0, current / old)) : 0;
  const value = Math.fround(prefix * next);
  tidy(() => acc.assign(scalar(value)));
  record.prefix = prefix;
  record.iterations = iterations;
  record.acc = value;
}

/** Makes `setMomentum` work and `dispose` release the `-lr` scalar tfjs 4.x leaks. */
function repairMomentumOptimizer(o: TfOptimizerInternals, group: TfjsParamGroup): void {
  const target = o as unknown as {
    setMomentum(momentum: number): void;
    dispose(): void;
  };
  const originalDispose = target.dispose.bind(o);
  target.setMomentum = (momentum: number) => {
    group.momentum = momentum;
  };
  target.dispose = () => {
    originalDispose();
    if (o.c && !o.c.isDisposed) o.c.dispose();
  };
}
