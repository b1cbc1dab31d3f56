/**
 * Float64 re-statements of the tfjs 4.x update rules (tfjs-core/src/optimizers/*_optimizer.ts;
 * Adam and Adamax read at tensorflow/tfjs@1c698d541fba9330dbca5852abf702229132571b and
 * @136296375cb4b65a8279a8f09d0670200a5d6cc0), with lrkit's bias-correction rule for a scheduled beta,
 * driven with the same hyperparameters as the tfjs optimizer under test, so a test can predict
 * each update exactly (up to float32 rounding) and tell the new lr's update from the old one's.
 */
export interface Hyper {
  lr: number;
  momentum?: number;
  beta1?: number;
  beta2?: number;
}

export type Kind = 'sgd' | 'momentum' | 'adam' | 'adamax' | 'adagrad' | 'adadelta' | 'rmsprop';

export interface ReferenceOptimizer {
  /** Applies one update to x in place, given the gradient, with the current hyperparameters. */
  step(x: number[], g: number[], h: Hyper): void;
}

const zeros = (n: number) => new Array<number>(n).fill(0);

export function referenceOf(
  kind: Kind,
  n: number,
  opts: {
    epsilon: number;
    decay?: number;
    beta1: number;
    beta2: number;
    rho?: number;
    rmsDecay?: number;
    torch?: boolean;
  },
): ReferenceOptimizer {
  const eps = opts.epsilon;
  switch (kind) {
    case 'sgd':
      return {
        step: (x, g, h) => {
          g.forEach((gi, i) => {
            x[i]! -= h.lr * gi;
          });
        },
      };
    case 'momentum': {
      const acc = zeros(n);
      return {
        step: (x, g, h) =>
          g.forEach((gi, i) => {
            acc[i] = h.momentum! * acc[i]! + gi;
            x[i]! -= h.lr * acc[i]!;
          }),
      };
    }
    case 'adam': {
      const m = zeros(n);
      const v = zeros(n);
      // lrkit's documented rules for the bias correction of update t (README, "Adam and Adamax"):
      // 'product' divides by 1 - β(1)···β(t), the betas of updates 1..t; 'torch' by 1 - β(t)^t.
      let product1 = 1;
      let product2 = 1;
      let t = 0;
      return {
        step: (x, g, h) => {
          t++;
          product1 *= h.beta1!;
          product2 *= h.beta2!;
          const c1 = opts.torch ? h.beta1! ** t : product1;
          const c2 = opts.torch ? h.beta2! ** t : product2;
          g.forEach((gi, i) => {
            m[i] = h.beta1! * m[i]! + (1 - h.beta1!) * gi;
            v[i] = h.beta2! * v[i]! + (1 - h.beta2!) * gi * gi;
            const mHat = m[i]! / (1 - c1);
            const vHat = v[i]! / (1 - c2);
            x[i]! -= (h.lr * mHat) / (Math.sqrt(vHat) + eps);
          });
        },
      };
    }
    case 'adamax': {
      const m = zeros(n);
      const u = zeros(n);
      let product1 = 1;
      let t = 0;
      return {
        step: (x, g, h) => {
          product1 *= h.beta1!;
          const c1 = opts.torch ? h.beta1! ** (t + 1) : product1;
          const lr = h.lr / (1 + t * (opts.decay ?? 0));
          g.forEach((gi, i) => {
            m[i] = h.beta1! * m[i]! + (1 - h.beta1!) * gi;
            u[i] = Math.max(h.beta2! * u[i]!, Math.abs(gi));
            x[i]! -= (lr / (1 - c1)) * (m[i]! / (u[i]! + eps));
          });
          t++;
        },
      };
    }
    case 'adagrad': {
      const acc = new Array<number>(n).fill(0.1);
      return {
        step: (x, g, h) =>
          g.forEach((gi, i) => {
            acc[i]! += gi * gi;
            x[i]! -= (h.lr * gi) / Math.sqrt(acc[i]! + eps);
          }),
      };
    }
    case 'adadelta': {
      const rho = opts.rho!;
      const accG = zeros(n);
      const accU = zeros(n);
      return {
        step: (x, g, h) =>
          g.forEach((gi, i) => {
            const newAccG = rho * accG[i]! + (1 - rho) * gi * gi;
            // tfjs scales by the accumulated gradient from before this step.
            const update = (Math.sqrt(accU[i]! + eps) / Math.sqrt(accG[i]! + eps)) * gi;
            accU[i] = rho * accU[i]! + (1 - rho) * update * update;
            accG[i] = newAccG;
            x[i]! -= h.lr * update;
          }),
      };
    }
    case 'rmsprop': {
      const d = opts.rmsDecay!;
      const ms = zeros(n);
      const mom = zeros(n);
      return {
        step: (x, g, h) =>
          g.forEach((gi, i) => {
            ms[i] = d * ms[i]! + (1 - d) * gi * gi;
            mom[i] = h.momentum! * mom[i]! + (h.lr * gi) / Math.sqrt(ms[i]! + eps);
            x[i]! -= mom[i]!;
          }),
      };
    }
  }
}
