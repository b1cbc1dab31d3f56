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
  type CheckpointParts,
  type CheckpointScheduler,
  type LoadCheckpointOptions,
  type LoadedCheckpoint,
  loadCheckpoint,
  saveCheckpoint,
  type TrainingState,
} from './checkpoint/checkpoint';
export { CheckpointError, CheckpointSaveError } from './checkpoint/checkpoint-error';
export { type MemoryCheckpoint, memoryCheckpoint } from './checkpoint/memory-checkpoint';
export type {
  BindingState,
  CheckpointOptimizer,
  GroupedState,
  OptimizerState,
  SlotState,
} from './checkpoint/optimizer-state';
export type { BatchDataset, FitData } from './finder/batch-source';
export { type FindLrOptions, type FindLrProgress, findLr } from './finder/find-lr';
export {
  GroupedOptimizer,
  type GroupedOptimizerOptions,
  type GroupedParamGroup,
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
