import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import { type MomentumKey, momentumKeyOf, writeMomentum } from '../internal/momentum';
import {
  boolean,
  invalid,
  knownKeys,
  lastEpochOption,
  nonNegativeNumber,
  numberInRange,
  oneOf,
  perGroup,
  positiveInteger,
  positiveNumber,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';

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

type LrKey = 'initial' | 'max' | 'min';
type MomentumEnd = 'max' | 'base';
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
export class OneCycleLR extends LRScheduler {
  static override readonly schedulerName = 'OneCycleLR';
  private totalSteps: number;
  private phases: Phase[];
  private annealStrategy: 'cos' | 'linear';
  private lrs: Record<LrKey, number[]>;
  private momentumKey: MomentumKey | null;
  private momentums: Record<MomentumEnd, number[]>;

  constructor(optimizer: Optimizer, options: OneCycleLROptions) {
    knownKeys('OneCycleLR', options, OPTION_KEYS);
    validateOptimizer(optimizer);
    lastEpochOption(options.lastEpoch);
    const groupCount = optimizer?.paramGroups?.length ?? 0;
    const totalSteps = totalStepsOf(options);
    const pctStart = numberInRange('pctStart', options.pctStart ?? 0.3, { min: 0, max: 1 });
    const threePhase = boolean('threePhase', options.threePhase ?? false);
    const phases = phasesOf(totalSteps, pctStart, threePhase);
    const annealStrategy = oneOf('annealStrategy', options.annealStrategy ?? 'cos', [
      'cos',
      'linear',
    ]);
    const maxLrs = perGroup('maxLr', options.maxLr, groupCount, nonNegativeNumber);
    const divFactor = positiveNumber('divFactor', options.divFactor ?? 25);
    const finalDivFactor = positiveNumber('finalDivFactor', options.finalDivFactor ?? 1e4);
    const cycleMomentum = boolean('cycleMomentum', options.cycleMomentum ?? true);
    const momentumKey = cycleMomentum ? momentumKeyOf(optimizer, 'cycleMomentum') : null;
    const maxMomentums = cycleMomentum
      ? perGroup('maxMomentum', options.maxMomentum ?? 0.95, groupCount, nonNegativeNumber)
      : [];
    const baseMomentums = cycleMomentum
      ? perGroup('baseMomentum', options.baseMomentum ?? 0.85, groupCount, nonNegativeNumber)
      : [];
    const initialLrs = maxLrs.map((maxLr) => maxLr / divFactor);
    const fresh = (options.lastEpoch ?? -1) === -1;
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
    this.momentums = { max: maxMomentums, base: baseMomentums };
    if (fresh && momentumKey) {
      for (const [i, group] of optimizer.paramGroups.entries()) {
        writeMomentum(group, momentumKey, maxMomentums[i]!);
      }
    }
    this.initialStep();
  }

  private anneal(start: number, end: number, pct: number): number {
    if (this.annealStrategy === 'linear') return (end - start) * pct + start;
    return end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);
  }

  getLr(): number[] {
    const step = this.lastEpoch;
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
    const pct = (step - start) / (phase.endStep - start);
    const groups = this.optimizer.paramGroups;
    const lrs: number[] = new Array(groups.length);
    for (let g = 0; g < groups.length; g++) {
      lrs[g] = this.anneal(this.lrs[phase.startLr][g]!, this.lrs[phase.endLr][g]!, pct);
      if (this.momentumKey) {
        const m = this.anneal(
          this.momentums[phase.startMomentum][g]!,
          this.momentums[phase.endMomentum][g]!,
          pct,
        );
        writeMomentum(groups[g]!, this.momentumKey, m);
      }
    }
    return lrs;
  }
}
