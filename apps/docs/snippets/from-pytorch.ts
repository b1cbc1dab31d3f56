import { CosineAnnealingLR, fromTorch, OneCycleLR } from '@lrkit/core';

const optimizer = { paramGroups: [{ lr: 0.1, momentum: 0.9 }] };

// torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=100, eta_min=1e-3)
// becomes, keyword for keyword:
const cosine = fromTorch(optimizer, {
  scheduler: 'CosineAnnealingLR',
  kwargs: { T_max: 100, eta_min: 1e-3 },
});
cosine.step();

// ...or with lrkit's own options (camelCase, same meaning, same numbers):
const sameCosine = new CosineAnnealingLR(
  { paramGroups: [{ lr: 0.1 }] },
  { tMax: 100, etaMin: 1e-3 },
);
sameCosine.step();

// A config read from a Python project's YAML or JSON ports verbatim, nesting included:
const config = {
  scheduler: 'SequentialLR',
  kwargs: {
    schedulers: [
      { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: 5 } },
      { scheduler: 'ExponentialLR', kwargs: { gamma: 0.95 } },
    ],
    milestones: [5],
  },
};
const sequential = fromTorch({ paramGroups: [{ lr: 0.1 }] }, config);
sequential.step();

// OneCycleLR cycles momentum (or Adam's betas[0]) too, as PyTorch does.
const oneCycle = new OneCycleLR(
  { paramGroups: [{ lr: 0.1, momentum: 0.9 }] },
  {
    maxLr: 0.1,
    totalSteps: 1000,
  },
);
oneCycle.step();
