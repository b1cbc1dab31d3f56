import type { Tensor } from 'onnxruntime-common';
import { getOrtRuntime } from '../runtime/ort-runtime';
import { elementCount } from '../tensor/tensors';
import { names as valueNames } from './naming';
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
  /** The group's value names in the step graph, built once (not per step). */
  readonly paramInput: string;
  readonly gradInput: string;
  readonly nextParam: string;
  private readonly stateNames = new Map<string, { input: string; output: string }>();

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
    this.paramInput = valueNames.param(this.shape.name);
    this.gradInput = valueNames.grad(this.shape.name);
    this.nextParam = valueNames.nextParam(this.shape.name);
  }

  /** The input and output names of state tensor `key` (e.g. `state.exp_avg.group.0`). */
  state(key: string): { input: string; output: string } {
    let io = this.stateNames.get(key);
    if (io === undefined) {
      io = {
        input: valueNames.state(key, this.shape.name),
        output: valueNames.nextState(key, this.shape.name),
      };
      this.stateNames.set(key, io);
    }
    return io;
  }

  /** A new flat tensor of zeros (or holding `data`). */
  flat(data: Float32Array = new Float32Array(this.size)): Tensor {
    return new (getOrtRuntime().Tensor)('float32', data, [this.size]);
  }

  /** Copies each parameter's values (`tensors[name].data`) into `target`, in the group's order. */
  pack(target: Float32Array, tensors: { readonly [name: string]: Tensor | undefined }): void {
    for (let i = 0; i < this.names.length; i++) {
      target.set(tensors[this.names[i]!]!.data as Float32Array, this.offsets[i]!);
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
