import { SchedulerRunner } from '@lrkit/core';
import type * as OnnxTraining from '@lrkit/onnx-training';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { batchPlan, gatherBatch } from '../data/batches';
import type { Dataset } from '../data/spirals';
import { initMlp } from '../model/mlp-init';
import { runnerEntry } from '../schedules/schedule-choice';
import { type EpochRecord, type RunResult, type RunSettings, runResult } from './runtime';

/**
 * What the loop needs from an onnxruntime and the @lrkit/onnx-training entry built on it:
 * onnxruntime-node with `@lrkit/onnx-training`, or onnxruntime-web with `@lrkit/onnx-training/web`
 * (the same API on another runtime).
 */
export interface OnnxModules {
  readonly ort: {
    readonly Tensor: typeof Tensor;
    readonly InferenceSession: typeof InferenceSession;
  };
  readonly training: Pick<typeof OnnxTraining, 'Adam' | 'buildMlp' | 'Trainer'>;
  readonly sessionOptions: InferenceSession.SessionOptions;
}

/** The shared initial weights in ONNX's Gemm layout (weight [out, in], as torch.nn.Linear). */
function initialParams(ort: OnnxModules['ort'], sizes: readonly number[], seed: number) {
  const params: Record<string, Tensor> = {};
  initMlp(sizes, seed).forEach((layer, l) => {
    const transposed = new Float32Array(layer.weight.length);
    for (let i = 0; i < layer.inputs; i++) {
      for (let o = 0; o < layer.outputs; o++) {
        transposed[o * layer.inputs + i] = layer.weight[i * layer.outputs + o] as number;
      }
    }
    params[`layer${l}.weight`] = new ort.Tensor('float32', transposed, [
      layer.outputs,
      layer.inputs,
    ]);
    params[`layer${l}.bias`] = new ort.Tensor('float32', layer.bias.slice(), [layer.outputs]);
  });
  return params;
}

function batchTensors(ort: OnnxModules['ort'], batch: { x: Float32Array; y: Uint8Array }) {
  const labels = BigInt64Array.from(batch.y, (v) => BigInt(v));
  return {
    x: new ort.Tensor('float32', batch.x, [batch.y.length, 2]),
    y: new ort.Tensor('int64', labels, [batch.y.length]),
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

/**
 * Trains the MLP on onnxruntime: the gradient graph from `buildMlp`, the lrkit ONNX Adam (lr fed
 * to its graph at every update), a core SchedulerRunner as the trainer's step hooks.
 */
export async function trainOnnxWith(
  modules: OnnxModules,
  settings: RunSettings,
): Promise<RunResult> {
  const started = performance.now();
  const { ort, training, sessionOptions } = modules;
  const sizes = settings.layerSizes;
  const graphs = training.buildMlp({
    inputSize: sizes[0] as number,
    hiddenSizes: sizes.slice(1, -1),
    outputSize: sizes.at(-1) as number,
    activation: 'relu',
    loss: 'softmax-cross-entropy',
  });
  const adam = new training.Adam(initialParams(ort, sizes, settings.seed), {
    lr: settings.baseLr,
    betas: [0.9, 0.999],
    eps: 1e-8,
    sessionOptions,
  });
  const entry = runnerEntry(settings.schedule, adam);
  const trainer = await training.Trainer.create({
    gradientModel: graphs.trainModel,
    optimizer: adam,
    sessionOptions,
    ...(entry ? { hooks: new SchedulerRunner(entry) } : {}),
  });
  const evalSession = await ort.InferenceSession.create(graphs.evalModel, sessionOptions);
  const wholeSet = (data: Dataset) => batchTensors(ort, { x: data.x, y: data.y });
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
        if (settings.shouldStop?.()) break;
        stepBeta1.push(adam.paramGroups[0]?.betas[0] ?? Number.NaN);
        const batch = batchTensors(ort, gatherBatch(settings.train, indices));
        const result = await trainer.trainStep(batch);
        const lr = result.lr[0] as number;
        stepLr.push(lr);
        stepLoss.push(result.loss);
        settings.onStep?.(result.step, lr, result.loss);
      }
      if (settings.shouldStop?.()) break;
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
      // A macrotask between epochs: a page paints, and a run on another runtime gets its turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    await evalSession.release();
  }
  return runResult('onnx', settings, { epochs, stepLr, stepBeta1, stepLoss }, started);
}
