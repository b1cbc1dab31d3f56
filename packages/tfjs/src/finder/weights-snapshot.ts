import { clone, type Tensor } from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';

/** A saved copy of every weight of a model (trainable or not), put back with `restore()`. */
export interface WeightsSnapshot {
  restore(): void;
  dispose(): void;
}

/** Copies the values of `model.weights`; `restore()` writes them back into the same variables. */
export function snapshotWeights(model: LayersModel): WeightsSnapshot {
  const weights = model.weights;
  const values: Tensor[] = weights.map((w) => clone(w.read()));
  let done = false;
  const dispose = () => {
    if (done) return;
    done = true;
    for (const v of values) v.dispose();
  };
  return {
    restore() {
      if (done) return;
      weights.forEach((w, i) => {
        w.write(values[i]!);
      });
      dispose();
    },
    dispose,
  };
}
