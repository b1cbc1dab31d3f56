import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import { type Commit, PREPARE_LOAD } from '../internal/prepare-load';
import { ownValue } from '../internal/state';
import { invalid, isPlainObject, knownKeys } from '../internal/validate';
import type { Optimizer, ParamGroup } from '../optimizer';
import { LRScheduler, type Scheduler } from '../scheduler';
import { isMetricDriven } from '../schedulers/metric-driven';
import { fromSpec } from '../spec/from-spec';
import type { SchedulerSpec } from '../spec/spec-json';
import { planLength } from './plan-length';
import { planJson, type ResizeOptions, type ResizePlan, resizePlan } from './resize-plan';
import { peakStep, resizedCurve, type StepValue } from './resized-curve';

/** Options of {@link ResizedLR}. */
export interface ResizedLROptions {
  /** The spec of the scheduler the run was started with (`toSpec(scheduler)`), any type. */
  plan: SchedulerSpec;
  /** The policy, the resume step (the saved lastEpoch) and the new total length. */
  resize: ResizeOptions;
  verbose?: boolean;
}

/**
 * The lr each group would have had under the old plan, step by step, recorded from a copy of the
 * old scheduler run on a private optimizer: PyTorch's exact (recursive) numbers, not a formula.
 * Extended lazily; after a plan that runs out (OneCycleLR) its last lr holds.
 */
class PlanRecording {
  private readonly values: number[][];
  private exhausted = false;
  private readonly scheduler: Scheduler;

  constructor(spec: SchedulerSpec, groups: readonly ParamGroup[], baseLrs: readonly number[]) {
    const probe: Optimizer = {
      paramGroups: groups.map((g, i) => {
        const copy: ParamGroup = { lr: baseLrs[i]! };
        if (g.momentum !== undefined) copy.momentum = g.momentum;
        if (g.betas !== undefined) copy.betas = [g.betas[0], g.betas[1]];
        return copy;
      }),
    };
    this.scheduler = fromSpec(probe, { ...spec, version: 1 });
    if (isMetricDriven(this.scheduler)) {
      invalid(
        'plan',
        spec.type,
        'must not be metric-driven: a plateau has no planned length to resize',
      );
    }
    this.values = [this.scheduler.getLastLr()];
  }

  at(group: number, step: number): number {
    while (this.values.length <= step && !this.exhausted) {
      try {
        this.scheduler.step();
        this.values.push(this.scheduler.getLastLr());
      } catch (error) {
        if (!(error instanceof ScheduleExhaustedError)) throw error;
        this.exhausted = true;
      }
    }
    const row = this.values[Math.min(step, this.values.length - 1)]!;
    return row[group]!;
  }
}

/**
 * A scheduler resumed with a new total length: the old plan (any scheduler spec: a PyTorch
 * scheduler, SequentialLR, a closed form) fitted to `resize.totalSteps` by a named policy, and
 * positioned at `resize.resumeStep`. `fromSpec(optimizer, spec, { resize })` builds one.
 *
 * @example
 * // saved: { spec: toSpec(scheduler), state: scheduler.stateDict() } at step 40 of tMax 100
 * const resumed = new ResizedLR(optimizer, {
 *   plan: saved.spec,
 *   resize: { policy: 'continue', resumeStep: 40, totalSteps: 150 },
 * });
 */
export class ResizedLR extends LRScheduler {
  static override readonly schedulerName = 'ResizedLR';
  private plan: Record<string, unknown>;
  private resize: Record<string, number | string>;
  declare private readonly curves: StepValue[];

  constructor(optimizer: Optimizer, options: ResizedLROptions) {
    knownKeys('ResizedLR', options, ['plan', 'resize', 'verbose']);
    if (!isPlainObject(options.plan) || typeof options.plan.type !== 'string') {
      invalid('plan', options.plan, 'must be a scheduler spec { type, ... } (from toSpec)');
    }
    const { version: _version, ...planSpec } = options.plan;
    const resolved = resizePlan(options.resize, planLength(planSpec));
    const groups = optimizer.paramGroups;
    // The old plan started from each group's initial lr (or its lr, on a fresh optimizer).
    const bases = groups.map((g) => (typeof g.initialLr === 'number' ? g.initialLr : g.lr));
    const recording = new PlanRecording(planSpec as SchedulerSpec, groups, bases);
    super(optimizer, options.verbose === undefined ? {} : { verbose: options.verbose });
    this.plan = JSON.parse(JSON.stringify(planSpec));
    this.resize = planJson(resolved);
    Object.defineProperty(this, 'curves', { value: curvesOf(resolved, recording, groups.length) });
    this.initialStep();
    if (resolved.resumeStep > 0) this.step(resolved.resumeStep);
  }

  /** The resize plan: policy, resume step, old and new lengths (and the policy's own fields). */
  get resizePlan(): Readonly<Record<string, number | string>> {
    return { ...this.resize };
  }

  /** The lr of every group at `step` of the resized plan, without stepping. */
  lrAt(step: number): number[] {
    return this.curves.map((curve) => curve(step));
  }

  getLr(): number[] {
    return this.lrAt(this.lastEpoch);
  }

  protected override computeLr(out: number[]): void {
    for (let i = 0; i < out.length; i++) out[i] = this.curves[i]!(this.lastEpoch);
  }

  protected override closedFormLr(): number[] {
    return this.lrAt(this.lastEpoch);
  }

  /** A state of another plan or another resize is refused first, whatever else it holds. */
  override [PREPARE_LOAD](state: unknown, root: string): Commit {
    for (const key of ['plan', 'resize'] as const) {
      const saved = isPlainObject(state) ? ownValue(state, key) : undefined;
      if (saved !== undefined && JSON.stringify(saved) !== JSON.stringify(this[key])) {
        invalid(
          `${root}.${key}`,
          saved,
          `must equal this ResizedLR's ${key} (${JSON.stringify(this[key])}): the state belongs to another resize`,
        );
      }
    }
    return super[PREPARE_LOAD](state, root);
  }
}

function curvesOf(plan: ResizePlan, recording: PlanRecording, groups: number): StepValue[] {
  return Array.from({ length: groups }, (_, i) => {
    const f: StepValue = (t) => recording.at(i, t);
    const peak = plan.policy === 'rewarm' ? peakStep(f, plan.previousTotalSteps) : undefined;
    return resizedCurve(plan, f, peak);
  });
}
