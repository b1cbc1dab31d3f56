import type { ResolvedMlpOptions } from '../../src/mlp/mlp-options';

/** Float64 forward pass and loss of the MLP the builder describes, written independently. */
export function referenceLoss(
  o: ResolvedMlpOptions,
  params: Map<string, Float64Array>,
  x: Float64Array,
  y: Float64Array | BigInt64Array,
  batch: number,
): number {
  const sizes = [o.inputSize, ...o.hiddenSizes, o.outputSize];
  let a = x;
  for (let l = 0; l < sizes.length - 1; l++) {
    const fanIn = sizes[l]!;
    const units = sizes[l + 1]!;
    const w = params.get(`layer${l}.weight`)!;
    const bias = params.get(`layer${l}.bias`)!;
    const z = new Float64Array(batch * units);
    for (let n = 0; n < batch; n++) {
      for (let j = 0; j < units; j++) {
        let s = bias[j]!;
        for (let i = 0; i < fanIn; i++) s += a[n * fanIn + i]! * w[j * fanIn + i]!;
        z[n * units + j] = s;
      }
    }
    const last = l === sizes.length - 2;
    a = last ? z : z.map((v) => (o.activations[l] === 'tanh' ? Math.tanh(v) : Math.max(0, v)));
  }
  const c = o.outputSize;
  if (o.loss === 'mse') {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += (a[i]! - Number(y[i]!)) ** 2;
    return s / a.length;
  }
  let total = 0;
  for (let n = 0; n < batch; n++) {
    const row = a.subarray(n * c, (n + 1) * c);
    const max = Math.max(...row);
    const lse = max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
    for (let k = 0; k < c; k++) {
      const t = y instanceof BigInt64Array ? (Number(y[n]) === k ? 1 : 0) : y[n * c + k]!;
      total += t * (row[k]! - lse);
    }
  }
  return -total / batch;
}
