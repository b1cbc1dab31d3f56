import {
  finiteNumber,
  invalid,
  knownKeys,
  perGroup,
  positiveInteger,
  positiveNumber,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { checkList, LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from '../schedulers/closed-form-at';
import { type FinderMode, type FinderStyle, modeOption, styleOption } from './finder-style';
import { lrFinderLrAt, MAX_FINDER_ITERATIONS } from './lr-finder-lrs';

/** Options of {@link LRRangeTest}. Each group starts from its own lr (its base lr). */
export interface LRRangeTestOptions extends SchedulerBaseOptions {
  /** The lr the range aims at, one or one per group; above the group's base lr. */
  endLr: number | readonly number[];
  /** Steps of the range (fastai's `num_it`, Lightning's `num_training`); fastai style uses at least 6. */
  totalSteps: number;
  /** Default 'exp'. */
  mode?: FinderMode;
  /** Whose step rule: fastai never reaches endLr, Lightning reaches it at the last step. Default 'fastai'. */
  style?: FinderStyle;
}

/**
 * The LR range test as a scheduler: step k sets every group to the k-th lr of a range test from
 * its base lr to endLr, by fastai's or Lightning's rule (see `lrFinderLrs`). Past totalSteps the
 * same formula keeps growing the lr, as both libraries' schedulers do. Use it to run a range
 * test inside your own loop; {@link LrFinder} adds the smoothing, the stop and the suggestions.
 *
 * @example
 * const scheduler = new LRRangeTest(optimizer, { endLr: 10, totalSteps: 100 });
 */
export class LRRangeTest extends LRScheduler {
  static override readonly schedulerName = 'LRRangeTest';
  private endLrs: number[];
  private totalSteps: number;
  private mode: FinderMode;
  private style: FinderStyle;

  constructor(optimizer: Optimizer, options: LRRangeTestOptions) {
    knownKeys('LRRangeTest', options, [
      'endLr',
      'totalSteps',
      'mode',
      'style',
      'lastEpoch',
      'verbose',
    ]);
    const groups = validateOptimizer(optimizer).paramGroups;
    const endLrs = perGroup('endLr', options.endLr, groups.length, positiveNumber);
    const totalSteps = positiveInteger('totalSteps', options.totalSteps);
    if (totalSteps > MAX_FINDER_ITERATIONS) {
      invalid('totalSteps', totalSteps, `must be at most ${MAX_FINDER_ITERATIONS}`);
    }
    const mode = modeOption(options.mode);
    const style = styleOption(options.style);
    groups.forEach((group, i) => {
      const start = group.initialLr ?? group.lr;
      if (!(start > 0)) {
        invalid(
          `optimizer.paramGroups[${i}].lr`,
          start,
          'must be positive (the start of the range)',
        );
      }
      if (endLrs[i]! <= start) {
        invalid(`endLr`, options.endLr, `must be greater than every group's start lr (${start})`);
      }
    });
    super(optimizer, options);
    this.endLrs = endLrs;
    this.totalSteps = totalSteps;
    this.mode = mode;
    this.style = style;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const iterations = this.style === 'fastai' ? Math.max(6, this.totalSteps) : this.totalSteps;
    for (let i = 0; i < out.length; i++) {
      const range = {
        startLr: this.baseLrs[i]!,
        endLr: this.endLrs[i]!,
        numIt: this.totalSteps,
        iterations,
        mode: this.mode,
        style: this.style,
      };
      out[i] = lrFinderLrAt(range, this.lastEpoch);
    }
  }

  protected override closedFormLr(): number[] {
    return this.freshLr();
  }

  protected override checkState(next: Readonly<Record<string, unknown>>): void {
    super.checkState(next);
    checkList(next, 'endLrs', finiteNumber);
    if ('totalSteps' in next) positiveInteger('state.totalSteps', next.totalSteps);
    if ('mode' in next) modeOption(next.mode, 'state.mode');
    if ('style' in next) styleOption(next.style, 'state.style');
  }

  /** The lr of every group at `step` (an integer ≥ 0), without stepping. */
  lrAt(step: number): number[] {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}
