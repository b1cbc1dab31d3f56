import {
  cosineSchedule,
  LRScheduler,
  type Optimizer,
  preview,
  ScheduleLR,
  warmupSchedule,
} from '@lrkit/core';

// 1. A PyTorch-style scheduler: subclass LRScheduler, override getLr(), finish the constructor
//    with initialStep(). Its numeric fields are saved by stateDict() and restored by loadStateDict().
class InverseSqrtWarmup extends LRScheduler {
  static override readonly schedulerName = 'InverseSqrtWarmup';
  private readonly warmupSteps: number;

  constructor(optimizer: Optimizer, options: { warmupSteps: number }) {
    super(optimizer);
    this.warmupSteps = options.warmupSteps;
    this.initialStep();
  }

  override getLr(): number[] {
    const t = this.lastEpoch + 1;
    const factor = Math.min(t / this.warmupSteps, Math.sqrt(this.warmupSteps / t));
    return this.baseLrs.map((lr) => lr * factor);
  }
}

const optimizer = { paramGroups: [{ lr: 1e-3 }] };
const custom = new InverseSqrtWarmup(optimizer, { warmupSteps: 4000 });
custom.step();
const saved = JSON.stringify(custom.stateDict());

// 2. Or compose closed forms, no class needed; ScheduleLR drives any optimizer with them.
const schedule = warmupSchedule({
  warmupSteps: 100,
  schedule: cosineSchedule({ peakLr: 1, decaySteps: 900 }),
});
const composed = new ScheduleLR({ paramGroups: [{ lr: 3e-4 }] }, { schedule, scale: 'multiplier' });
composed.step();

// Either one previews like a built-in.
const curve = preview((o: Optimizer) => new InverseSqrtWarmup(o, { warmupSteps: 10 }), {
  steps: 50,
});
console.log(saved, curve.lr[0]?.[9], schedule.lrAt(100));
