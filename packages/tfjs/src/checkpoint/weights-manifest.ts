import type { io } from '@tensorflow/tfjs-core';
import { CheckpointError } from './checkpoint-error';

/** Bytes per element of each dtype tfjs stores in weight data (strings are not used by models). */
const DTYPE_BYTES: Readonly<Record<string, number>> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
};
const QUANTIZED_BYTES: Readonly<Record<string, number>> = { uint8: 1, uint16: 2, float16: 2 };

function bad(parameter: string, value: unknown, expected: string): never {
  throw new CheckpointError({ parameter, value, expected });
}

/**
 * Checks a weights manifest's specs (names unique, shapes of non-negative integers, known dtypes)
 * and returns the number of bytes their data must have, so that truncated or padded weight data is
 * refused before a single tensor is made.
 */
export function weightBytesOf(specs: unknown, path: string): number {
  if (!Array.isArray(specs)) bad(path, specs, 'must be an array of weight specs');
  const names = new Set<string>();
  let total = 0;
  specs.forEach((spec: unknown, i) => {
    const at = `${path}[${i}]`;
    if (typeof spec !== 'object' || spec === null) bad(at, spec, 'must be a weight spec object');
    const { name, shape, dtype, quantization } = spec as io.WeightsManifestEntry;
    if (typeof name !== 'string' || name.length === 0) bad(`${at}.name`, name, 'must be a name');
    if (names.has(name)) bad(`${at}.name`, name, 'must be unique among the weights');
    names.add(name);
    total += elementsOf(shape, `${at}.shape`) * bytesPerElement(dtype, quantization, at);
    if (!Number.isSafeInteger(total))
      bad(`${at}.shape`, shape, 'must describe fewer than 2^53 bytes');
  });
  return total;
}

function elementsOf(shape: unknown, path: string): number {
  if (!Array.isArray(shape) || shape.length > 32)
    bad(path, shape, 'must be an array of dimensions');
  let count = 1;
  shape.forEach((d: unknown, i) => {
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) {
      bad(`${path}[${i}]`, d, 'must be a non-negative integer');
    }
    count *= d;
  });
  if (!Number.isSafeInteger(count)) bad(path, shape, 'must have fewer than 2^53 elements');
  return count;
}

function bytesPerElement(dtype: unknown, quantization: unknown, path: string): number {
  if (quantization !== undefined) {
    const q = (quantization as { dtype?: unknown } | null)?.dtype;
    const bytes =
      typeof q === 'string' && Object.hasOwn(QUANTIZED_BYTES, q) ? QUANTIZED_BYTES[q] : undefined;
    return bytes ?? bad(`${path}.quantization.dtype`, q, 'must be uint8, uint16 or float16');
  }
  const bytes =
    typeof dtype === 'string' && Object.hasOwn(DTYPE_BYTES, dtype) ? DTYPE_BYTES[dtype] : undefined;
  return bytes ?? bad(`${path}.dtype`, dtype, 'must be float32, int32, bool or complex64');
}
