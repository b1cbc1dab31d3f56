import { LrkitError, type Optimizer } from '@lrkit/core';
import {
  engine,
  mul,
  type NamedTensorMap,
  scalar,
  type serialization,
  type Tensor,
  Optimizer as TfOptimizer,
  tidy,
} from '@tensorflow/tfjs-core';
import { invalid, knownKeys, nonNegativeFinite } from './internal/validate';
import {
  type BiasCorrection,
  bindOptimizer,
  type TfjsOptimizerBinding,
  type TfjsParamGroup,
} from './optimizer-binding';
import { checkSelector, type ParamSelector, selects } from './param-selector';

/** Builds one group's tf.train optimizer from the group's lr, e.g. `(lr) => tf.train.adam(lr)`. */
export type OptimizerFactory = (lr: number) => TfOptimizer;

export interface ParamGroupConfig {
  /** What the group trains; omit it in (at most) one group to catch every other variable. */
  params?: ParamSelector | readonly ParamSelector[];
  lr: number;
  /** Momentum of a momentum or RMSProp group (written after the optimizer is built). */
  momentum?: number;
  /** Betas of an Adam or Adamax group. */
  betas?: readonly [number, number];
  /**
   * Decoupled weight decay (AdamW / SGDW): before each update the group's variables are
   * multiplied by 1 − lr·weightDecay, as `torch.optim.AdamW` does, so "no decay on biases and
   * norms" ports from PyTorch as a second group with 0. Default 0. Schedulable.
   */
  weightDecay?: number;
  /** The epsilon of an Adam, Adamax, RMSProp or Adadelta group (tfjs reads it every update). */
  eps?: number;
  /** A label for logs and checkpoints; default `group<i>`. */
  name?: string;
  /** This group's own optimizer factory, instead of the shared one. */
  optimizer?: OptimizerFactory;
}

export interface GroupedOptimizerOptions {
  groups: readonly ParamGroupConfig[];
  /** The factory of every group without its own `optimizer`. */
  optimizer?: OptimizerFactory;
  /** Adam/Adamax groups: see {@link BiasCorrection}. Default 'product'. */
  biasCorrection?: BiasCorrection;
}

/** tfjs's `NamedTensor` (not exported from the package root). */
interface NamedTensor {
  name: string;
  tensor: Tensor;
}

interface GroupRoute {
  readonly selectors: readonly ParamSelector[] | null;
  /** Variable names in the order first seen: tfjs keeps slots by position, so it must not change. */
  readonly order: string[];
  readonly position: Map<string, number>;
}

const GROUP_KEYS = ['params', 'lr', 'momentum', 'betas', 'weightDecay', 'eps', 'name', 'optimizer'];

/** A GroupedOptimizer group: live lr (momentum, betas, eps) and its decoupled weight decay. */
export interface GroupedParamGroup extends TfjsParamGroup {
  /** Decoupled weight decay applied before each update (0: none). A scheduler may write it. */
  weightDecay: number;
  /** The optimizer's epsilon, for the kinds that have one. */
  eps?: number;
}

/** tf.train optimizers whose update reads a numeric `epsilon` field at every step. */
const WITH_EPSILON = new Set(['adam', 'adamax', 'rmsprop', 'adadelta']);

/**
 * Per-variable-set learning rates for TensorFlow.js: a real `tf.Optimizer` (accepted by
 * `model.compile({ optimizer })`, usable with `minimize`) that routes each variable's gradient to
 * the tf.train optimizer of its group. Each group is a core param group with its own `lr` (and
 * momentum or betas), so a scheduler (or a ParamwiseScheduler, one schedule per group) drives it.
 *
 * ```ts
 * const optimizer = new GroupedOptimizer({
 *   groups: [{ params: model.layers[0], lr: 0.5 }, { params: model.layers[1], lr: 0.1 }],
 *   optimizer: (lr) => tf.train.sgd(lr),
 * });
 * new LambdaLR(optimizer, { lrLambda: [(e) => 0.9 ** e, (e) => 1 / (1 + e)] });
 * model.compile({ optimizer, loss: 'meanSquaredError' });
 * ```
 */
export class GroupedOptimizer extends TfOptimizer implements Optimizer<GroupedParamGroup> {
  static className = 'LrkitGroupedOptimizer';
  readonly paramGroups: readonly GroupedParamGroup[];
  /** The binding of each group's tf.train optimizer, in group order. */
  readonly bindings: readonly TfjsOptimizerBinding[];
  private readonly routes: readonly GroupRoute[];
  private readonly groupOf = new Map<string, number>();

  constructor(options: GroupedOptimizerOptions) {
    knownKeys('GroupedOptimizer', options, ['groups', 'optimizer', 'biasCorrection']);
    const configs = checkedGroups(options);
    super();
    const bindings: TfjsOptimizerBinding[] = [];
    configs.forEach((config, i) => {
      const built = (config.optimizer ?? options.optimizer!)(config.lr);
      const binding = bindOptimizer(built, biasOption(options.biasCorrection));
      if (bindings.includes(binding)) {
        invalid(`groups[${i}].optimizer`, built, 'must build a new tf.train optimizer per group');
      }
      applyHyperparameters(binding, config, i);
      bindings.push(binding);
    });
    this.bindings = bindings;
    this.paramGroups = this.bindings.map((binding, i) => {
      const group = binding.paramGroups[0] as GroupedParamGroup;
      group.name = configs[i]!.name ?? `group${i}`;
      group.weightDecay = configs[i]!.weightDecay ?? 0;
      return group;
    });
    this.routes = configs.map((config) => ({
      selectors: selectorsOf(config),
      order: [],
      position: new Map(),
    }));
  }

  /**
   * Sends each gradient to its group's optimizer, always in the same order per group, after the
   * decoupled weight decay of the groups that have one.
   */
  applyGradients(variableGradients: NamedTensorMap | NamedTensor[]): void {
    // A scheduler may have written a bad value: checked before any variable changes.
    this.paramGroups.forEach((group, g) => {
      nonNegativeFinite(`paramGroups[${g}].weightDecay`, group.weightDecay);
    });
    const perGroup: (Tensor | null)[][] = this.routes.map((route) =>
      new Array<Tensor | null>(route.order.length).fill(null),
    );
    const used = new Array<boolean>(this.routes.length).fill(false);
    const take = (name: string, tensor: Tensor | null | undefined) => {
      if (tensor == null) return;
      const g = this.groupIndexOf(name);
      const route = this.routes[g]!;
      let position = route.position.get(name);
      if (position === undefined) {
        position = route.order.length;
        route.order.push(name);
        route.position.set(name, position);
      }
      perGroup[g]![position] = tensor;
      used[g] = true;
    };
    if (Array.isArray(variableGradients)) {
      for (const { name, tensor } of variableGradients) take(name, tensor);
    } else {
      for (const name of Object.keys(variableGradients)) take(name, variableGradients[name]);
    }
    for (let g = 0; g < this.routes.length; g++) {
      if (!used[g]) continue; // an untouched group keeps its step count (Adam's bias correction)
      const order = this.routes[g]!.order;
      const tensors = perGroup[g]!;
      this.decay(g, order, tensors);
      const named = order.map((name, i) => ({ name, tensor: tensors[i] as Tensor }));
      this.bindings[g]!.optimizer.applyGradients(named);
    }
    this.incrementIterations();
  }

  /** param ← param·(1 − lr·weightDecay) for the variables of group `g` that have a gradient. */
  private decay(g: number, order: readonly string[], tensors: readonly (Tensor | null)[]): void {
    const group = this.paramGroups[g]!;
    if (group.weightDecay === 0) return;
    const factor = 1 - group.lr * group.weightDecay;
    const variables = engine().registeredVariables;
    tidy(() => {
      const f = scalar(factor);
      order.forEach((name, i) => {
        const variable = variables[name];
        if (tensors[i] != null && variable) variable.assign(mul(variable, f));
      });
    });
  }

  /** The group index that trains the variable of this name. */
  groupIndexOf(variableName: string): number {
    const known = this.groupOf.get(variableName);
    if (known !== undefined) return known;
    let found = -1;
    let catchAll = -1;
    this.routes.forEach((route, g) => {
      if (route.selectors === null) {
        catchAll = g;
        return;
      }
      if (!route.selectors.some((s) => selects(s, variableName))) return;
      if (found !== -1) {
        invalid(
          'groups',
          variableName,
          `must put each variable in one group, but it is selected by groups ${found} and ${g}`,
        );
      }
      found = g;
    });
    if (found === -1) found = catchAll;
    if (found === -1) {
      invalid(
        'groups',
        variableName,
        'must cover every trained variable: add it to a group, or add a group without params to catch the rest',
      );
    }
    this.groupOf.set(variableName, found);
    return found;
  }

  /** The variable names of a group in slot order (saved with checkpoints). */
  variableOrder(groupIndex: number): string[] {
    const route = this.routes[groupIndex];
    if (!route) invalid('groupIndex', groupIndex, `must be below ${this.routes.length}`);
    return route.order.slice();
  }

  /** Restores a group's slot order (before its slots are restored). */
  setVariableOrder(groupIndex: number, names: readonly string[]): void {
    const route = this.routes[groupIndex];
    if (!route) invalid('groupIndex', groupIndex, `must be below ${this.routes.length}`);
    route.order.length = 0;
    route.position.clear();
    names.forEach((name, i) => {
      route.order.push(name);
      route.position.set(name, i);
    });
  }

  /**
   * Not supported: tfjs could not load a model saved with this optimizer's config. Save with
   * `saveCheckpoint`, which restores every group's slots and lr.
   */
  override async getWeights(): Promise<NamedTensor[]> {
    throw new LrkitError(
      'GroupedOptimizer cannot be saved by model.save({ includeOptimizer: true }); use saveCheckpoint() from @lrkit/tfjs',
    );
  }

  override async setWeights(): Promise<void> {
    throw new LrkitError('GroupedOptimizer state is restored by loadCheckpoint().restore()');
  }

  override dispose(): void {
    for (const binding of this.bindings) binding.dispose();
  }

  override getConfig(): serialization.ConfigDict {
    return {
      groups: this.bindings.map((binding, i) => ({
        name: this.paramGroups[i]!.name ?? `group${i}`,
        className: binding.optimizer.getClassName(),
        config: binding.optimizer.getConfig(),
      })),
    };
  }
}

function biasOption(biasCorrection: BiasCorrection | undefined) {
  return biasCorrection === undefined ? {} : { biasCorrection };
}

function checkedGroups(options: GroupedOptimizerOptions): readonly ParamGroupConfig[] {
  const groups = (options as { groups?: unknown }).groups;
  if (!Array.isArray(groups) || groups.length === 0) {
    invalid('groups', groups, 'must be a non-empty array of { params, lr }');
  }
  if (options.optimizer !== undefined && typeof options.optimizer !== 'function') {
    invalid('optimizer', options.optimizer, 'must be a function (lr) => tf.train optimizer');
  }
  let catchAll = -1;
  groups.forEach((group: ParamGroupConfig, i) => {
    knownKeys(`groups[${i}]`, group, GROUP_KEYS);
    nonNegativeFinite(`groups[${i}].lr`, group.lr);
    if (group.optimizer !== undefined && typeof group.optimizer !== 'function') {
      invalid(
        `groups[${i}].optimizer`,
        group.optimizer,
        'must be a function (lr) => tf.train optimizer',
      );
    }
    if (group.optimizer === undefined && options.optimizer === undefined) {
      invalid(`groups[${i}].optimizer`, undefined, 'must be given, or the shared optimizer option');
    }
    if (group.name !== undefined && (typeof group.name !== 'string' || group.name.length === 0)) {
      invalid(`groups[${i}].name`, group.name, 'must be a non-empty string');
    }
    if (group.params === undefined) {
      if (catchAll !== -1) {
        invalid(
          `groups[${i}].params`,
          undefined,
          `must be given: group ${catchAll} already catches the rest`,
        );
      }
      catchAll = i;
    } else {
      selectorsOf(group, i);
    }
  });
  return groups;
}

function selectorsOf(group: ParamGroupConfig, index = 0): readonly ParamSelector[] | null {
  if (group.params === undefined) return null;
  const list = Array.isArray(group.params) ? group.params : [group.params];
  if (list.length === 0)
    invalid(`groups[${index}].params`, list, 'must select at least one variable');
  return list.map((s, j) => checkSelector(`groups[${index}].params[${j}]`, s));
}

function applyHyperparameters(binding: TfjsOptimizerBinding, config: ParamGroupConfig, i: number) {
  const group = binding.paramGroups[0];
  if (config.momentum !== undefined) {
    if (!('momentum' in group)) {
      invalid(
        `groups[${i}].momentum`,
        config.momentum,
        `needs a momentum or RMSProp optimizer, not ${binding.kind}`,
      );
    }
    group.momentum = config.momentum;
  }
  if (config.betas !== undefined) {
    if (!('betas' in group)) {
      invalid(
        `groups[${i}].betas`,
        config.betas,
        `needs an Adam or Adamax optimizer, not ${binding.kind}`,
      );
    }
    group.betas = config.betas;
  }
  // The factory may round or ignore the lr it was given; the group's lr is the config's.
  group.lr = config.lr;
  if (config.weightDecay !== undefined) {
    nonNegativeFinite(`groups[${i}].weightDecay`, config.weightDecay);
  }
  if (WITH_EPSILON.has(binding.kind)) defineEps(binding, group);
  if (config.eps !== undefined) {
    if (!WITH_EPSILON.has(binding.kind)) {
      invalid(
        `groups[${i}].eps`,
        config.eps,
        `needs an Adam, Adamax, RMSProp or Adadelta optimizer, not ${binding.kind}`,
      );
    }
    (group as GroupedParamGroup).eps = config.eps;
  }
}

/** A live `eps` on the group: reads and writes the optimizer's `epsilon`, which tfjs reads per update. */
function defineEps(binding: TfjsOptimizerBinding, group: TfjsParamGroup): void {
  const o = binding.optimizer as unknown as { epsilon: number };
  Object.defineProperty(group, 'eps', {
    enumerable: true,
    get: () => o.epsilon,
    set: (value: unknown) => {
      o.epsilon = nonNegativeFinite('paramGroups[0].eps', value);
    },
  });
}
