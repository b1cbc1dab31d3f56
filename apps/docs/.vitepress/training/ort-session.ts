import { Adam, buildMlp, getOrtRuntime, Trainer } from '@lrkit/onnx-training/web';
import { configureOrt } from './ort-env';
import type { RuntimeSession } from './run-training';
import type { DenseLayer, PointSet } from './spirals';

/**
 * The MLP on onnxruntime-web (wasm) through @lrkit/onnx-training: its generated gradient graph,
 * its ONNX Adam (the lr a rank-0 input of the optimizer graph, fed at every update) and Trainer.
 */
export async function ortSession(
  layers: readonly DenseLayer[],
  baseLr: number,
): Promise<RuntimeSession> {
  configureOrt();
  const { Tensor } = getOrtRuntime();
  const sizes = [layers[0]!.inputs, ...layers.map((l) => l.outputs)];
  const mlp = buildMlp({
    inputSize: sizes[0]!,
    hiddenSizes: sizes.slice(1, -1),
    outputSize: sizes.at(-1)!,
    activation: 'relu',
    loss: 'softmax-cross-entropy',
  });
  const params = Object.fromEntries(
    layers.flatMap((layer, l) => [
      [
        `layer${l}.weight`,
        new Tensor('float32', layer.weight.slice(), [layer.outputs, layer.inputs]),
      ],
      [`layer${l}.bias`, new Tensor('float32', layer.bias.slice(), [layer.outputs])],
    ]),
  );
  const adam = new Adam(params, { lr: baseLr, betas: [0.9, 0.999], eps: 1e-8 });
  const trainer = await Trainer.create({
    gradientModel: mlp.trainModel,
    evalModel: mlp.evalModel,
    optimizer: adam,
  });
  const tensors = (batch: { x: Float32Array; y: Uint8Array }) => ({
    x: new Tensor('float32', batch.x, [batch.y.length, 2]),
    y: new Tensor(
      'int64',
      BigInt64Array.from(batch.y, (v) => BigInt(v)),
      [batch.y.length],
    ),
  });
  return {
    optimizer: adam,
    async update(batch) {
      const { loss } = await trainer.trainStep(tensors(batch));
      // The float32 value the optimizer graph's lr input received for this update.
      return { loss, lr: adam.lastFed!.groups[0]!.lr! };
    },
    async evaluate(data: PointSet) {
      return (await trainer.evaluate([tensors(data)])).loss;
    },
    async dispose() {
      // The Trainer has no release(): its sessions go with it when the page drops the run.
    },
  };
}
