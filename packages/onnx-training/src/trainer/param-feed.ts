import type { Tensor } from 'onnxruntime-common';
import type { OnnxOptimizer, OnnxParamGroup } from '../optim/onnx-optimizer';
import { getOrtRuntime } from '../runtime/ort-runtime';
import { elementCount, type TensorMap } from '../tensor/tensors';

/**
 * The parameter tensors the Trainer feeds its gradient graph. For an lrkit optimizer they are
 * made once, as views of flat buffers of the Trainer's own, and a step's new flat parameters are
 * copied in (one copy per group instead of a new tensor per parameter every step). They are never
 * handed out, so the optimizer's `params` keep their promise never to change.
 */
export class ParamFeed {
  private readonly optimizer: OnnxOptimizer<OnnxParamGroup>;
  private readonly buffers: Float32Array[] = [];
  /** The flat tensor each buffer holds a copy of: a different one means new values. */
  private readonly copied: (Tensor | undefined)[] = [];
  private readonly names: string[] = [];
  private readonly views: Tensor[] = [];
  private readonly packed: boolean;

  /** `names`: the parameters to feed (all the optimizer's). */
  constructor(optimizer: OnnxOptimizer<OnnxParamGroup>, names: readonly string[]) {
    this.optimizer = optimizer;
    // Any other object with `step` and `params` is fed its `params` as they are.
    this.packed = typeof optimizer.packedParams === 'function';
    if (!this.packed) {
      this.names.push(...names);
      return;
    }
    const T = getOrtRuntime().Tensor;
    // The optimizer's layout (PackedGroup): a group's parameters one after another, row-major.
    for (const group of optimizer.paramGroups) {
      const dims = group.params.map((name) => optimizer.paramShape(name)!);
      const buffer = new Float32Array(dims.reduce((n, d) => n + elementCount(d), 0));
      let offset = 0;
      group.params.forEach((name, i) => {
        const size = elementCount(dims[i]!);
        this.names.push(name);
        this.views.push(new T('float32', buffer.subarray(offset, offset + size), dims[i]!));
        offset += size;
      });
      this.buffers.push(buffer);
      this.copied.push(undefined);
    }
  }

  /** Sets each parameter's current tensor in `feeds`. */
  feed(feeds: Record<string, Tensor>): void {
    if (!this.packed) {
      const params: TensorMap = this.optimizer.params;
      for (const name of this.names) feeds[name] = params[name]!;
      return;
    }
    const flats = this.optimizer.packedParams();
    for (let g = 0; g < this.buffers.length; g++) {
      const flat = flats[g]!;
      if (flat !== this.copied[g]) {
        this.buffers[g]!.set(flat.data as Float32Array);
        this.copied[g] = flat;
      }
    }
    for (let i = 0; i < this.names.length; i++) feeds[this.names[i]!] = this.views[i]!;
  }
}
