import { fromSpec } from '@lrkit/core';

// Fine-tuning a pretrained transformer: HuggingFace's default, a linear warmup over the first
// 6% of the steps, then a linear decay to 0 at the last step (get_linear_schedule_with_warmup).
const totalSteps = 1000;
const optimizer = { paramGroups: [{ lr: 2e-5 }] };
const scheduler = fromSpec(optimizer, {
  version: 1,
  type: 'hf-linear',
  numWarmupSteps: 60,
  numTrainingSteps: totalSteps,
});
const lrs: number[] = [];
for (let step = 0; step < totalSteps; step++) {
  lrs.push(optimizer.paramGroups[0]!.lr); // your training step reads this lr
  scheduler.step();
}
console.log(lrs[0], lrs[60], lrs[999]); // 0, the peak 2e-5, then 2e-5 / 940 on the last step
