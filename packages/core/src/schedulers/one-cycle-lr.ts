import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import { checkGroupsWritable, snapshotGroups } from '../internal/groups';
import {
  checkMomentumConfig,
  type MomentumKey,
  momentumKeyOf,
  momentumKeyRule,
  momentumWriterOf,
  restoreMomentums,
  takeMomentums,
  unit,
  writeMomentum,
} from '../internal/momentum';
import type { FieldRule } from '../internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  invalid,
  lastEpochOption,
  nonNegativeNumber,
  numberInRange,
  oneOf,
  perGroup,
  positiveInteger,
  positiveNumber,
  readOptions,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { lrFloor, type SchedulerBaseOptions } from '../scheduler';
import { checkStep } from '../schedules/schedule';
import { MomentumCyclingScheduler } from './momentum-cycling-scheduler';

export interface OneCycleLROptions extends SchedulerBaseOptions {
  /** Peak lr, one or one per group. */
  maxLr: number | readonly number[];
  /** Length of the cycle in steps; or give epochs and stepsPerEpoch. */
  totalSteps?: number;
  epochs?: number;
  stepsPerEpoch?: number;
  /** Fraction of the cycle spent rising. Default 0.3. */
  pctStart?: number;
  /** Default 'cos'. */
  annealStrategy?: 'cos' | 'linear';
  /** Cycle momentum (or Adam's beta1) inversely to the lr. Default true. */
  cycleMomentum?: boolean;
  baseMomentum?: number | readonly number[];
  maxMomentum?: number | readonly number[];
  /** initialLr = maxLr / divFactor. Default 25. */
  divFactor?: number;
  /** minLr = initialLr / finalDivFactor. Default 1e4. */
  finalDivFactor?: number;
  /** fast.ai's three phases: up, back down to initialLr, then annihilation. Default false. */
  threePhase?: boolean;
}

const LR_KEYS = ['initial', 'max', 'min'] as const;
const MOMENTUM_ENDS = ['max', 'base'] as const;
const ANNEAL_STRATEGIES = ['cos', 'linear'] as const;
type LrKey = (typeof LR_KEYS)[number];
type MomentumEnd = (typeof MOMENTUM_ENDS)[number];
interface Phase {
  endStep: number;
  startLr: LrKey;
  endLr: LrKey;
  startMomentum: MomentumEnd;
  endMomentum: MomentumEnd;
}

const OPTION_KEYS = [
  'maxLr',
  'totalSteps',
  'epochs',
  'stepsPerEpoch',
  'pctStart',
  'annealStrategy',
  'cycleMomentum',
  'baseMomentum',
  'maxMomentum',
  'divFactor',
  'finalDivFactor',
  'threePhase',
  'lastEpoch',
  'verbose',
];

/** A saved phase: its end step and which lrs and momentums it runs between. */
function phaseRule(parameter: string, value: unknown): void {
  const phase = value as Record<keyof Phase, unknown>;
  finiteNumber(`${parameter}.endStep`, phase.endStep);
  oneOf(`${parameter}.startLr`, phase.startLr, LR_KEYS);
  oneOf(`${parameter}.endLr`, phase.endLr, LR_KEYS);
  oneOf(`${parameter}.startMomentum`, phase.startMomentum, MOMENTUM_ENDS);
  oneOf(`${parameter}.endMomentum`, phase.endMomentum, MOMENTUM_ENDS);
}

function totalStepsOf(options: OneCycleLROptions): number {
  if (options.totalSteps !== undefined) return positiveInteger('totalSteps', options.totalSteps);
  if (options.epochs === undefined || options.stepsPerEpoch === undefined) {
    return invalid('totalSteps', undefined, 'must be given, or both epochs and stepsPerEpoch');
  }
  return (
    positiveInteger('epochs', options.epochs) *
    positiveInteger('stepsPerEpoch', options.stepsPerEpoch)
  );
}

function phasesOf(totalSteps: number, pctStart: number, threePhase: boolean): Phase[] {
  const phases: Phase[] = threePhase
    ? [
        {
          endStep: pctStart * totalSteps - 1,
          startLr: 'initial',
          endLr: 'max',
          startMomentum: 'max',
          endMomentum: 'base',
        },
        {
          endStep: 2 * pctStart * totalSteps - 2,
          startLr: 'max',
          endLr: 'initial',
          startMomentum: 'base',
          endMomentum: 'max',
        },
        {
          endStep: totalSteps - 1,
          startLr: 'initial',
          endLr: 'min',
          startMomentum: 'max',
          endMomentum: 'max',
        },
      ]
    : [
        {
          endStep: pctStart * totalSteps - 1,
          startLr: 'initial',
          endLr: 'max',
          startMomentum: 'max',
          endMomentum: 'base',
        },
        {
          endStep: totalSteps - 1,
          startLr: 'max',
          endLr: 'min',
          startMomentum: 'base',
          endMomentum: 'max',
        },
      ];
  // PyTorch divides by a zero-length phase (ZeroDivisionError) when a step lands in it.
  let start = 0;
  phases.forEach((phase, i) => {
    if (phase.endStep === start) {
      invalid(
        'pctStart',
        pctStart,
        `must leave phase ${i + 1} of the ${totalSteps}-step cycle at least one step`,
      );
    }
    start = phase.endStep;
  });
  return phases;
}

/** The 1cycle policy (Smith & Topin): warm up to maxLr, then anneal far below the start. */
export class OneCycleLR extends MomentumCyclingScheduler {
  static override readonly schedulerName = 'OneCycleLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    totalSteps: positiveInteger,
    phases: eachOf(phaseRule),
    annealStrategy: (p, v) => oneOf(p, v, ANNEAL_STRATEGIES),
    lrs: (p, v) => {
      for (const key of LR_KEYS)
        eachOf(nonNegativeNumber)(`${p}.${key}`, (v as Record<LrKey, unknown>)[key]);
    },
    momentumKey: momentumKeyRule,
    momentums: (p, v) => {
      for (const key of MOMENTUM_ENDS)
        eachOf(unit)(`${p}.${key}`, (v as Record<MomentumEnd, unknown>)[key]);
    },
    // Finite only: stepping to totalSteps extrapolates a little past the range.
    lastMomentums: eachOf(finiteNumber),
  };
  private totalSteps: number;
  private phases: Phase[];
  private annealStrategy: 'cos' | 'linear';
  private lrs: Record<LrKey, number[]>;
  private momentumKey: MomentumKey | null;
  private momentums: Record<MomentumEnd, number[]>;
  /** The momentum (or beta1) last written, restored by `loadStateDict`. */
  private lastMomentums: number[];

  constructor(optimizer: Optimizer, options: OneCycleLROptions) {
    options = readOptions('OneCycleLR', options, OPTION_KEYS);
    validateOptimizer(optimizer);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    boolean('verbose', options.verbose ?? false);
    const groupCount = optimizer.paramGroups.length;
    const totalSteps = totalStepsOf(options);
    if (lastEpoch >= totalSteps) {
      // PyTorch raises only at the constructor's step, after the groups were written.
      invalid(
        'lastEpoch',
        lastEpoch,
        `must be below totalSteps (${totalSteps}) to resume the cycle`,
      );
    }
    const pctStart = numberInRange('pctStart', options.pctStart ?? 0.3, { min: 0, max: 1 });
    const threePhase = boolean('threePhase', options.threePhase ?? false);
    const phases = phasesOf(totalSteps, pctStart, threePhase);
    const annealStrategy = oneOf(
      'annealStrategy',
      options.annealStrategy ?? 'cos',
      ANNEAL_STRATEGIES,
    );
    const maxLrs = perGroup('maxLr', options.maxLr, groupCount, nonNegativeNumber);
    const divFactor = positiveNumber('divFactor', options.divFactor ?? 25);
    const finalDivFactor = positiveNumber('finalDivFactor', options.finalDivFactor ?? 1e4);
    const cycleMomentum = boolean('cycleMomentum', options.cycleMomentum ?? true);
    const momentumKey = cycleMomentum ? momentumKeyOf(optimizer, 'cycleMomentum') : null;
    const maxMomentums = perGroup('maxMomentum', options.maxMomentum ?? 0.95, groupCount, unit);
    const baseMomentums = perGroup('baseMomentum', options.baseMomentum ?? 0.85, groupCount, unit);
    const initialLrs = maxLrs.map((maxLr) => maxLr / divFactor);
    const fresh = lastEpoch === -1;
    checkGroupsWritable(
      optimizer,
      momentumKey ? ['lr', 'initialLr', momentumKey] : ['lr', 'initialLr'],
    );
    const before = snapshotGroups(optimizer);
    if (fresh) {
      // PyTorch overwrites initial_lr: the cycle starts at maxLr / divFactor whatever the group had.
      optimizer.paramGroups.forEach((group, i) => {
        group.initialLr = initialLrs[i]!;
      });
    }
    super(optimizer, options);
    this.totalSteps = totalSteps;
    this.phases = phases;
    this.annealStrategy = annealStrategy;
    this.lrs = {
      initial: this.baseLrs.slice(),
      max: maxLrs,
      min: this.baseLrs.map((lr) => lr / finalDivFactor),
    };
    this.momentumKey = momentumKey;
    this.momentums = momentumKey
      ? { max: maxMomentums, base: baseMomentums }
      : { max: [], base: [] };
    this.lastMomentums = momentumKey ? maxMomentums.slice() : [];
    this.momentumWriter = momentumWriterOf(momentumKey, groupCount);
    if (fresh && momentumKey) {
      for (const [i, group] of optimizer.paramGroups.entries()) {
        writeMomentum(group, momentumKey, maxMomentums[i]!);
      }
    }
    this.initialStep(before);
  }

  protected override writtenKeys(): readonly string[] {
    return this.momentumKey ? ['lr', this.momentumKey] : ['lr'];
  }

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    checkMomentumConfig(next, root, this.momentumKey);
    const totalSteps = next.totalSteps as number;
    if ((next.lastEpoch as number) > totalSteps) {
      invalid(`${root}.lastEpoch`, next.lastEpoch, `must be at most totalSteps (${totalSteps})`);
    }
    // As phasesOf builds them: no phase of length 0, ends increasing, the last at totalSteps - 1.
    const phases = next.phases as Phase[];
    let start = 0;
    phases.forEach((phase, i) => {
      const last = i === phases.length - 1;
      const ok =
        phase.endStep !== start &&
        (i === 0 || phase.endStep > phases[i - 1]!.endStep) &&
        (last ? phase.endStep === totalSteps - 1 : phase.endStep < totalSteps - 1);
      if (!ok) {
        invalid(
          `${root}.phases[${i}].endStep`,
          phase.endStep,
          last
            ? `must be totalSteps - 1 (${totalSteps - 1})`
            : 'must leave every phase at least one step, ending in increasing order below totalSteps - 1',
        );
      }
      start = phase.endStep;
    });
  }

  /** A linear anneal stepped to totalSteps extrapolates past minLr, at most by the peak. */
  protected override savedLrFloor(next: Readonly<Record<string, unknown>>, group: number): number {
    const peak = (next.lrs as Record<LrKey, number[]>).max[group] ?? 0;
    return -peak + lrFloor(peak);
  }

  protected override commitState(next: Readonly<Record<string, unknown>>): void {
    super.commitState(next);
    restoreMomentums(this.optimizer, this.momentumKey, this.lastMomentums);
  }

  protected override momentumsWritten(): void {
    this.lastMomentums = takeMomentums(this.momentumWriter, this.lastMomentums);
  }

  private anneal(start: number, end: number, pct: number): number {
    if (this.annealStrategy === 'linear') return (end - start) * pct + start;
    return end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);
  }

  getLr(): number[] {
    return this.freshLr();
  }

  /** The phase containing `step` and the fraction of it done; past totalSteps it throws. */
  private phaseAt(step: number): { phase: Phase; pct: number } {
    if (step > this.totalSteps) {
      throw new ScheduleExhaustedError({
        scheduler: 'OneCycleLR',
        step,
        totalSteps: this.totalSteps,
      });
    }
    const last = this.phases.length - 1;
    let start = 0;
    let phase = this.phases[last]!;
    for (let i = 0; i < this.phases.length; i++) {
      const candidate = this.phases[i]!;
      if (step <= candidate.endStep || i === last) {
        phase = candidate;
        break;
      }
      start = candidate.endStep;
    }
    return { phase, pct: (step - start) / (phase.endStep - start) };
  }

  /** Also writes the cycled momentum (or beta1) of every group, as PyTorch's get_lr does. */
  protected override computeLr(out: number[]): void {
    const { phase, pct } = this.phaseAt(this.lastEpoch);
    const startLrs = this.lrs[phase.startLr];
    const endLrs = this.lrs[phase.endLr];
    for (let g = 0; g < out.length; g++) {
      out[g] = this.anneal(startLrs[g]!, endLrs[g]!, pct);
    }
    const writer = this.momentumWriter;
    if (writer !== null && writer.key !== null) {
      // Written with the lrs by applyLrs, so that a failed step writes neither.
      const startMomentums = this.momentums[phase.startMomentum];
      const endMomentums = this.momentums[phase.endMomentum];
      for (let g = 0; g < out.length; g++) {
        writer.buffer[g] = this.anneal(startMomentums[g]!, endMomentums[g]!, pct);
      }
    }
  }

  /**
   * The lr of every group at `step` (an integer from 0 to totalSteps), without stepping or
   * touching momentum; past totalSteps it throws ScheduleExhaustedError as `step()` does.
   */
  lrAt(step: number): number[] {
    const { phase, pct } = this.phaseAt(checkStep(step));
    const startLrs = this.lrs[phase.startLr];
    const endLrs = this.lrs[phase.endLr];
    return startLrs.map((startLr, g) => this.anneal(startLr, endLrs[g]!, pct));
  }
}
