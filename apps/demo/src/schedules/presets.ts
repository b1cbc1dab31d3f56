import { choiceFromTorch, type ScheduleChoice, type TrainingPlan } from './schedule-choice';

/** The built-in comparison, in the order the table lists it. */
export const PRESET_NAMES = ['constant', 'warmup-cosine', 'one-cycle', 'plateau'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(value: string): value is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(value);
}

/**
 * The demo's schedules for a run of `plan.epochs` epochs, written as a PyTorch user would. All
 * peak at the base lr; warmup + cosine and OneCycle are stepped per batch, ReduceLROnPlateau per
 * epoch on val_loss.
 */
export function preset(name: PresetName, plan: TrainingPlan): ScheduleChoice {
  const totalSteps = plan.epochs * plan.stepsPerEpoch;
  switch (name) {
    case 'constant':
      return {
        name,
        description: `constant lr=${plan.baseLr}`,
        interval: 'epoch',
        spec: null,
      };
    case 'warmup-cosine': {
      // 5% linear warmup from a tenth of the rate, then a cosine down to 1% of it.
      const warmup = Math.max(1, Math.round(totalSteps * 0.05));
      const cosine = {
        scheduler: 'CosineAnnealingLR',
        kwargs: { T_max: Math.max(1, totalSteps - warmup), eta_min: plan.baseLr * 0.01 },
      };
      const linear = { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: warmup } };
      return choiceFromTorch(
        name,
        {
          scheduler: 'SequentialLR',
          kwargs: { schedulers: [linear, cosine], milestones: [warmup] },
        },
        'step',
      );
    }
    case 'one-cycle':
      return choiceFromTorch(
        name,
        {
          scheduler: 'OneCycleLR',
          kwargs: { max_lr: plan.baseLr, total_steps: totalSteps },
        },
        'step',
      );
    case 'plateau':
      return choiceFromTorch(
        name,
        {
          scheduler: 'ReduceLROnPlateau',
          kwargs: { mode: 'min', factor: 0.5, patience: 4, threshold: 1e-3 },
        },
        'epoch',
      );
  }
}
