import { describe, expect, it } from 'vitest';
import saved from '../../test/fixtures/pre-packing-states.json';
import {
  CONTINUED_FOR,
  KINDS,
  makeOptimizer,
  SAVED_AFTER,
  update,
} from '../../test/helpers/pre-packing-run';
import { decodeTensor, type EncodedTensor, encodeTensor } from '../tensor/tensor-codec';
import type { OnnxOptimizerState } from './onnx-optimizer';

type Saved = Record<
  string,
  {
    params: Record<string, EncodedTensor>;
    state: OnnxOptimizerState;
    final: Record<string, EncodedTensor>;
  }
>;
const fixture = saved as unknown as Saved;

const encoded = (params: Record<string, { data: unknown; dims: readonly number[] }>) =>
  Object.fromEntries(
    Object.entries(params).map(([n, t]) => [
      n,
      encodeTensor(t as Parameters<typeof encodeTensor>[0]),
    ]),
  );

describe('states saved before parameters were packed per group (commit 4dea96e)', () => {
  it.each(KINDS)('%s: restores them and continues to the same float32 bytes', async (kind) => {
    const run = fixture[kind]!;
    const opt = makeOptimizer(kind);
    opt.loadParams(
      Object.fromEntries(Object.entries(run.params).map(([n, e]) => [n, decodeTensor(n, e)])),
    );
    opt.loadStateDict(run.state);
    expect(opt.stepCount).toBe(SAVED_AFTER);
    // The state saved again has the same format and bytes as the old optimizer wrote.
    expect(opt.stateDict()).toEqual(run.state);
    for (let t = SAVED_AFTER + 1; t <= SAVED_AFTER + CONTINUED_FOR; t++) await update(opt, t);
    expect(encoded(opt.params)).toEqual(run.final);
  });

  it.each(KINDS)(
    '%s: an uninterrupted run of the packed optimizer gives the same bytes',
    async (kind) => {
      const opt = makeOptimizer(kind);
      for (let t = 1; t <= SAVED_AFTER; t++) await update(opt, t);
      expect(encoded(opt.params)).toEqual(fixture[kind]!.params);
      expect(opt.stateDict()).toEqual(fixture[kind]!.state);
      for (let t = SAVED_AFTER + 1; t <= SAVED_AFTER + CONTINUED_FOR; t++) await update(opt, t);
      expect(encoded(opt.params)).toEqual(fixture[kind]!.final);
    },
  );
});
