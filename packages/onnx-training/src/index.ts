// First: everything this entry exports creates its tensors and sessions with onnxruntime-node.
import './runtime/use-onnxruntime-node';

export type {
  RangeTestBatches,
  RangeTestProgress,
  TrainerFindLrOptions,
} from './finder/range-test';
export { buildMlp, exportMlp, type MlpGraphs, mlpParamShapes } from './mlp/mlp-graph';
export type { Activation, MlpLoss, MlpOptions, ResolvedMlpOptions } from './mlp/mlp-options';
export { initMlpParams } from './mlp/mlp-params';
export { GraphBuilder, IR_VERSION, OPSET_VERSION } from './onnx/graph-builder';
export type { AttributeValue, ElementType } from './onnx/model-proto';
export {
  Adam,
  type AdamHyperparameters,
  type AdamOptions,
  type AdamParamGroup,
  AdamW,
} from './optim/adam';
export { type AdamGraphGroup, buildAdamGraph } from './optim/adam-graph';
export { names } from './optim/naming';
export {
  type FedHyperparameters,
  OnnxOptimizer,
  type OnnxOptimizerOptions,
  type OnnxOptimizerState,
  type OnnxParamGroup,
  type ParamsArgument,
} from './optim/onnx-optimizer';
export { SGD, type SgdHyperparameters, type SgdOptions, type SgdParamGroup } from './optim/sgd';
export { buildSgdGraph, type SgdGraphGroup } from './optim/sgd-graph';
export type { LrSource, ParamShape, StepGraph } from './optim/step-graph';
export { getOrtRuntime, type OrtRuntime, setOrtRuntime } from './runtime/ort-runtime';
export { decodeTensor, type EncodedTensor, encodeTensor } from './tensor/tensor-codec';
export type { TensorMap } from './tensor/tensors';
export {
  CHECKPOINT_FORMAT,
  createCheckpoint,
  loadCheckpointFromBytes,
  restoreCheckpoint,
  saveCheckpointToBytes,
  type TrainerCheckpoint,
} from './trainer/checkpoint';
export { CheckpointError, CheckpointSaveError } from './trainer/checkpoint-error';
export { loadCheckpoint, saveCheckpoint } from './trainer/checkpoint-file';
export type { ModelSource } from './trainer/sessions';
export type { StepHooks } from './trainer/step-hooks';
export {
  type EpochLog,
  type FitOptions,
  type StepResult,
  Trainer,
  type TrainerOptions,
  type TrainerProgress,
} from './trainer/trainer';
