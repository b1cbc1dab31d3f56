export { type ConstantScheduleOptions, constantSchedule } from './constant';
export { type CosineScheduleOptions, cosineSchedule } from './cosine';
export { scheduleCurve } from './curve';
export type { CycleShape } from './cycle-shapes';
export { type ExponentialScheduleOptions, exponentialSchedule } from './exponential';
export {
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
} from './huggingface';
export { type InverseSqrtScheduleOptions, inverseSqrtSchedule } from './inverse-sqrt';
export { type InverseTimeScheduleOptions, inverseTimeSchedule } from './inverse-time';
export { type JoinSchedulesOptions, joinSchedules } from './join';
export {
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
} from './keras';
export { type LinearScheduleOptions, linearSchedule } from './linear';
export { type NoiseScheduleOptions, type NoiseType, noiseSchedule } from './noise';
export {
  type OptaxCosineOnecycleOptions,
  type OptaxLinearOnecycleOptions,
  optaxCosineOnecycleSchedule,
  optaxJoinSchedules,
  optaxLinearOnecycleSchedule,
} from './optax';
export {
  type PiecewiseConstantScheduleOptions,
  piecewiseConstantSchedule,
} from './piecewise-constant';
export {
  type Interpolation,
  type PiecewiseInterpolatedScheduleOptions,
  piecewiseInterpolatedSchedule,
} from './piecewise-interpolated';
export { type PolynomialScheduleOptions, polynomialSchedule } from './polynomial';
export { isScheduleType, scheduleFromSpec, scheduleTypes } from './registry';
export { type RestartsScheduleOptions, restartsSchedule } from './restarts';
export { type ScaleScheduleOptions, scaleSchedule } from './scale';
export type { Schedule, ScheduleSpec } from './schedule';
export {
  type TimmCommonOptions,
  type TimmCosineOptions,
  type TimmPolyOptions,
  type TimmTanhOptions,
  timmCosine,
  timmPoly,
  timmTanh,
} from './timm';
export { type WarmupScheduleOptions, type WarmupShape, warmupSchedule } from './warmup';
