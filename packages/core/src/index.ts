export {
  InvalidArgumentError,
  LrkitError,
  MissingMetricError,
  NonFiniteLrError,
  ScheduleExhaustedError,
} from './errors/index';
export {
  DivergenceCheck,
  type DivergenceOptions,
  divergenceIndex,
  type FinderMode,
  type FinderStyle,
  LossSmoother,
  LRRangeTest,
  type LRRangeTestOptions,
  LrFinder,
  type LrFinderLrsOptions,
  type LrFinderOptions,
  type LrFinderReport,
  LrFinderResult,
  type LrSuggestion,
  lrFinderLrs,
  type SmoothLossesOptions,
  type SuggestionMethod,
  type SuggestLrOptions,
  smoothLosses,
  suggestLr,
  type ToOneCycleOptions,
  type ToWarmupCosineOptions,
} from './finder/index';
export {
  type DeepSpeedSchedulerConfig,
  type DeepSpeedSchedulerType,
  deepSpeedSchedulerNames,
  type FromDeepSpeedOptions,
  fromDeepSpeed,
} from './formats/deepspeed';
export { DeepSpeedScheduler, type DeepSpeedState } from './formats/deepspeed-scheduler';
export {
  fromHf,
  fromHfTrainingArguments,
  HF_SCHEDULER_TYPES,
  type HfSchedulerConfig,
  type HfSchedulerType,
  type HfTrainingArguments,
} from './formats/huggingface/index';
export {
  fromKeras,
  type KerasScheduleConfig,
  kerasScheduleNames,
  toKeras,
} from './formats/keras';
export {
  fromHydra,
  fromLightning,
  type HydraSchedulerConfig,
  type LightningSchedulerConfig,
  type LightningSchedulerDict,
  lightningRunnerEntry,
} from './formats/lightning';
export {
  fromMegatron,
  type MegatronArgs,
  scheduleFromMegatron,
  weightDecayFromMegatron,
} from './formats/megatron';
export {
  fromTimm,
  fromTimmArgs,
  type TimmDecayFn,
  type TimmLRScheduler,
  TimmPlateauScheduler,
  TimmScheduler,
  type TimmSchedulerArgs,
  type TimmSchedulerConfig,
  type TimmSchedulerName,
} from './formats/timm/index';
export { type DeepSpeedSection, toDeepSpeed } from './formats/to-deepspeed';
export {
  type TorchCodeOptions,
  torchCodeSchedulerTypes,
  toTorchCode,
} from './formats/torch-code';
export {
  type FromTorchtitanOptions,
  fromTorchtitan,
  scheduleFromTorchtitan,
  type TorchtitanArgs,
} from './formats/torchtitan';
export type { JsonValue } from './internal/state';
export { checkNesting, LIMITS } from './limits';
export type { Optimizer, ParamGroup } from './optimizer';
export { validateOptimizer } from './optimizer';
export {
  type PreviewCurve,
  type PreviewOptions,
  type PreviewSource,
  preview,
  type SchedulerFactory,
  type TypedPreviewCurve,
} from './preview/preview';
export {
  type CooldownShape,
  planLength,
  ResizedLR,
  type ResizedLROptions,
  type ResizeOptions,
  type ResizePolicy,
  type ResizeScheduleOptions,
  resizePolicies,
  resizeSchedule,
} from './resize/index';
export {
  LrHistory,
  type LrHistoryJSON,
  type LrSeries,
} from './runner/lr-history';
export {
  isMetricDriven,
  type ResolvedRunnerEntry,
  type RunnerEntry,
  type RunnerState,
  SchedulerRunner,
  type SchedulerRunnerOptions,
} from './runner/scheduler-runner';
export type { Scheduler, SchedulerBaseOptions, SchedulerState } from './scheduler';
export { BaseScheduler, LRScheduler } from './scheduler';
export { ChainedScheduler, type ChainedSchedulerOptions } from './schedulers/chained-scheduler';
export { ConstantLR, type ConstantLROptions } from './schedulers/constant-lr';
export { CosineAnnealingLR, type CosineAnnealingLROptions } from './schedulers/cosine-annealing-lr';
export {
  CosineAnnealingWarmRestarts,
  type CosineAnnealingWarmRestartsOptions,
} from './schedulers/cosine-annealing-warm-restarts';
export {
  CosineAnnealingWarmupRestarts,
  type CosineAnnealingWarmupRestartsOptions,
} from './schedulers/cosine-annealing-warmup-restarts';
export { CyclicLR, type CyclicLROptions, type ScaleFn } from './schedulers/cyclic-lr';
export { ExponentialLR, type ExponentialLROptions } from './schedulers/exponential-lr';
export {
  HyperparameterScheduler,
  type HyperparameterSchedulerOptions,
} from './schedulers/hyperparameter-scheduler';
export { LambdaLR, type LambdaLROptions, type LrLambda } from './schedulers/lambda-lr';
export { LinearAnnealingLR, type LinearAnnealingLROptions } from './schedulers/linear-annealing-lr';
export { LinearLR, type LinearLROptions } from './schedulers/linear-lr';
export { MultiStepLR, type MultiStepLROptions } from './schedulers/multi-step-lr';
export { MultiplicativeLR, type MultiplicativeLROptions } from './schedulers/multiplicative-lr';
export { OneCycleLR, type OneCycleLROptions } from './schedulers/one-cycle-lr';
export {
  type GroupSchedulerFactory,
  ParamwiseScheduler,
  type ParamwiseSchedulerOptions,
} from './schedulers/paramwise-scheduler';
export {
  PlateauLR,
  type PlateauLROptions,
  type PlateauLRSource,
} from './schedulers/plateau-lr';
export type { PlateauRuleOptions } from './schedulers/plateau-rule';
export { PolynomialLR, type PolynomialLROptions } from './schedulers/polynomial-lr';
export {
  ReduceLROnPlateau,
  type ReduceLROnPlateauOptions,
} from './schedulers/reduce-lr-on-plateau';
export {
  ScheduleLR,
  type ScheduleLRMode,
  type ScheduleLROptions,
} from './schedulers/schedule-lr';
export { SequentialLR, type SequentialLROptions } from './schedulers/sequential-lr';
export { StepLR, type StepLROptions } from './schedulers/step-lr';
export { SWALR, type SWALROptions } from './schedulers/swalr';
export {
  type ConstantScheduleOptions,
  type CosineScheduleOptions,
  type CycleShape,
  constantSchedule,
  cosineSchedule,
  type ExponentialScheduleOptions,
  exponentialSchedule,
  type HfConstantWithWarmupOptions,
  type HfCosineOptions,
  type HfCosineWarmupWithMinLrOptions,
  type HfCosineWithMinLrOptions,
  type HfCosineWithRestartsOptions,
  type HfGetSchedulerOptions,
  type HfInverseSqrtOptions,
  type HfLinearOptions,
  type HfPolynomialOptions,
  type HfSchedulerName,
  type HfWarmupStableDecayOptions,
  type HfWsdShape,
  hfConstant,
  hfConstantWithWarmup,
  hfCosine,
  hfCosineWarmupWithMinLr,
  hfCosineWithMinLr,
  hfCosineWithRestarts,
  hfGetScheduler,
  hfInverseSqrt,
  hfLinear,
  hfPolynomial,
  hfWarmupStableDecay,
  type Interpolation,
  type InverseSqrtScheduleOptions,
  type InverseTimeScheduleOptions,
  inverseSqrtSchedule,
  inverseTimeSchedule,
  isScheduleType,
  type JoinSchedulesOptions,
  joinSchedules,
  type KerasCosineDecayOptions,
  type KerasCosineDecayRestartsOptions,
  type KerasExponentialDecayOptions,
  type KerasInverseTimeDecayOptions,
  type KerasPiecewiseConstantDecayOptions,
  type KerasPolynomialDecayOptions,
  kerasCosineDecay,
  kerasCosineDecayRestarts,
  kerasExponentialDecay,
  kerasInverseTimeDecay,
  kerasPiecewiseConstantDecay,
  kerasPolynomialDecay,
  type LinearScheduleOptions,
  linearSchedule,
  type NoiseScheduleOptions,
  type NoiseType,
  noiseSchedule,
  type OptaxCosineOnecycleOptions,
  type OptaxLinearOnecycleOptions,
  optaxCosineOnecycleSchedule,
  optaxJoinSchedules,
  optaxLinearOnecycleSchedule,
  type PiecewiseConstantScheduleOptions,
  type PiecewiseInterpolatedScheduleOptions,
  type PolynomialScheduleOptions,
  piecewiseConstantSchedule,
  piecewiseInterpolatedSchedule,
  polynomialSchedule,
  type RestartsScheduleOptions,
  restartsSchedule,
  type ScaleScheduleOptions,
  type Schedule,
  type ScheduleSpec,
  scaleSchedule,
  scheduleCurve,
  scheduleFromSpec,
  scheduleTypes,
  type TimmCommonOptions,
  type TimmCosineOptions,
  type TimmPolyOptions,
  type TimmTanhOptions,
  timmCosine,
  timmPoly,
  timmTanh,
  type WarmupScheduleOptions,
  type WarmupShape,
  warmupSchedule,
} from './schedules/index';
export {
  type MegatronDecayStyle,
  type MegatronScheduleOptions,
  type MegatronWdIncrStyle,
  type MegatronWeightDecayOptions,
  type MegatronWsdDecayStyle,
  megatronSchedule,
  megatronWeightDecaySchedule,
} from './schedules/megatron';
export {
  type TorchtitanDecayType,
  type TorchtitanScheduleOptions,
  torchtitanSchedule,
} from './schedules/torchtitan';
export { type FromSpecOptions, fromSpec, specTypes } from './spec/from-spec';
export type { SchedulerSpec } from './spec/spec-json';
export { toSpec } from './spec/to-spec';
export { specFromTorch } from './spec/torch-spec';
export { parseTorchString } from './spec/torch-string';
export {
  fromTorch,
  type TorchSchedulerConfig,
  torchKwargsOf,
  torchSchedulerNames,
} from './torch/from-torch';
