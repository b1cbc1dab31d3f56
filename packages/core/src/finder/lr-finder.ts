import { LrkitError } from '../errors/lrkit-error';
import { boolean, invalid, knownKeys, nonNegativeInteger, oneOf } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { DivergenceCheck } from './divergence-index';
import {
  LR_RANGE_KEYS,
  type LrFinderLrsOptions,
  lrFinderLrAt,
  type ResolvedLrRange,
  resolveLrRange,
} from './lr-finder-lrs';
import { LrFinderResult } from './lr-finder-result';
import { LossSmoother } from './smooth-losses';
import {
  FASTAI_METHODS,
  type LrSuggestion,
  SUGGESTION_METHODS,
  type SuggestionMethod,
  suggestLr,
} from './suggest-lr';

/** Options of {@link LrFinder}: the range, the smoothing, the stop and the suggestions. */
export interface LrFinderOptions extends LrFinderLrsOptions {
  /** Smoothing weight. Default 0.98. */
  beta?: number;
  /** Stop when the smoothed loss exceeds this × the best. Default 4. */
  divergenceThreshold?: number;
  /** fastai's `stop_div`; false also disables Lightning's early stop. Default true. */
  stopOnDivergence?: boolean;
  /** Suggestions to compute. Default: fastai's four (fastai) or 'lightning'. */
  methods?: readonly SuggestionMethod[];
  /** The method `result().lr` reports. Default 'valley' (fastai's default) or 'lightning'. */
  method?: SuggestionMethod;
  /** Lightning suggestion: points skipped at the start. Default 10. */
  skipBegin?: number;
  /** Lightning suggestion: points skipped at the end. Default 1. */
  skipEnd?: number;
}

const FINDER_KEYS = [
  ...LR_RANGE_KEYS,
  'beta',
  'divergenceThreshold',
  'stopOnDivergence',
  'methods',
  'method',
  'skipBegin',
  'skipEnd',
] as const;

/**
 * A runtime-agnostic LR range test. It sets every param group of any lrkit optimizer to the
 * range's first lr; after each batch you give it that batch's training loss and it records,
 * smooths, checks the divergence stop and sets the next lr. When it is done it puts the groups'
 * lrs back as they were and `result()` reports the curve and the suggestions.
 *
 * @example
 * const finder = new LrFinder(optimizer, { style: 'fastai' });
 * while (!finder.done) finder.step(trainOneBatch());
 * const spec = finder.result().toOneCycle({ totalSteps: 1000 });
 */
export class LrFinder {
  readonly optimizer: Optimizer;
  readonly range: ResolvedLrRange;
  readonly methods: readonly SuggestionMethod[];
  readonly method: SuggestionMethod;
  private readonly smoother: LossSmoother;
  private readonly divergence: DivergenceCheck | null;
  private readonly skip: { skipBegin: number; skipEnd: number };
  private readonly savedLrs: number[];
  private readonly record = {
    lrs: [] as number[],
    losses: [] as number[],
    smoothed: [] as number[],
  };
  private stopped: number | null = null;
  private finished = false;

  constructor(optimizer: Optimizer, options: LrFinderOptions = {}) {
    knownKeys('LrFinder', options, FINDER_KEYS);
    validateOptimizer(optimizer);
    const {
      beta,
      divergenceThreshold,
      stopOnDivergence,
      methods,
      method,
      skipBegin,
      skipEnd,
      ...lrs
    } = options;
    this.range = resolveLrRange(lrs, 'LrFinder');
    const style = this.range.style;
    this.smoother = new LossSmoother(beta === undefined ? { style } : { style, beta });
    const check = new DivergenceCheck({ style, threshold: divergenceThreshold ?? 4 });
    this.divergence = boolean('stopOnDivergence', stopOnDivergence ?? true) ? check : null;
    this.methods = methodsOption(methods, style);
    this.method = oneOf(
      'method',
      method ?? (style === 'fastai' ? 'valley' : 'lightning'),
      SUGGESTION_METHODS,
    );
    if (!this.methods.includes(this.method)) {
      invalid('method', this.method, `must be one of methods (${this.methods.join(', ')})`);
    }
    this.skip = {
      skipBegin: nonNegativeInteger('skipBegin', skipBegin ?? 10),
      skipEnd: nonNegativeInteger('skipEnd', skipEnd ?? 1),
    };
    this.optimizer = optimizer;
    this.savedLrs = optimizer.paramGroups.map((g) => g.lr);
    this.setLr(lrFinderLrAt(this.range, 0));
  }

  /** True once the run stopped (diverged or ran all its iterations); the lrs are restored then. */
  get done(): boolean {
    return this.finished;
  }

  /** Batches recorded so far. */
  get iteration(): number {
    return this.record.lrs.length;
  }

  /** The last recorded batch (its lr, raw and smoothed loss), or null before the first. */
  get last(): { lr: number; loss: number; smoothed: number } | null {
    const k = this.iteration - 1;
    if (k < 0) return null;
    const { lrs, losses, smoothed } = this.record;
    return { lr: lrs[k]!, loss: losses[k]!, smoothed: smoothed[k]! };
  }

  /** The lr the current batch trains with (already on the optimizer), or null when done. */
  get currentLr(): number | null {
    return this.finished ? null : lrFinderLrAt(this.range, this.iteration);
  }

  /**
   * Records the training loss of the batch just run at `currentLr`. Returns true when another
   * batch is wanted (its lr is set), false when the run is over.
   */
  step(loss: number): boolean {
    if (this.finished) {
      throw new LrkitError(
        'LrFinder.step() was called after the range test finished; read result() instead',
      );
    }
    if (typeof loss !== 'number') invalid('loss', loss, 'must be a number (NaN allowed)');
    const k = this.iteration;
    const smoothed = this.smoother.push(loss);
    this.record.lrs.push(lrFinderLrAt(this.range, k));
    this.record.losses.push(loss);
    this.record.smoothed.push(smoothed);
    if (this.divergence?.push(smoothed)) this.stopped = k;
    if (this.stopped !== null || k + 1 >= this.range.iterations) {
      this.finish();
      return false;
    }
    this.setLr(lrFinderLrAt(this.range, k + 1));
    return true;
  }

  /** Ends the run early (a data source ran out, a user cancelled) and restores the lrs. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.optimizer.paramGroups.forEach((g, i) => {
      g.lr = this.savedLrs[i]!;
    });
  }

  /** The curve and the suggestions so far (the run need not be finished). */
  result(): LrFinderResult {
    const { lrs, losses, smoothed } = this.record;
    const suggestions: Partial<Record<SuggestionMethod, LrSuggestion | null>> = {};
    for (const m of this.methods) {
      suggestions[m] =
        m === 'lightning'
          ? suggestLr(lrs, smoothed, m, this.skip)
          : suggestLr(lrs, smoothed, m, { numIt: this.range.numIt });
    }
    return new LrFinderResult({
      style: this.range.style,
      lrs: lrs.slice(),
      losses: losses.slice(),
      smoothed: smoothed.slice(),
      stoppedAt: this.stopped,
      suggestions,
      method: this.method,
    });
  }

  private setLr(lr: number): void {
    for (const group of this.optimizer.paramGroups) group.lr = lr;
  }
}

function methodsOption(value: unknown, style: 'fastai' | 'lightning'): SuggestionMethod[] {
  if (value === undefined) return style === 'fastai' ? [...FASTAI_METHODS] : ['lightning'];
  if (!Array.isArray(value) || value.length === 0) {
    invalid('methods', value, `must be a non-empty array of ${SUGGESTION_METHODS.join(', ')}`);
  }
  return value.map((m, i) => oneOf(`methods[${i}]`, m, SUGGESTION_METHODS));
}
