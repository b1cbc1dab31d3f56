import { InvalidArgumentError } from '@lrkit/core';

export type Activation = 'relu' | 'tanh';
export type MlpLoss = 'mse' | 'softmax-cross-entropy';

export interface MlpOptions {
  /** Features per example: input `x` is float32 [batch, inputSize]. */
  inputSize: number;
  /** Units of each hidden layer, e.g. [64, 64]; may be empty (a linear model). */
  hiddenSizes: readonly number[];
  /** Units of the last (linear) layer: regression targets or classes. */
  outputSize: number;
  /** Hidden activation, one for all or one per hidden layer. Default 'relu'. */
  activation?: Activation | readonly Activation[];
  /** 'mse' (mean over every element, as torch.nn.MSELoss) or 'softmax-cross-entropy' (mean over the batch). */
  loss: MlpLoss;
  /**
   * Cross-entropy targets: 'indices' (default), int64 class indices [batch]; or 'probabilities',
   * float32 [batch, outputSize] rows (one-hot or soft labels). MSE targets are float32 [batch, outputSize].
   */
  labels?: 'indices' | 'probabilities';
}

export interface ResolvedMlpOptions {
  inputSize: number;
  hiddenSizes: readonly number[];
  outputSize: number;
  activations: readonly Activation[];
  loss: MlpLoss;
  labels: 'indices' | 'probabilities';
}

function size(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidArgumentError({ parameter, value, expected: 'must be a positive integer' });
  }
  return value;
}

function oneOf<T extends string>(parameter: string, value: unknown, options: readonly T[]): T {
  if (!options.includes(value as T)) {
    throw new InvalidArgumentError({
      parameter,
      value,
      expected: `must be one of ${options.map((o) => `'${o}'`).join(', ')}`,
    });
  }
  return value as T;
}

/** Validation first, then defaults. */
export function resolveMlpOptions(options: MlpOptions): ResolvedMlpOptions {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError({
      parameter: 'options',
      value: options,
      expected: 'must be an MlpOptions object',
    });
  }
  const inputSize = size('inputSize', options.inputSize);
  if (!Array.isArray(options.hiddenSizes)) {
    throw new InvalidArgumentError({
      parameter: 'hiddenSizes',
      value: options.hiddenSizes,
      expected: 'must be an array of positive integers',
    });
  }
  const hiddenSizes = options.hiddenSizes.map((h, i) => size(`hiddenSizes[${i}]`, h));
  const outputSize = size('outputSize', options.outputSize);
  const loss = oneOf('loss', options.loss, ['mse', 'softmax-cross-entropy'] as const);
  const labels = oneOf('labels', options.labels ?? 'indices', [
    'indices',
    'probabilities',
  ] as const);
  const act = options.activation ?? 'relu';
  const activations = Array.isArray(act)
    ? act.map((a, i) => oneOf(`activation[${i}]`, a, ['relu', 'tanh'] as const))
    : hiddenSizes.map(() => oneOf('activation', act, ['relu', 'tanh'] as const));
  if (activations.length !== hiddenSizes.length) {
    throw new InvalidArgumentError({
      parameter: 'activation',
      value: act,
      expected: `must name one activation or ${hiddenSizes.length} (one per hidden layer)`,
    });
  }
  return { inputSize, hiddenSizes, outputSize, activations, loss, labels };
}
