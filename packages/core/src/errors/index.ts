export { InvalidArgumentError } from './invalid-argument-error';
export { LrkitError } from './lrkit-error';
export { MissingMetricError } from './missing-metric-error';
export { ScheduleExhaustedError } from './schedule-exhausted-error';
