import { InvalidArgumentError } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-common';
import { flag, nonNegative, pick, sessionOptionsOf, snapshot, unit } from './hyperparameters';
import { names } from './naming';
import {
  OnnxOptimizer,
  type OnnxOptimizerOptions,
  type OnnxParamGroup,
  type ParamsArgument,
  splitParams,
} from './onnx-optimizer';
import { checkOptionKeys } from './option-keys';
import { buildSgdGraph } from './sgd-graph';
import type { StepGraph } from './step-graph';

export interface SgdHyperparameters {
  /** Default 1e-3, as torch.optim.SGD. */
  lr: number;
  /** Default 0. A scheduler may cycle it (CyclicLR, OneCycleLR). */
  momentum: number;
  dampening: number;
  weightDecay: number;
  nesterov: boolean;
  maximize: boolean;
}

/** A group as schedulers see it: `lr` and `momentum` are what they write. */
export interface SgdParamGroup extends OnnxParamGroup {
  lr: number;
  momentum: number;
  dampening: number;
  weightDecay: number;
  nesterov: boolean;
  maximize: boolean;
}

export type SgdOptions = Partial<SgdHyperparameters> & OnnxOptimizerOptions;

const DEFAULTS: SgdHyperparameters = {
  lr: 1e-3,
  momentum: 0,
  dampening: 0,
  weightDecay: 0,
  nesterov: false,
  maximize: false,
};

function checkGroup(group: SgdHyperparameters, path: string): void {
  nonNegative(`${path}.lr`, group.lr);
  unit(`${path}.momentum`, group.momentum);
  unit(`${path}.dampening`, group.dampening);
  nonNegative(`${path}.weightDecay`, group.weightDecay);
  flag(`${path}.nesterov`, group.nesterov);
  flag(`${path}.maximize`, group.maximize);
}

// Read twice a step: made once.
const MOMENTUM_KEYS = ['momentum_buffer'] as const;

/**
 * torch.optim.SGD as one ONNX graph (momentum, dampening, Nesterov, weight decay, maximize).
 * A group gets a momentum buffer once its momentum is non-zero, as in PyTorch; the graph is
 * rebuilt (once) when that happens, so a scheduler may cycle momentum from 0.
 */
export class SGD extends OnnxOptimizer<SgdParamGroup> {
  readonly name = 'SGD';
  protected readonly stateKeyNames = ['momentum_buffer'];
  private momentumReady: boolean[];

  constructor(params: ParamsArgument<SgdHyperparameters>, sgdOptions: SgdOptions = {}) {
    const keys = Object.keys(DEFAULTS);
    checkOptionKeys('SGD', 'options', sgdOptions, [...keys, 'sessionOptions']);
    const options = snapshot(sgdOptions);
    sessionOptionsOf(options.sessionOptions);
    const { overrides, tensors, groupNames } = splitParams(params);
    const groups = overrides.map((override, g): SgdParamGroup => {
      checkOptionKeys('an SGD param group', `params[${g}]`, override, keys);
      const o = snapshot(override);
      const h = {} as Record<keyof SgdHyperparameters, unknown>;
      for (const key of Object.keys(DEFAULTS) as (keyof SgdHyperparameters)[]) {
        h[key] = pick(key, o, options, DEFAULTS[key]);
      }
      const group = { params: groupNames[g]!, ...(h as SgdHyperparameters) };
      checkGroup(group, `paramGroups[${g}]`);
      if (group.nesterov && (group.momentum <= 0 || group.dampening !== 0)) {
        throw new InvalidArgumentError({
          parameter: `paramGroups[${g}].nesterov`,
          value: true,
          expected: `requires momentum > 0 and dampening 0 (got momentum ${group.momentum}, dampening ${group.dampening})`,
        });
      }
      return group;
    });
    super(groups, tensors, options);
    this.momentumReady = groups.map(() => false);
  }

  /** A group keeps a momentum buffer once one exists or its momentum is non-zero now. */
  private withMomentum(g: number): boolean {
    const group = this.paramGroups[g]!;
    return group.momentum !== 0 || this.hasState(g, 'momentum_buffer');
  }

  protected validateGroups(): void {
    this.paramGroups.forEach((group, g) => {
      checkGroup(group, `paramGroups[${g}]`);
    });
  }

  protected graphKey(): string {
    const parts: unknown[] = [];
    this.graphParts(parts);
    return parts.join('|');
  }

  protected override graphParts(parts: unknown[]): void {
    for (let g = 0; g < this.paramGroups.length; g++) {
      const p = this.paramGroups[g]!;
      parts.push(this.withMomentum(g), p.dampening, p.weightDecay !== 0, p.nesterov, p.maximize);
    }
  }

  protected buildGraph(): StepGraph {
    return buildSgdGraph(
      this.paramGroups.map((group, g) => ({
        params: this.packedShapes(g),
        dampening: group.dampening,
        withWeightDecay: group.weightDecay !== 0,
        nesterov: group.nesterov,
        maximize: group.maximize,
        withMomentum: this.withMomentum(g),
      })),
    );
  }

  protected stateKeys(g: number): readonly string[] {
    return this.withMomentum(g) ? MOMENTUM_KEYS : [];
  }

  protected hyperFeeds(feeds: Record<string, Tensor>): Record<string, number>[] {
    return this.paramGroups.map((group, g) => {
      const fed: Record<string, number> = { lr: this.feedScalar(feeds, names.lr(g), group.lr) };
      if (group.weightDecay !== 0) {
        // An input, not a constant, so a scheduled weight decay needs no new graph.
        fed.weightDecay = this.feedScalar(feeds, names.weightDecay(g), group.weightDecay);
      }
      if (!this.withMomentum(g)) return fed;
      fed.momentum = this.feedScalar(feeds, names.momentum(g), group.momentum);
      this.feedBool(feeds, names.momentumReady(g), this.momentumReady[g]!);
      return fed;
    });
  }

  /** The buffer holds a value once a step ran with non-zero momentum (PyTorch's buffer is None before). */
  protected override afterStep(fed: readonly Record<string, number>[]): void {
    fed.forEach((values, g) => {
      if (values.momentum !== undefined && values.momentum !== 0) this.momentumReady[g] = true;
    });
  }

  protected override extraState(): Record<string, unknown> {
    return { momentumReady: [...this.momentumReady] };
  }

  protected override prepareExtraState(extra: Record<string, unknown>): () => void {
    const ready = extra.momentumReady;
    if (
      !Array.isArray(ready) ||
      ready.length !== this.paramGroups.length ||
      !ready.every((r) => typeof r === 'boolean')
    ) {
      throw new InvalidArgumentError({
        parameter: 'state.extra.momentumReady',
        value: ready,
        expected: `must be ${this.paramGroups.length} booleans`,
      });
    }
    return () => {
      this.momentumReady = [...ready];
    };
  }

  protected checkSavedGroup(saved: Record<string, unknown>, g: number): Partial<SgdParamGroup> {
    const h = {} as Record<string, unknown>;
    for (const key of Object.keys(DEFAULTS)) h[key] = saved[key];
    checkGroup(h as unknown as SgdHyperparameters, `state.groups[${g}]`);
    if (saved.initialLr !== undefined)
      h.initialLr = nonNegative(`state.groups[${g}].initialLr`, saved.initialLr);
    return h as Partial<SgdParamGroup>;
  }
}
