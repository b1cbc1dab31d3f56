import { CosineAnnealingLR, LinearLR, type ParamGroup, SequentialLR } from '@lrkit/core';

// A hand-written SGD with momentum fitting y = 3x + 1. Any object with `paramGroups` is an
// optimizer to lrkit: the scheduler writes `group.lr`, the update below reads it.
interface SgdGroup extends ParamGroup {
  params: number[];
  velocity: number[];
}
const group: SgdGroup = { lr: 0.1, momentum: 0.9, params: [0, 0], velocity: [0, 0] };
const optimizer = { paramGroups: [group] };

function sgdStep(gradients: readonly number[]): void {
  for (const g of optimizer.paramGroups) {
    g.params.forEach((_, i) => {
      g.velocity[i] = (g.momentum ?? 0) * g.velocity[i]! + gradients[i]!;
      g.params[i]! -= g.lr * g.velocity[i]!; // the lr the scheduler set
    });
  }
}

// 5 epochs of linear warmup from 0.01, then a cosine down to 0.001 over the remaining 195.
const scheduler = new SequentialLR(optimizer, {
  schedulers: [
    new LinearLR(optimizer, { startFactor: 0.1, totalIters: 5 }),
    new CosineAnnealingLR(optimizer, { tMax: 195, etaMin: 0.001 }),
  ],
  milestones: [5],
});

const xs = Array.from({ length: 32 }, (_, i) => i / 32);
for (let epoch = 0; epoch < 200; epoch++) {
  const [w, b] = group.params as [number, number];
  const residuals = xs.map((x) => w * x + b - (3 * x + 1));
  const gradW = (2 * residuals.reduce((s, r, i) => s + r * xs[i]!, 0)) / xs.length;
  const gradB = (2 * residuals.reduce((s, r) => s + r, 0)) / xs.length;
  sgdStep([gradW, gradB]);
  scheduler.step(); // once per epoch, after the optimizer, as in PyTorch
}
console.log(group.params, scheduler.getLastLr());
