import { InvalidArgumentError } from '@lrkit/core';
import { Tensor } from 'onnxruntime-node';
import { elementCount } from './tensors';

/** A float32 tensor as JSON: its shape and its bytes (little-endian IEEE 754) in base64. */
export interface EncodedTensor {
  dims: number[];
  dtype: 'float32';
  data: string;
}

/**
 * Bit-exact: the bytes are copied, never converted, so every float32 (-0 and NaN payloads
 * included) survives the round trip. Node runs on little-endian hosts only, as ONNX's raw data is.
 */
export function encodeTensor(tensor: Tensor): EncodedTensor {
  const src = tensor.data as Float32Array;
  const bytes = Buffer.from(src.buffer, src.byteOffset, src.byteLength);
  return { dims: [...tensor.dims], dtype: 'float32', data: bytes.toString('base64') };
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
  const bytes = Buffer.from(e.data, 'base64');
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
  return new Tensor('float32', out, dims);
}
