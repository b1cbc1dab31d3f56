import { SchedulerRunner } from '@lrkit/core';
import { Adam, buildMlp, Trainer } from '@lrkit/onnx-training';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { batchPlan, gatherBatch } from '../data/batches';
import type { Dataset } from '../data/spirals';
import { initMlp } from '../model/mlp-init';
import { runnerEntry } from '../schedules/schedule-choice';
import {
  type EpochRecord,
  type RunResult,
  type RunSettings,
  type Runtime,
  runResult,
} from './runtime';

// One thread per session: the tensors are tiny, and threads would only contend on 2 cores.
const SESSION: InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1 };

/** The shared initial weights in ONNX's Gemm layout (weight [out, in], as torch.nn.Linear). */
function initialParams(layerSizes: readonly number[], seed: number): Record<string, Tensor> {
  const params: Record<string, Tensor> = {};
  initMlp(layerSizes, seed).forEach((layer, l) => {
    const transposed = new Float32Array(layer.weight.length);
    for (let i = 0; i < layer.inputs; i++) {
      for (let o = 0; o < layer.outputs; o++) {
        transposed[o * layer.inputs + i] = layer.weight[i * layer.outputs + o] as number;
      }
    }
    params[`layer${l}.weight`] = new Tensor('float32', transposed, [layer.outputs, layer.inputs]);
    params[`layer${l}.bias`] = new Tensor('float32', layer.bias.slice(), [layer.outputs]);
  });
  return params;
}

function batchTensors(batch: { x: Float32Array; y: Uint8Array }): Record<string, Tensor> {
  const labels = BigInt64Array.from(batch.y, (v) => BigInt(v));
  return {
    x: new Tensor('float32', batch.x, [batch.y.length, 2]),
    y: new Tensor('int64', labels, [batch.y.length]),
  };
}

/** Loss and accuracy of the current parameters on a whole data set, in one eval run. */
async function evaluate(
  session: InferenceSession,
  params: Record<string, Tensor>,
  data: Record<string, Tensor>,
  labels: Uint8Array,
): Promise<{ loss: number; accuracy: number }> {
  const out = await session.run({ ...params, ...data }, ['loss', 'output']);
  const logits = out.output?.data as Float32Array;
  let correct = 0;
  for (let i = 0; i < labels.length; i++) {
    const predicted = (logits[2 * i + 1] as number) > (logits[2 * i] as number) ? 1 : 0;
    if (predicted === labels[i]) correct++;
  }
  return { loss: out.loss?.data[0] as number, accuracy: correct / labels.length };
}

const wholeSet = (data: Dataset) => batchTensors({ x: data.x, y: data.y });

/**
 * Trains the MLP on onnxruntime-node: the gradient graph from `buildMlp`, the lrkit ONNX Adam
 * (lr fed to its graph at every update), a core SchedulerRunner as the trainer's step hooks.
 */
export async function trainOnnx(settings: RunSettings): Promise<RunResult> {
  const started = performance.now();
  const sizes = settings.layerSizes;
  const graphs = buildMlp({
    inputSize: sizes[0] as number,
    hiddenSizes: sizes.slice(1, -1),
    outputSize: sizes.at(-1) as number,
    activation: 'relu',
    loss: 'softmax-cross-entropy',
  });
  const adam = new Adam(initialParams(sizes, settings.seed), {
    lr: settings.baseLr,
    betas: [0.9, 0.999],
    eps: 1e-8,
    sessionOptions: SESSION,
  });
  const entry = runnerEntry(settings.schedule, adam);
  const trainer = await Trainer.create({
    gradientModel: graphs.trainModel,
    optimizer: adam,
    sessionOptions: SESSION,
    ...(entry ? { hooks: new SchedulerRunner(entry) } : {}),
  });
  const evalSession = await InferenceSession.create(graphs.evalModel, SESSION);
  const trainSet = wholeSet(settings.train);
  const valSet = wholeSet(settings.val);
  const plan = batchPlan(settings.train, settings);
  const stepLr: number[] = [];
  const stepLoss: number[] = [];
  const stepBeta1: number[] = [];
  const epochs: EpochRecord[] = [];
  try {
    for (const [e, batches] of plan.entries()) {
      for (const indices of batches) {
        stepBeta1.push(adam.paramGroups[0]?.betas[0] ?? Number.NaN);
        const result = await trainer.trainStep(batchTensors(gatherBatch(settings.train, indices)));
        const lr = result.lr[0] as number;
        stepLr.push(lr);
        stepLoss.push(result.loss);
        settings.onStep?.(result.step, lr, result.loss);
      }
      const trainEval = await evaluate(evalSession, trainer.params, trainSet, settings.train.y);
      const valEval = await evaluate(evalSession, trainer.params, valSet, settings.val.y);
      // The runner steps per-epoch schedules here, ReduceLROnPlateau with val_loss.
      trainer.endEpoch({ val_loss: valEval.loss });
      const record: EpochRecord = {
        epoch: e + 1,
        lr: adam.paramGroups[0]?.lr as number,
        trainLoss: trainEval.loss,
        valLoss: valEval.loss,
        valAccuracy: valEval.accuracy,
      };
      epochs.push(record);
      settings.onEpoch?.(record);
    }
  } finally {
    await evalSession.release();
  }
  return runResult('onnx', settings, { epochs, stepLr, stepBeta1, stepLoss }, started);
}

export const onnxRuntime: Runtime = { name: 'onnx', train: trainOnnx };
