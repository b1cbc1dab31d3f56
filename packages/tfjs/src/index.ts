export type { TfLogs } from './callbacks/logs';
export { type CallbackInstance, mixCallbacks } from './callbacks/mix-callbacks';
export {
  modeOfMetric,
  ReduceLROnPlateauCallback,
  type ReduceLROnPlateauCallbackOptions,
} from './callbacks/reduce-lr-on-plateau-callback';
export {
  LrSchedulerCallback,
  type LrSchedulerCallbackOptions,
  type SchedulerSource,
  type StoppableModel,
} from './callbacks/scheduler-callback';
export {
  GroupedOptimizer,
  type GroupedOptimizerOptions,
  type OptimizerFactory,
  type ParamGroupConfig,
} from './grouped-optimizer';
export type { TfOptimizerKind } from './internal/tf-internals';
export {
  type BiasCorrection,
  type BindOptimizerOptions,
  bindOptimizer,
  kindOf,
  TfjsOptimizerBinding,
  type TfjsParamGroup,
} from './optimizer-binding';
export type { ParamSelector, VariableHandle, WeightOwner } from './param-selector';
