import { InvalidArgumentError } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-common';
import { getOrtRuntime } from '../runtime/ort-runtime';
import { base64ToBytes, bytesToBase64 } from './base64';
import { elementCount } from './tensors';

/** A float32 tensor as JSON: its shape and its bytes (little-endian IEEE 754) in base64. */
export interface EncodedTensor {
  dims: number[];
  dtype: 'float32';
  data: string;
}

/**
 * Bit-exact: the bytes are copied, never converted, so every float32 (-0 and NaN payloads
 * included) survives the round trip. The bytes are the platform's (little-endian on every host
 * onnxruntime supports, Node and browsers alike), as ONNX's raw data is.
 */
export function encodeTensor(tensor: Tensor): EncodedTensor {
  const src = tensor.data as Float32Array;
  const bytes = new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  return { dims: [...tensor.dims], dtype: 'float32', data: bytesToBase64(bytes) };
}

export function decodeTensor(parameter: string, value: unknown): Tensor {
  const e = value as Partial<EncodedTensor> | null;
  const dimsOk =
    typeof e === 'object' &&
    e !== null &&
    Array.isArray(e.dims) &&
    e.dims.every((d) => Number.isSafeInteger(d) && d >= 0);
  if (!dimsOk || e.dtype !== 'float32' || typeof e.data !== 'string') {
    throw new InvalidArgumentError({
      parameter,
      value,
      expected: 'must be an encoded tensor { dims: number[], dtype: "float32", data: base64 }',
    });
  }
  const dims = e.dims as number[];
  const bytes = base64ToBytes(e.data);
  if (bytes === undefined) {
    throw new InvalidArgumentError({
      parameter,
      value: e.data.length > 40 ? `${e.data.slice(0, 40)}...` : e.data,
      expected: 'must be base64 (A-Z, a-z, 0-9, +, /, = padding)',
    });
  }
  const count = elementCount(dims);
  if (bytes.length !== count * 4) {
    throw new InvalidArgumentError({
      parameter,
      value: `${bytes.length} bytes`,
      expected: `must hold ${count * 4} bytes for shape [${dims.join(', ')}]`,
    });
  }
  const out = new Float32Array(count);
  new Uint8Array(out.buffer).set(bytes);
  return new (getOrtRuntime().Tensor)('float32', out, dims);
}
