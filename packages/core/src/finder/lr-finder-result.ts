import {
  invalid,
  knownKeys,
  nonNegativeInteger,
  oneOf,
  positiveInteger,
} from '../internal/validate';
import { scheduleFromSpec } from '../schedules/index';
import { fromSpec } from '../spec/from-spec';
import type { SchedulerSpec } from '../spec/spec-json';
import type { FinderStyle } from './finder-style';
import { type LrSuggestion, SUGGESTION_METHODS, type SuggestionMethod } from './suggest-lr';

/** The data of a finished range test (what `toJSON()` gives). */
export interface LrFinderReport {
  style: FinderStyle;
  /** The lr of every recorded batch. */
  lrs: number[];
  /** The raw loss of every recorded batch. */
  losses: number[];
  /** The smoothed loss of every recorded batch: what the suggestions read. */
  smoothed: number[];
  /** The batch whose smoothed loss stopped the run (still recorded), or null. */
  stoppedAt: number | null;
  /** Every requested method's suggestion; null where the library has none. */
  suggestions: Partial<Record<SuggestionMethod, LrSuggestion | null>>;
  /** The method `lr`, `toOneCycle()` and `toSpec()` use by default. */
  method: SuggestionMethod;
}

/** Options of {@link LrFinderResult.toOneCycle}: OneCycleLR's own, with maxLr from the run. */
export interface ToOneCycleOptions {
  totalSteps: number;
  /** Which suggestion becomes maxLr. Default the result's method. */
  method?: SuggestionMethod;
  pctStart?: number;
  annealStrategy?: 'cos' | 'linear';
  divFactor?: number;
  finalDivFactor?: number;
  threePhase?: boolean;
  cycleMomentum?: boolean;
}

/** Options of {@link LrFinderResult.toSpec}: a warmup to the suggestion, then a cosine decay. */
export interface ToWarmupCosineOptions {
  totalSteps: number;
  /** Default 5% of totalSteps (rounded), at least 1 when totalSteps > 1. */
  warmupSteps?: number;
  /** The lr at the end of the cosine. Default 0. */
  minLr?: number;
  method?: SuggestionMethod;
}

const ONE_CYCLE_KEYS = [
  'totalSteps',
  'method',
  'pctStart',
  'annealStrategy',
  'divFactor',
  'finalDivFactor',
  'threePhase',
  'cycleMomentum',
] as const;

/**
 * What a range test found: the recorded curve, the suggestions, and the step from a suggestion
 * to a ready schedule spec (`toOneCycle()`, `toSpec()`), which `fromSpec` builds.
 */
export class LrFinderResult implements LrFinderReport {
  readonly style: FinderStyle;
  readonly lrs: number[];
  readonly losses: number[];
  readonly smoothed: number[];
  readonly stoppedAt: number | null;
  readonly suggestions: Partial<Record<SuggestionMethod, LrSuggestion | null>>;
  readonly method: SuggestionMethod;

  constructor(report: LrFinderReport) {
    this.style = report.style;
    this.lrs = report.lrs;
    this.losses = report.losses;
    this.smoothed = report.smoothed;
    this.stoppedAt = report.stoppedAt;
    this.suggestions = report.suggestions;
    this.method = report.method;
  }

  /** The suggested lr of the default method, or null when it has none. */
  get lr(): number | null {
    return this.suggestions[this.method]?.lr ?? null;
  }

  /** The suggestion of `method`, or a typed error naming why there is none. */
  suggestion(method: SuggestionMethod = this.method): LrSuggestion {
    oneOf('method', method, SUGGESTION_METHODS);
    if (!(method in this.suggestions)) {
      invalid(
        'method',
        method,
        `must be one of the methods this run computed (${Object.keys(this.suggestions).join(', ')})`,
      );
    }
    const found = this.suggestions[method];
    if (!found) {
      invalid(
        'method',
        method,
        `must have a suggestion, but this run recorded too few points (${this.lrs.length}) for it`,
      );
    }
    return found;
  }

  /** A OneCycleLR spec whose maxLr is the suggestion (fastai's `fit_one_cycle(lr_max=…)`). */
  toOneCycle(options: ToOneCycleOptions): SchedulerSpec {
    knownKeys('toOneCycle', options, ONE_CYCLE_KEYS);
    const { method, ...rest } = options;
    const { lr } = this.suggestion(method);
    const spec: SchedulerSpec = { version: 1, type: 'OneCycleLR', maxLr: lr, ...definedOnly(rest) };
    // Built once on a scratch optimizer so a bad option fails here, not at training time.
    fromSpec({ paramGroups: [{ lr, momentum: 0.9 }] }, spec);
    return spec;
  }

  /** A linear warmup to the suggested lr followed by a cosine decay, as a closed-form spec. */
  toSpec(options: ToWarmupCosineOptions): SchedulerSpec {
    knownKeys('toSpec', options, ['totalSteps', 'warmupSteps', 'minLr', 'method']);
    const totalSteps = positiveInteger('totalSteps', options.totalSteps);
    const warmupSteps = nonNegativeInteger(
      'warmupSteps',
      options.warmupSteps ?? Math.min(totalSteps - 1, Math.max(1, Math.round(totalSteps * 0.05))),
    );
    if (warmupSteps >= totalSteps) {
      invalid('warmupSteps', warmupSteps, `must be less than totalSteps (${totalSteps})`);
    }
    const { lr } = this.suggestion(options.method);
    const cosine = {
      type: 'cosine',
      peakLr: lr,
      minLr: options.minLr ?? 0,
      decaySteps: totalSteps - warmupSteps,
    };
    const spec: SchedulerSpec = { version: 1, type: 'warmup', warmupSteps, schedule: cosine };
    // Built once so a bad minLr fails here, with the schedule's own error.
    scheduleFromSpec({ type: 'warmup', warmupSteps, schedule: cosine });
    return spec;
  }

  toJSON(): LrFinderReport {
    return {
      style: this.style,
      lrs: this.lrs.slice(),
      losses: this.losses.slice(),
      smoothed: this.smoothed.slice(),
      stoppedAt: this.stoppedAt,
      suggestions: { ...this.suggestions },
      method: this.method,
    };
  }
}

function definedOnly(options: Record<string, unknown>): Record<string, never> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Record<
    string,
    never
  >;
}
