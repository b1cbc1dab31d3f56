import type { LrFinderResult } from '@lrkit/core';
import { Adam, buildMlp, Trainer } from '@lrkit/onnx-training';
import { Tensor } from 'onnxruntime-node';
import { batchPlan, gatherBatch } from '../data/batches';
import { initMlp } from '../model/mlp-init';
import type { RangeTestSettings } from './range-test';

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };

/** `trainer.findLr` of @lrkit/onnx-training on the demo's model and batch order (cycled). */
export async function onnxRangeTest(settings: RangeTestSettings): Promise<LrFinderResult> {
  const sizes = settings.layerSizes;
  const graphs = buildMlp({
    inputSize: sizes[0] as number,
    hiddenSizes: sizes.slice(1, -1),
    outputSize: sizes.at(-1) as number,
    activation: 'relu',
    loss: 'softmax-cross-entropy',
  });
  const params: Record<string, Tensor> = {};
  initMlp(sizes, settings.seed).forEach((layer, l) => {
    // ONNX's Gemm layout is [out, in] (torch.nn.Linear's); initMlp's is [in, out].
    const weight = new Float32Array(layer.weight.length);
    for (let i = 0; i < layer.inputs; i++) {
      for (let o = 0; o < layer.outputs; o++) {
        weight[o * layer.inputs + i] = layer.weight[i * layer.outputs + o] as number;
      }
    }
    params[`layer${l}.weight`] = new Tensor('float32', weight, [layer.outputs, layer.inputs]);
    params[`layer${l}.bias`] = new Tensor('float32', layer.bias.slice(), [layer.outputs]);
  });
  const adam = new Adam(params, {
    lr: 1e-3,
    betas: [0.9, 0.999],
    eps: 1e-8,
    sessionOptions: SESSION,
  });
  const trainer = await Trainer.create({
    gradientModel: graphs.trainModel,
    optimizer: adam,
    sessionOptions: SESSION,
  });
  const order = batchPlan(settings.train, { ...settings, epochs: 1 })[0] ?? [];
  const batches = order.map((indices) => {
    const b = gatherBatch(settings.train, indices);
    return {
      x: new Tensor('float32', b.x, [b.y.length, 2]),
      y: new Tensor(
        'int64',
        BigInt64Array.from(b.y, (v) => BigInt(v)),
        [b.y.length],
      ),
    };
  });
  return trainer.findLr(batches, {
    numIt: settings.numIt,
    style: settings.style,
    onProgress: (p) => settings.onBatch?.(p),
  });
}
