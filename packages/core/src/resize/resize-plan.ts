import {
  invalid,
  isPlainObject,
  nonNegativeInteger,
  oneOf,
  positiveInteger,
  positiveNumber,
} from '../internal/validate';

/**
 * What happens to a schedule whose total length changes between a checkpoint and its resume:
 * - `'keep-fraction'`: every fraction of the run keeps its planned lr (the whole plan stretched
 *   to the new length), so the lr jumps at the resume step. This is what rebuilding a PyTorch
 *   scheduler with the new length and the saved step count gives, made explicit.
 * - `'continue'`: the lr is continuous at the resume step and the rest of the plan is stretched
 *   or squeezed to end exactly at the new length.
 * - `'cooldown-now'`: decay from the current lr to the plan's end value over `cooldownSteps`
 *   (WSD-style), then hold it until the new end.
 * - `'rewarm'`: a short warmup from the current lr back to a peak, then the plan's decay from
 *   its peak, stretched to end at the new length.
 */
export type ResizePolicy = 'keep-fraction' | 'continue' | 'cooldown-now' | 'rewarm';

export const resizePolicies: readonly ResizePolicy[] = [
  'keep-fraction',
  'continue',
  'cooldown-now',
  'rewarm',
];

/** The decay curve of `'cooldown-now'`. */
export type CooldownShape = 'linear' | 'cosine' | '1-sqrt';

/** How to resize a plan when a run resumes with a new total length. */
export interface ResizeOptions {
  policy: ResizePolicy;
  /** The step the checkpoint was saved at (the scheduler's lastEpoch), an integer ≥ 0. */
  resumeStep: number;
  /** The new total length in steps; the resized plan reaches its end value exactly here. */
  totalSteps: number;
  /** The old total length; inferred from the spec where it has one (tMax, decaySteps, ...). */
  previousTotalSteps?: number;
  /** `'cooldown-now'`: steps of the decay. Default: all the remaining steps. */
  cooldownSteps?: number;
  /** `'cooldown-now'`: 'linear' (default), 'cosine' or '1-sqrt'. */
  cooldownShape?: CooldownShape;
  /** `'rewarm'`: steps of the warmup. Default: a tenth of the remaining steps (at least 1). */
  warmupSteps?: number;
  /** `'rewarm'`: the new peak as a multiple of the plan's peak. Default 1. */
  peakScale?: number;
}

export const RESIZE_KEYS = [
  'policy',
  'resumeStep',
  'totalSteps',
  'previousTotalSteps',
  'cooldownSteps',
  'cooldownShape',
  'warmupSteps',
  'peakScale',
] as const;

/** A validated plan: every field resolved. */
export interface ResizePlan {
  readonly policy: ResizePolicy;
  readonly resumeStep: number;
  readonly totalSteps: number;
  readonly previousTotalSteps: number;
  readonly cooldownSteps: number;
  readonly cooldownShape: CooldownShape;
  readonly warmupSteps: number;
  readonly peakScale: number;
}

function onlyFor(options: ResizeOptions, key: keyof ResizeOptions, policy: ResizePolicy): void {
  if (options[key] !== undefined && options.policy !== policy) {
    invalid(
      key,
      options[key],
      `applies only to policy '${policy}' (the policy is '${options.policy}')`,
    );
  }
}

/**
 * Validates resize options against the old plan's length (`inferred`, when the spec tells it).
 * The resume step must lie within both plans: at most the old length, below the new one.
 */
export function resizePlan(options: unknown, inferred: number | undefined): ResizePlan {
  if (!isPlainObject(options)) {
    invalid('resize', options, 'must be an object { policy, resumeStep, totalSteps, ... }');
  }
  for (const key of Object.keys(options)) {
    if (!(RESIZE_KEYS as readonly string[]).includes(key)) {
      invalid(
        `resize.${key}`,
        options[key],
        `is not a resize option; valid options are ${RESIZE_KEYS.join(', ')}`,
      );
    }
  }
  const o = options as unknown as ResizeOptions;
  const policy = oneOf('policy', o.policy, resizePolicies);
  onlyFor(o, 'cooldownSteps', 'cooldown-now');
  onlyFor(o, 'cooldownShape', 'cooldown-now');
  onlyFor(o, 'warmupSteps', 'rewarm');
  onlyFor(o, 'peakScale', 'rewarm');
  const totalSteps = positiveInteger('totalSteps', o.totalSteps);
  const resumeStep = nonNegativeInteger('resumeStep', o.resumeStep);
  if (o.previousTotalSteps === undefined && inferred === undefined) {
    invalid(
      'previousTotalSteps',
      undefined,
      "is required: the old plan's length cannot be read from this schedule",
    );
  }
  const previousTotalSteps = positiveInteger(
    'previousTotalSteps',
    o.previousTotalSteps ?? inferred,
  );
  if (resumeStep >= totalSteps) {
    invalid('resumeStep', resumeStep, `must be below the new totalSteps (${totalSteps})`);
  }
  if (resumeStep > previousTotalSteps) {
    invalid(
      'resumeStep',
      resumeStep,
      `must be at most the old length, previousTotalSteps (${previousTotalSteps})`,
    );
  }
  const remaining = totalSteps - resumeStep;
  const cooldownSteps = positiveInteger('cooldownSteps', o.cooldownSteps ?? remaining);
  if (cooldownSteps > remaining) {
    invalid('cooldownSteps', cooldownSteps, `must be at most the remaining steps (${remaining})`);
  }
  const warmupSteps = positiveInteger(
    'warmupSteps',
    o.warmupSteps ?? Math.max(1, Math.ceil(remaining / 10)),
  );
  if (policy === 'rewarm' && warmupSteps >= remaining) {
    invalid('warmupSteps', warmupSteps, `must be below the remaining steps (${remaining})`);
  }
  return {
    policy,
    resumeStep,
    totalSteps,
    previousTotalSteps,
    cooldownSteps,
    cooldownShape: oneOf('cooldownShape', o.cooldownShape ?? 'linear', [
      'linear',
      'cosine',
      '1-sqrt',
    ]),
    warmupSteps,
    peakScale: positiveNumber('peakScale', o.peakScale ?? 1),
  };
}

/** The plan as JSON (the `resize` part of a spec), with only the fields the policy uses. */
export function planJson(plan: ResizePlan): Record<string, number | string> {
  const json: Record<string, number | string> = {
    policy: plan.policy,
    resumeStep: plan.resumeStep,
    totalSteps: plan.totalSteps,
    previousTotalSteps: plan.previousTotalSteps,
  };
  if (plan.policy === 'cooldown-now') {
    json.cooldownSteps = plan.cooldownSteps;
    json.cooldownShape = plan.cooldownShape;
  }
  if (plan.policy === 'rewarm') {
    json.warmupSteps = plan.warmupSteps;
    json.peakScale = plan.peakScale;
  }
  return json;
}
