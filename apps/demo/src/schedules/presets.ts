import { fromTorch, type TorchSchedulerConfig } from '@lrkit/core';
import type { Interval, ScheduleChoice, TrainingPlan } from './schedule-choice';
import { formatTorch } from './torch-text';

/** The built-in comparison, in the order the table lists it. */
export const PRESET_NAMES = ['constant', 'warmup-cosine', 'one-cycle', 'plateau'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(value: string): value is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(value);
}

function torchChoice(
  name: string,
  config: TorchSchedulerConfig,
  interval: Interval,
  monitor?: 'val_loss',
): ScheduleChoice {
  return {
    name,
    description: `${formatTorch(config)} per ${interval}`,
    interval,
    ...(monitor ? { monitor } : {}),
    create: (optimizer) => fromTorch(optimizer, config),
  };
}

/**
 * The demo's schedules for a run of `plan.epochs` epochs. All start from the same base lr;
 * warmup + cosine and OneCycle are stepped per batch, ReduceLROnPlateau per epoch on val_loss.
 */
export function preset(name: PresetName, plan: TrainingPlan): ScheduleChoice {
  const totalSteps = plan.epochs * plan.stepsPerEpoch;
  switch (name) {
    case 'constant':
      return {
        name,
        description: `constant lr=${plan.baseLr}`,
        interval: 'epoch',
        create: () => null,
      };
    case 'warmup-cosine': {
      // 5% linear warmup from a tenth of the rate, then a cosine down to 1% of it.
      const warmup = Math.max(1, Math.round(totalSteps * 0.05));
      return torchChoice(
        name,
        {
          scheduler: 'SequentialLR',
          kwargs: {
            schedulers: [
              { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: warmup } },
              {
                scheduler: 'CosineAnnealingLR',
                kwargs: { T_max: Math.max(1, totalSteps - warmup), eta_min: plan.baseLr * 0.01 },
              },
            ],
            milestones: [warmup],
          },
        },
        'step',
      );
    }
    case 'one-cycle':
      return torchChoice(
        name,
        {
          scheduler: 'OneCycleLR',
          kwargs: { max_lr: plan.baseLr * 2, total_steps: totalSteps, cycle_momentum: false },
        },
        'step',
      );
    case 'plateau':
      return torchChoice(
        name,
        {
          scheduler: 'ReduceLROnPlateau',
          kwargs: { mode: 'min', factor: 0.5, patience: 4, threshold: 1e-3 },
        },
        'epoch',
        'val_loss',
      );
  }
}
