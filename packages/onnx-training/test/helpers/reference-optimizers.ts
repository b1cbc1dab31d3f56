/**
 * Float64 references of torch.optim.SGD / Adam / AdamW, written from PyTorch's documented update
 * rules, one parameter array at a time. The ONNX graphs are compared against these.
 */
export interface SgdRefGroup {
  lr: number;
  momentum: number;
  dampening: number;
  weightDecay: number;
  nesterov: boolean;
  maximize: boolean;
}

export class SgdReference {
  private buffers = new Map<string, Float64Array>();

  step(
    params: Map<string, Float64Array>,
    grads: Map<string, Float64Array>,
    group: SgdRefGroup,
    names: readonly string[],
  ): void {
    for (const name of names) {
      const p = params.get(name)!;
      const g = grads.get(name)!;
      const d = g.map((x, i) => (group.maximize ? -x : x) + group.weightDecay * p[i]!);
      let update: Float64Array = d;
      if (group.momentum !== 0) {
        let buf = this.buffers.get(name);
        if (!buf) buf = Float64Array.from(d);
        else buf = buf.map((b, i) => group.momentum * b + (1 - group.dampening) * d[i]!);
        this.buffers.set(name, buf);
        const b = buf;
        update = group.nesterov ? d.map((x, i) => x + group.momentum * b[i]!) : buf;
      }
      for (let i = 0; i < p.length; i++) p[i] = p[i]! - group.lr * update[i]!;
    }
  }
}

export interface AdamRefGroup {
  lr: number;
  betas: readonly [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  maximize: boolean;
}

export class AdamReference {
  private m = new Map<string, Float64Array>();
  private v = new Map<string, Float64Array>();
  private vMax = new Map<string, Float64Array>();

  constructor(private readonly decoupled: boolean) {}

  step(
    params: Map<string, Float64Array>,
    grads: Map<string, Float64Array>,
    group: AdamRefGroup,
    names: readonly string[],
    step: number,
  ): void {
    const [beta1, beta2] = group.betas;
    const stepSize = group.lr / (1 - beta1 ** step);
    const bc2Sqrt = Math.sqrt(1 - beta2 ** step);
    for (const name of names) {
      const p = params.get(name)!;
      const n = p.length;
      const m = this.m.get(name) ?? new Float64Array(n);
      const v = this.v.get(name) ?? new Float64Array(n);
      const vMax = this.vMax.get(name) ?? new Float64Array(n);
      const g0 = grads.get(name)!;
      for (let i = 0; i < n; i++) {
        let g = group.maximize ? -g0[i]! : g0[i]!;
        if (this.decoupled) p[i] = p[i]! * (1 - group.lr * group.weightDecay);
        else g += group.weightDecay * p[i]!;
        m[i] = m[i]! + (1 - beta1) * (g - m[i]!);
        v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
        vMax[i] = Math.max(vMax[i]!, v[i]!);
        const denom = Math.sqrt(group.amsgrad ? vMax[i]! : v[i]!) / bc2Sqrt + group.eps;
        p[i] = p[i]! - stepSize * (m[i]! / denom);
      }
      this.m.set(name, m);
      this.v.set(name, v);
      this.vMax.set(name, vMax);
    }
  }
}
