import type { Optimizer, Scheduler, SchedulerState, TimmLRScheduler } from '@lrkit/core';

/**
 * How the gallery steps schedulers imported from other libraries. A gallery chart calls `step()`
 * once per plotted step (with the metric, for plateau schedulers); these adapters turn that into
 * each library's own call, so the page plots what the library's training loop would see.
 */

/**
 * timm is stepped at the end of every epoch with the number of the next one:
 * `lr_scheduler.step(epoch + 1, metric)` in timm's train.py. Plotted step t is then `step(t)`.
 */
export class TimmEpochs implements Scheduler {
  private epoch = 0;

  constructor(
    readonly inner: TimmLRScheduler,
    /** PlateauLRScheduler reads the metric given to each step. */
    readonly metricDriven: boolean,
  ) {}

  get optimizer(): Optimizer {
    return this.inner.optimizer;
  }

  step(metric?: number): void {
    this.epoch += 1;
    this.inner.step(this.epoch, this.metricDriven ? metric : undefined);
  }

  getLastLr(): number[] {
    return this.inner.getLastLr();
  }

  stateDict(): SchedulerState {
    return this.inner.stateDict();
  }

  loadStateDict(state: SchedulerState): void {
    this.inner.loadStateDict(state);
  }
}

/**
 * DeepSpeed's OneCycle cycles Adam's beta1, not an SGD momentum, and only when every group has
 * `betas`. The gallery's groups carry `momentum`: this gives them betas (beta1 = that momentum),
 * then copies beta1 back into `momentum` after construction and every step, so the momentum
 * chart under the lr shows the beta1 DeepSpeed writes.
 */
export function withBeta1AsMomentum(
  optimizer: Optimizer,
  build: (optimizer: Optimizer) => Scheduler,
): Scheduler {
  for (const group of optimizer.paramGroups) {
    group.betas = [group.momentum ?? 0.9, 0.999];
  }
  const inner = build(optimizer);
  const mirror = (): void => {
    for (const group of optimizer.paramGroups) {
      if (group.betas) group.momentum = group.betas[0];
    }
  };
  mirror();
  return {
    optimizer,
    step: (arg?: number) => {
      inner.step(arg);
      mirror();
    },
    getLastLr: () => inner.getLastLr(),
    stateDict: () => inner.stateDict(),
    loadStateDict: (state) => inner.loadStateDict(state),
  };
}
