export { type ConstantScheduleOptions, constantSchedule } from './constant';
export { type CosineScheduleOptions, cosineSchedule } from './cosine';
export type { CycleShape } from './cycle-shapes';
export { type ExponentialScheduleOptions, exponentialSchedule } from './exponential';
export { type InverseSqrtScheduleOptions, inverseSqrtSchedule } from './inverse-sqrt';
export { type InverseTimeScheduleOptions, inverseTimeSchedule } from './inverse-time';
export { type JoinSchedulesOptions, joinSchedules } from './join';
export { type LinearScheduleOptions, linearSchedule } from './linear';
export { type NoiseScheduleOptions, type NoiseType, noiseSchedule } from './noise';
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
export type { Schedule, ScheduleSpec } from './schedule';
export { type WarmupScheduleOptions, type WarmupShape, warmupSchedule } from './warmup';
