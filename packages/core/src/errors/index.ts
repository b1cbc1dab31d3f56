export { InvalidArgumentError } from './invalid-argument-error';
export { LrkitError } from './lrkit-error';
export { ScheduleExhaustedError } from './schedule-exhausted-error';
