import { InvalidArgumentError } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-common';
import { buildAdamGraph } from './adam-graph';
import { betasPair, flag, nonNegative, pick, sessionOptionsOf, snapshot } from './hyperparameters';
import { names } from './naming';
import {
  OnnxOptimizer,
  type OnnxOptimizerOptions,
  type OnnxParamGroup,
  type ParamsArgument,
  splitParams,
} from './onnx-optimizer';
import { checkOptionKeys } from './option-keys';
import type { StepGraph } from './step-graph';

export interface AdamHyperparameters {
  /** Default 1e-3. */
  lr: number;
  /** Default [0.9, 0.999]. Momentum-cycling schedulers replace the array with a new [beta1, beta2]. */
  betas: readonly [number, number];
  /** Default 1e-8. */
  eps: number;
  /** Default 0 for Adam (added to the gradient), 1e-2 for AdamW (decoupled). */
  weightDecay: number;
  /** Default false; fixed at construction (it decides which state tensors exist). */
  amsgrad: boolean;
  maximize: boolean;
}

/** A group as schedulers see it: `lr` and `betas` (beta1 cycled) are what they write. */
export interface AdamParamGroup extends OnnxParamGroup {
  lr: number;
  betas: readonly [number, number];
  eps: number;
  weightDecay: number;
  readonly amsgrad: boolean;
  maximize: boolean;
}

export type AdamOptions = Partial<AdamHyperparameters> & OnnxOptimizerOptions;

function checkGroup(group: AdamHyperparameters, path: string): void {
  nonNegative(`${path}.lr`, group.lr);
  betasPair(`${path}.betas`, group.betas);
  nonNegative(`${path}.eps`, group.eps);
  nonNegative(`${path}.weightDecay`, group.weightDecay);
  flag(`${path}.amsgrad`, group.amsgrad);
  flag(`${path}.maximize`, group.maximize);
}

// Read twice a step: made once.
const ADAM_KEYS = ['exp_avg', 'exp_avg_sq'] as const;
const AMSGRAD_KEYS = ['exp_avg', 'exp_avg_sq', 'max_exp_avg_sq'] as const;

/**
 * torch.optim.Adam as one ONNX graph: lr, beta1, beta2 and the step count are rank-0 float32
 * inputs, so bias correction, schedules and beta1 cycling all happen at run time.
 */
export class Adam extends OnnxOptimizer<AdamParamGroup> {
  readonly name: string = 'Adam';
  protected readonly stateKeyNames = ['exp_avg', 'exp_avg_sq', 'max_exp_avg_sq'];
  protected readonly decoupled: boolean = false;

  constructor(params: ParamsArgument<AdamHyperparameters>, adamOptions: AdamOptions = {}) {
    const defaults = new.target.defaults();
    const owner = new.target.name;
    const keys = Object.keys(defaults);
    checkOptionKeys(owner, 'options', adamOptions, [...keys, 'sessionOptions']);
    const options = snapshot(adamOptions);
    sessionOptionsOf(options.sessionOptions);
    const { overrides, tensors, groupNames } = splitParams(params);
    const groups = overrides.map((override, g): AdamParamGroup => {
      checkOptionKeys(`an ${owner} param group`, `params[${g}]`, override, keys);
      const o = snapshot(override);
      const h = {} as Record<keyof AdamHyperparameters, unknown>;
      for (const key of Object.keys(defaults) as (keyof AdamHyperparameters)[]) {
        h[key] = pick(key, o, options, defaults[key]);
      }
      const group = { params: groupNames[g]!, ...(h as AdamHyperparameters) };
      checkGroup(group, `paramGroups[${g}]`);
      group.betas = [group.betas[0], group.betas[1]];
      return group;
    });
    super(groups, tensors, options);
  }

  static defaults(): AdamHyperparameters {
    return {
      lr: 1e-3,
      betas: [0.9, 0.999],
      eps: 1e-8,
      weightDecay: 0,
      amsgrad: false,
      maximize: false,
    };
  }

  protected validateGroups(): void {
    this.paramGroups.forEach((group, g) => {
      checkGroup(group, `paramGroups[${g}]`);
    });
  }

  /** eps and weight decay are inputs: only whether a group decays at all changes the graph. */
  protected graphKey(): string {
    const parts: unknown[] = [];
    this.graphParts(parts);
    return parts.join('|');
  }

  protected override graphParts(parts: unknown[]): void {
    for (const p of this.paramGroups) parts.push(p.weightDecay !== 0, p.amsgrad, p.maximize);
  }

  protected buildGraph(): StepGraph {
    return buildAdamGraph(
      this.paramGroups.map((group, g) => ({
        params: this.packedShapes(g),
        withWeightDecay: group.weightDecay !== 0,
        amsgrad: group.amsgrad,
        maximize: group.maximize,
      })),
      { decoupled: this.decoupled },
    );
  }

  protected stateKeys(g: number): readonly string[] {
    return this.paramGroups[g]!.amsgrad ? AMSGRAD_KEYS : ADAM_KEYS;
  }

  protected hyperFeeds(feeds: Record<string, Tensor>, step: number): Record<string, number>[] {
    this.feedScalar(feeds, names.step, step);
    return this.paramGroups.map((group, g) => {
      const out: Record<string, number> = {
        lr: this.feedScalar(feeds, names.lr(g), group.lr),
        beta1: this.feedScalar(feeds, names.beta1(g), group.betas[0]),
        beta2: this.feedScalar(feeds, names.beta2(g), group.betas[1]),
        eps: this.feedScalar(feeds, names.eps(g), group.eps),
      };
      if (group.weightDecay !== 0)
        out.weightDecay = this.feedScalar(feeds, names.weightDecay(g), group.weightDecay);
      return out;
    });
  }

  protected checkSavedGroup(saved: Record<string, unknown>, g: number): Partial<AdamParamGroup> {
    const h = {} as Record<string, unknown>;
    for (const key of Object.keys(Adam.defaults())) h[key] = saved[key];
    const path = `state.groups[${g}]`;
    checkGroup(h as unknown as AdamHyperparameters, path);
    if (h.amsgrad !== this.paramGroups[g]!.amsgrad) {
      throw new InvalidArgumentError({
        parameter: `${path}.amsgrad`,
        value: h.amsgrad,
        expected: `must match the optimizer's amsgrad (${this.paramGroups[g]!.amsgrad}), which fixes its state tensors`,
      });
    }
    if (saved.initialLr !== undefined)
      h.initialLr = nonNegative(`${path}.initialLr`, saved.initialLr);
    const betas = h.betas as [number, number];
    h.betas = [betas[0], betas[1]];
    return h as Partial<AdamParamGroup>;
  }
}

/** torch.optim.AdamW: Adam with decoupled weight decay, param ← param·(1 − lr·weightDecay). */
export class AdamW extends Adam {
  override readonly name: string = 'AdamW';
  protected override readonly decoupled: boolean = true;

  static override defaults(): AdamHyperparameters {
    return { ...Adam.defaults(), weightDecay: 1e-2 };
  }
}
