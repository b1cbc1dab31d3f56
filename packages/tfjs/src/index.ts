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
