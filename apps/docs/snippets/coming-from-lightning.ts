import { fromHydra, fromLightning, lightningRunnerEntry, SchedulerRunner } from '@lrkit/core';

// lrkit reads no YAML: parse the file with your YAML library; these are the parsed objects.
// LightningCLI (config.yaml):  lr_scheduler: { class_path: ..., init_args: { ... } }
const lightningConfig = {
  class_path: 'torch.optim.lr_scheduler.SequentialLR',
  init_args: {
    schedulers: [
      {
        class_path: 'torch.optim.lr_scheduler.LinearLR',
        init_args: { start_factor: 0.1, total_iters: 5 },
      },
      { class_path: 'torch.optim.lr_scheduler.CosineAnnealingLR', init_args: { T_max: 95 } },
    ],
    milestones: [5],
  },
};
const warmupCosine = fromLightning({ paramGroups: [{ lr: 0.1 }] }, lightningConfig);
warmupCosine.step();

// Hydra (scheduler/step.yaml):  _target_: torch.optim.lr_scheduler.StepLR
const hydraConfig = { _target_: 'torch.optim.lr_scheduler.StepLR', _partial_: true, step_size: 30 };
const stepLr = fromHydra({ paramGroups: [{ lr: 0.1 }] }, hydraConfig);
stepLr.step();

// What configure_optimizers returns as "lr_scheduler", run by lrkit's runner.
const optimizer = { paramGroups: [{ lr: 0.1 }] };
const runner = new SchedulerRunner(
  lightningRunnerEntry(optimizer, {
    scheduler: {
      class_path: 'lightning.pytorch.cli.ReduceLROnPlateau',
      init_args: { monitor: 'val_loss', patience: 2 },
    },
    interval: 'epoch',
    frequency: 1,
  }),
);
for (let epoch = 0; epoch < 5; epoch++) runner.onEpochEnd({ val_loss: 1.0 });
console.log(optimizer.paramGroups[0]!.lr); // reduced once the loss stalled
