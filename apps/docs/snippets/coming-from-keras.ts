import { fromKeras, kerasCosineDecay, preview, ScheduleLR, toKeras } from '@lrkit/core';

// What keras.optimizers.schedules.serialize(schedule) wrote, e.g. in a saved model config.
const serialized = {
  module: 'keras.optimizers.schedules',
  class_name: 'CosineDecay',
  config: {
    initial_learning_rate: 0,
    decay_steps: 900,
    alpha: 0.01,
    name: 'CosineDecay',
    warmup_target: 1e-3,
    warmup_steps: 100,
  },
  registered_name: null,
};

const schedule = fromKeras(serialized); // Keras' values, step by step
const optimizer = { paramGroups: [{ lr: 0 }] };
const scheduler = new ScheduleLR(optimizer, { schedule, scale: 'absolute' });
scheduler.step();
console.log(preview(schedule, { steps: 1000 }).lr[0]![100]); // the warmup target

// And back: any Keras preset designed in lrkit, as Keras reads it (keras.optimizers.schedules.deserialize).
console.log(
  JSON.stringify(toKeras(kerasCosineDecay({ initialLearningRate: 0.1, decaySteps: 1000 }))),
);
