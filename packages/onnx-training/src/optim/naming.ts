/** Per-group names are fed at every step: each is built once and then looked up. */
function perGroup(prefix: string): (g: number) => string {
  const cache: string[] = [];
  return (g) => (cache[g] ??= `${prefix}.${g}`);
}

/**
 * Value names of the optimizer-step graphs (documented in the README). Prefixes keep parameter
 * names free-form: a parameter may itself contain dots (`layer0.weight`).
 */
export const names = {
  /** Parameter value going in (optimizer graph) — the gradient graph uses the bare name. */
  param: (param: string) => `param.${param}`,
  /** Gradient of a parameter: an output of the gradient graph and an input of the optimizer graph. */
  grad: (param: string) => `grad.${param}`,
  /** One optimizer state tensor of one parameter, e.g. `state.exp_avg.layer0.weight`. */
  state: (key: string, param: string) => `state.${key}.${param}`,
  nextParam: (param: string) => `next.param.${param}`,
  nextState: (key: string, param: string) => `next.state.${key}.${param}`,
  /** Rank-0 float32 hyperparameter inputs of group `g` (its index). */
  lr: perGroup('lr'),
  momentum: perGroup('momentum'),
  momentumReady: perGroup('momentum_buffer_ready'),
  beta1: perGroup('beta1'),
  beta2: perGroup('beta2'),
  /** Present only while the group's weight decay is non-zero (a zero one adds no work). */
  weightDecay: perGroup('weight_decay'),
  eps: perGroup('eps'),
  /** The 1-based step count of the update being computed (Adam's bias correction). */
  step: 'step',
  /** The gradient graph's scalar loss output. */
  loss: 'loss',
} as const;
