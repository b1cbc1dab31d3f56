export { DivergenceCheck, type DivergenceOptions, divergenceIndex } from './divergence-index';
export type { FinderMode, FinderStyle } from './finder-style';
export { LrFinder, type LrFinderOptions } from './lr-finder';
export {
  type LrFinderLrsOptions,
  lrFinderLrs,
} from './lr-finder-lrs';
export {
  type LrFinderReport,
  LrFinderResult,
  type ToOneCycleOptions,
  type ToWarmupCosineOptions,
} from './lr-finder-result';
export { LRRangeTest, type LRRangeTestOptions } from './lr-range-test';
export { LossSmoother, type SmoothLossesOptions, smoothLosses } from './smooth-losses';
export {
  type LrSuggestion,
  type SuggestionMethod,
  type SuggestLrOptions,
  suggestLr,
} from './suggest-lr';
