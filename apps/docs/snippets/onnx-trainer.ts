import { OneCycleLR, SchedulerRunner } from '@lrkit/core';
import {
  AdamW,
  buildMlp,
  initMlpParams,
  loadCheckpoint,
  saveCheckpoint,
  Trainer,
} from '@lrkit/onnx-training';
import { Tensor } from 'onnxruntime-node';

// An MLP whose forward and backward passes are plain ONNX graphs, trained by onnxruntime-node.
const mlp = buildMlp({
  inputSize: 4,
  hiddenSizes: [32],
  outputSize: 3,
  loss: 'softmax-cross-entropy',
});
const optimizer = new AdamW(initMlpParams(mlp.params, { seed: 0 }), { lr: 1e-3 });

const epochs = 5;
const batches = Array.from({ length: 8 }, (_, b) => ({
  x: new Tensor(
    'float32',
    Float32Array.from({ length: 16 * 4 }, (_, i) => Math.sin(i + b)),
    [16, 4],
  ),
  y: new Tensor(
    'int64',
    BigInt64Array.from({ length: 16 }, (_, i) => BigInt((i + b) % 3)),
    [16],
  ),
}));

// The runner steps OneCycleLR after every batch; the lr (and beta1) are graph inputs.
const runner = new SchedulerRunner({
  scheduler: new OneCycleLR(optimizer, { maxLr: 1e-2, totalSteps: epochs * batches.length }),
  interval: 'step',
});
const trainer = await Trainer.create({
  gradientModel: mlp.trainModel,
  evalModel: mlp.evalModel,
  optimizer,
  hooks: runner,
});
await trainer.fit({
  epochs,
  trainBatches: () => batches,
  validationBatches: () => batches.slice(0, 2),
  onEpochEnd: (log) => console.log(log), // { epoch, loss, val_loss, lr }
});

// Parameters, optimizer moments, the runner's state and the position, in one JSON file.
await saveCheckpoint('run.ckpt.json', trainer);
await loadCheckpoint('run.ckpt.json', trainer);
