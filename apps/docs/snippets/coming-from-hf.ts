import { fromHf, fromHfTrainingArguments } from '@lrkit/core';

// transformers: get_scheduler('cosine_with_restarts', optimizer, num_warmup_steps=100,
//                             num_training_steps=1000, scheduler_specific_kwargs={'num_cycles': 3})
const optimizer = { paramGroups: [{ lr: 3e-5 }], defaults: { lr: 3e-5 } };
const scheduler = fromHf(optimizer, {
  name: 'cosine_with_restarts',
  num_warmup_steps: 100,
  num_training_steps: 1000,
  scheduler_specific_kwargs: { num_cycles: 3 },
});
console.log(optimizer.paramGroups[0]!.lr); // 0: base lr × λ(0), as LambdaLR sets it
for (let step = 0; step < 100; step++) scheduler.step(); // once per optimizer.step()
console.log(optimizer.paramGroups[0]!.lr); // 3e-5: the warmup is over

// Trainer(args=TrainingArguments(lr_scheduler_type='warmup_stable_decay', warmup_steps=0.1, max_steps=2000,
//                                lr_scheduler_kwargs={'num_decay_steps': 400, 'min_lr_ratio': 0.1}))
const { numWarmupSteps, numTrainingSteps } = fromHfTrainingArguments(
  { paramGroups: [{ lr: 3e-5 }], defaults: { lr: 3e-5 } },
  {
    lr_scheduler_type: 'warmup_stable_decay',
    warmup_steps: 0.1, // below 1: a ratio of the training steps
    max_steps: 2000,
    lr_scheduler_kwargs: { num_decay_steps: 400, min_lr_ratio: 0.1 },
  },
);
console.log(numWarmupSteps, numTrainingSteps); // 200 2000
