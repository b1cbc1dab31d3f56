import { OneCycleLR, SchedulerRunner } from '@lrkit/core';
import { AdamW, buildMlp, initMlpParams, Trainer } from '../../src/index';
import { regressionTask } from './synthetic';

export const EPOCHS = 4;
export const SAVE_AT_STEP = 13; // inside the second epoch (8 batches per epoch)

/**
 * The run the resume test repeats in several processes: AdamW (amsgrad) on the synthetic task,
 * OneCycleLR per batch cycling lr and beta1 through the core's SchedulerRunner.
 */
export async function resumeSetup() {
  const mlp = buildMlp({
    inputSize: 4,
    hiddenSizes: [16, 16],
    outputSize: 1,
    activation: ['tanh', 'relu'],
    loss: 'mse',
  });
  const task = regressionTask({ examples: 128, batchSize: 16, seed: 5 });
  const sessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1 };
  const optimizer = new AdamW(initMlpParams(mlp.params, { seed: 6 }), {
    lr: 0.01,
    amsgrad: true,
    sessionOptions,
  });
  const scheduler = new OneCycleLR(optimizer, {
    maxLr: 0.03,
    totalSteps: EPOCHS * task.batchesPerEpoch,
  });
  const runner = new SchedulerRunner({ scheduler, interval: 'step' });
  const trainer = await Trainer.create({
    gradientModel: mlp.trainModel,
    evalModel: mlp.evalModel,
    optimizer,
    hooks: runner,
    sessionOptions,
  });
  const fit = (onStepEnd?: (step: number) => Promise<void>) =>
    trainer.fit({
      epochs: EPOCHS,
      trainBatches: task.trainBatches,
      validationBatches: () => task.all(),
      ...(onStepEnd ? { onStepEnd: (r: { step: number }) => onStepEnd(r.step) } : {}),
    });
  return { trainer, runner, optimizer, fit };
}
