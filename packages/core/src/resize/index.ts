export { planLength } from './plan-length';
export {
  type CooldownShape,
  type ResizeOptions,
  type ResizePolicy,
  resizePolicies,
} from './resize-plan';
export { type ResizeScheduleOptions, resizeSchedule } from './resize-schedule';
export { ResizedLR, type ResizedLROptions } from './resized-lr';
