import { boolean, invalid } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { ScheduleLR } from '../schedulers/schedule-lr';
import {
  type MegatronDecayStyle,
  type MegatronWdIncrStyle,
  type MegatronWsdDecayStyle,
  megatronSchedule,
  megatronWeightDecaySchedule,
} from '../schedules/megatron';
import type { Schedule } from '../schedules/schedule';
import { inLibraryTerms, renameArgs } from './snake-args';

/** The arguments of Megatron-Core's `OptimizerParamScheduler`, as in Python. */
export interface MegatronArgs {
  init_lr: number;
  max_lr: number;
  min_lr: number;
  lr_warmup_steps: number;
  lr_decay_steps: number;
  lr_decay_style: MegatronDecayStyle;
  wsd_decay_steps?: number | null;
  lr_wsd_decay_style?: MegatronWsdDecayStyle | null;
  /** Weight decay: all four or none (Megatron requires them; lrkit leaves the wd alone without). */
  start_wd?: number;
  end_wd?: number;
  wd_incr_steps?: number;
  wd_incr_style?: MegatronWdIncrStyle;
  use_checkpoint_opt_param_scheduler?: boolean | null;
  override_opt_param_scheduler?: boolean | null;
}

const LR_NAMES = {
  init_lr: 'initLr',
  max_lr: 'maxLr',
  min_lr: 'minLr',
  lr_warmup_steps: 'warmupSteps',
  lr_decay_steps: 'decaySteps',
  lr_decay_style: 'decayStyle',
  wsd_decay_steps: 'wsdDecaySteps',
  lr_wsd_decay_style: 'wsdDecayStyle',
};
const WD_NAMES = {
  start_wd: 'startWd',
  end_wd: 'endWd',
  wd_incr_steps: 'incrSteps',
  wd_incr_style: 'incrStyle',
};
const FLAG_NAMES = {
  use_checkpoint_opt_param_scheduler: 'useCheckpoint',
  override_opt_param_scheduler: 'override',
};
const ALL_NAMES = { ...LR_NAMES, ...WD_NAMES, ...FLAG_NAMES };

function pick(options: Record<string, unknown>, names: Record<string, string>) {
  const out: Record<string, unknown> = {};
  for (const option of Object.values(names)) {
    if (option in options) out[option] = options[option];
  }
  return out;
}

function lrRequired(options: Record<string, unknown>): void {
  for (const [arg, option] of Object.entries(LR_NAMES)) {
    if (!arg.startsWith('wsd') && !arg.startsWith('lr_wsd') && !(option in options)) {
      invalid(arg, undefined, 'is a required argument of OptimizerParamScheduler');
    }
  }
}

/** The lr and weight-decay schedules of Megatron arguments, validated as Megatron does. */
function schedulesOf(args: unknown): { lr: Schedule; weightDecay: Schedule | undefined } {
  const options = renameArgs('OptimizerParamScheduler', args, ALL_NAMES);
  try {
    lrRequired(options);
    const flags = pick(options, FLAG_NAMES);
    const useCheckpoint = boolean('useCheckpoint', flags.useCheckpoint ?? true);
    if (boolean('override', flags.override ?? false) && useCheckpoint) {
      invalid(
        'override',
        true,
        'cannot be set with use_checkpoint_opt_param_scheduler (Megatron asserts)',
      );
    }
    const lr = megatronSchedule(pick(options, LR_NAMES) as never);
    const wd = pick(options, WD_NAMES);
    const count = Object.keys(wd).length;
    if (count > 0 && count < 4) {
      const missing = Object.entries(WD_NAMES).find(([, o]) => !(o in wd))!;
      invalid(missing[0], undefined, 'is required with the other weight-decay arguments');
    }
    return { lr, weightDecay: count === 4 ? megatronWeightDecaySchedule(wd as never) : undefined };
  } catch (error) {
    throw inLibraryTerms(error, ALL_NAMES);
  }
}

/** Megatron-Core's lr rule as a closed-form Schedule of absolute lrs (the step is num_steps). */
export function scheduleFromMegatron(args: MegatronArgs): Schedule {
  return schedulesOf(args).lr;
}

/** Megatron-Core's weight-decay rule (start_wd … wd_incr_style) as a Schedule of weight decays. */
export function weightDecayFromMegatron(args: MegatronArgs): Schedule {
  const { weightDecay } = schedulesOf(args);
  if (!weightDecay)
    invalid('start_wd', undefined, 'is required (with end_wd, wd_incr_steps, wd_incr_style)');
  return weightDecay;
}

/**
 * Drives an optimizer as Megatron-Core's `OptimizerParamScheduler` built with these arguments:
 * every group gets the same lr, step() is Megatron's step(increment=1) (once per iteration), and
 * construction writes the lr of step 0 as Megatron's constructor does. Per-group max_lr/min_lr
 * overrides are not read; the weight decay is available as `weightDecayFromMegatron(args)`.
 */
export function fromMegatron(optimizer: Optimizer, args: MegatronArgs): ScheduleLR {
  const { lr } = schedulesOf(args);
  return new ScheduleLR(optimizer, { schedule: lr, scale: 'absolute' });
}
