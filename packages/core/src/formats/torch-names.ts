/**
 * The schedulers of `torch.optim.lr_scheduler` (PyTorch 1.13 / 2.x) that `fromTorch` builds:
 * the classes other libraries' configs name (DeepSpeed's fallback, LightningCLI, Hydra).
 * lrkit's extra fromTorch entries (SWALR, third-party schedulers) are not in this module.
 */
export const TORCH_LR_SCHEDULER_NAMES: readonly string[] = [
  'LambdaLR',
  'MultiplicativeLR',
  'StepLR',
  'MultiStepLR',
  'ConstantLR',
  'LinearLR',
  'ExponentialLR',
  'PolynomialLR',
  'CosineAnnealingLR',
  'ChainedScheduler',
  'SequentialLR',
  'ReduceLROnPlateau',
  'CyclicLR',
  'OneCycleLR',
  'CosineAnnealingWarmRestarts',
];
