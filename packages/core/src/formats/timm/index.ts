export { fromTimm, type TimmLRScheduler, type TimmSchedulerConfig } from './from-timm';
export { fromTimmArgs, type TimmSchedulerArgs } from './from-timm-args';
export type { TimmDecayFn, TimmSchedulerName } from './timm-config';
export { TimmPlateauScheduler } from './timm-plateau-scheduler';
export { TimmScheduler } from './timm-scheduler';
