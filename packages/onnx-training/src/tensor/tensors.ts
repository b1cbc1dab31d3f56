import { InvalidArgumentError } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-common';
import { getOrtRuntime } from '../runtime/ort-runtime';

/** Named float32 tensors: parameters, gradients, a batch. */
export type TensorMap = Readonly<Record<string, Tensor>>;

/** A rank-0 float32 tensor; `Float32Array.of` rounds the double to nearest, as Math.fround does. */
export function scalarTensor(value: number): Tensor {
  return new (getOrtRuntime().Tensor)('float32', Float32Array.of(value), []);
}

export function boolScalar(value: boolean): Tensor {
  return new (getOrtRuntime().Tensor)('bool', Uint8Array.of(value ? 1 : 0), []);
}

export function zerosLike(dims: readonly number[]): Tensor {
  return new (getOrtRuntime().Tensor)('float32', new Float32Array(elementCount(dims)), dims);
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((n, d) => n * d, 1);
}

export function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * Checks that `value` is a CPU float32 tensor (duck-typed, so a second copy of onnxruntime-common
 * still passes) and, when given, that it has the expected shape.
 */
export function float32Tensor(parameter: string, value: unknown, dims?: readonly number[]): Tensor {
  const t = value as Partial<Tensor> | null;
  const ok =
    typeof t === 'object' &&
    t !== null &&
    t.type === 'float32' &&
    Array.isArray(t.dims) &&
    t.data instanceof Float32Array &&
    t.data.length === elementCount(t.dims);
  if (!ok) {
    throw new InvalidArgumentError({
      parameter,
      value: describeTensor(value),
      expected: 'must be a float32 onnxruntime Tensor on the CPU',
    });
  }
  if (dims && !sameDims(t.dims as readonly number[], dims)) {
    throw new InvalidArgumentError({
      parameter,
      value: `a tensor of shape [${t.dims!.join(', ')}]`,
      expected: `must have the parameter's shape [${dims.join(', ')}]`,
    });
  }
  return value as Tensor;
}

/** A short description of a value that may be a tensor, for error messages. */
export function describeTensor(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'dims' in value && 'type' in value) {
    const t = value as { dims: unknown; type: unknown };
    return `a ${String(t.type)} tensor of shape ${JSON.stringify(t.dims)}`;
  }
  return value;
}
