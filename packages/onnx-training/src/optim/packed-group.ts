import type { Tensor } from 'onnxruntime-common';
import { getOrtRuntime } from '../runtime/ort-runtime';
import { elementCount } from '../tensor/tensors';
import type { ParamShape } from './step-graph';

/**
 * Where each parameter of a param group lives in the group's one flat float32 tensor (its
 * elements in the group's order, each parameter row-major). The optimizer graph updates the flat
 * tensor with one chain of elementwise nodes, whatever the number of parameter tensors, and the
 * parameters are views (subarrays) of it, so nothing is copied to hand them out.
 */
export class PackedGroup {
  readonly names: readonly string[];
  readonly dims: readonly (readonly number[])[];
  readonly offsets: readonly number[];
  /** Elements of all the group's parameters together. */
  readonly size: number;
  /** The graph's one parameter of this group: `group.<g>` of shape [size]. */
  readonly shape: ParamShape;

  constructor(group: number, names: readonly string[], dims: readonly (readonly number[])[]) {
    this.names = names;
    this.dims = dims;
    const offsets: number[] = [];
    let size = 0;
    for (const d of dims) {
      offsets.push(size);
      size += elementCount(d);
    }
    this.offsets = offsets;
    this.size = size;
    this.shape = { name: `group.${group}`, dims: [size] };
  }

  /** A new flat tensor of zeros (or holding `data`). */
  flat(data: Float32Array = new Float32Array(this.size)): Tensor {
    return new (getOrtRuntime().Tensor)('float32', data, [this.size]);
  }

  /** Copies each parameter's values (`source(i)`, i in the group's order) into `target`. */
  pack(target: Float32Array, source: (i: number) => Float32Array): void {
    for (let i = 0; i < this.names.length; i++) {
      const data = source(i);
      const offset = this.offsets[i]!;
      // Already in place (the trainer's gradients are written straight into the buffer).
      if (data.buffer === target.buffer && data.byteOffset === target.byteOffset + offset * 4)
        continue;
      target.set(data, offset);
    }
  }

  /** One tensor per parameter, each a view of `flat` in the parameter's own shape. */
  views(flat: Float32Array): Tensor[] {
    const T = getOrtRuntime().Tensor;
    return this.names.map((_, i) => {
      const offset = this.offsets[i]!;
      const dims = this.dims[i]!;
      return new T('float32', flat.subarray(offset, offset + elementCount(dims)), dims);
    });
  }
}
