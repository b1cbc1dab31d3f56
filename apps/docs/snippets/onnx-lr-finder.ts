import { Adam, buildMlp, initMlpParams, Trainer } from '@lrkit/onnx-training';
import { Tensor } from 'onnxruntime-node';

// An ONNX MLP trained by the Trainer: trainer.findLr runs the range test on the same graphs and
// restores the parameters and Adam's state afterwards; the trainer's hooks never see it.
const mlp = buildMlp({
  inputSize: 2,
  hiddenSizes: [16],
  outputSize: 1,
  activation: 'tanh',
  loss: 'mse',
});
const optimizer = new Adam(initMlpParams(mlp.params, { seed: 1 }), { lr: 1e-3 });
const trainer = await Trainer.create({ gradientModel: mlp.trainModel, optimizer });

const batches = Array.from({ length: 8 }, (_, b) => {
  const x = Float32Array.from({ length: 64 }, (_, i) => Math.sin(b * 64 + i));
  const y = Float32Array.from({ length: 32 }, (_, i) => x[2 * i]! * x[2 * i + 1]!);
  return { x: new Tensor('float32', x, [32, 2]), y: new Tensor('float32', y, [32, 1]) };
});
const result = await trainer.findLr(batches, { style: 'lightning', numIt: 100 });
console.log('lightning suggestion', result.lr, 'after', result.lrs.length, 'batches');
console.log(JSON.stringify(result.toSpec({ totalSteps: 400 })));
