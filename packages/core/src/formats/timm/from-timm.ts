import { invalid, isPlainObject, oneOf } from '../../internal/validate';
import { type Optimizer, validateOptimizer } from '../../optimizer';
import { TIMM_SCHEDULER_NAMES, type TimmSchedulerName } from './timm-config';
import { TimmPlateauScheduler } from './timm-plateau-scheduler';
import { TimmScheduler } from './timm-scheduler';

/** A timm scheduler as configured in Python: the class name and its keyword arguments. */
export interface TimmSchedulerConfig {
  /** 'CosineLRScheduler', 'TanhLRScheduler', 'PolyLRScheduler', 'StepLRScheduler', 'MultiStepLRScheduler', 'PlateauLRScheduler' or 'WSDLRScheduler'. */
  scheduler: TimmSchedulerName;
  /** The constructor's keyword arguments in timm's names (`t_initial`, `warmup_t`, `lr_min`...). Python's None is null. */
  kwargs?: Record<string, unknown>;
}

/** What `fromTimm` returns: either kind, stepped as timm is. */
export type TimmLRScheduler = TimmScheduler | TimmPlateauScheduler;

/**
 * Builds one of timm's seven schedulers from its Python configuration, with timm's defaults,
 * checks and numbers: `fromTimm(optimizer, { scheduler: 'CosineLRScheduler', kwargs: {
 * t_initial: 100, warmup_t: 5, warmup_lr_init: 1e-5 } })`. Construction writes what timm's
 * constructor writes (the warmup's first lr, or the base lr); then call `step(epoch, metric?)`
 * after every epoch or `stepUpdate(numUpdates, metric?)` after every update, as with timm.
 */
export function fromTimm(optimizer: Optimizer, config: TimmSchedulerConfig): TimmLRScheduler {
  validateOptimizer(optimizer);
  if (!isPlainObject(config)) invalid('config', config, 'must be an object { scheduler, kwargs }');
  for (const key of Object.keys(config)) {
    if (key !== 'scheduler' && key !== 'kwargs') {
      invalid(`config.${key}`, config[key], 'is not a field of a timm config (scheduler, kwargs)');
    }
  }
  const name = oneOf('scheduler', config.scheduler, TIMM_SCHEDULER_NAMES);
  if (name === 'PlateauLRScheduler') return new TimmPlateauScheduler(optimizer, config.kwargs);
  return new TimmScheduler(optimizer, name, config.kwargs);
}
