export { InvalidArgumentError } from './invalid-argument-error';
export { LrkitError } from './lrkit-error';
export { MissingMetricError } from './missing-metric-error';
export { NonFiniteLrError } from './non-finite-lr-error';
export { ScheduleExhaustedError } from './schedule-exhausted-error';
