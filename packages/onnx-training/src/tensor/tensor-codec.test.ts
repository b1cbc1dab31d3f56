import fc from 'fast-check';
import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { decodeTensor, encodeTensor } from './tensor-codec';

const bits = (t: Tensor) => Array.from(new Uint32Array((t.data as Float32Array).slice().buffer));

describe('tensor codec', () => {
  it('round-trips every float32 bit pattern (NaN, ±0, ±Infinity, subnormals) through JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 64 }),
        (words) => {
          const data = new Float32Array(Uint32Array.from(words).buffer);
          const t = new Tensor('float32', data, [words.length]);
          const back = decodeTensor('t', JSON.parse(JSON.stringify(encodeTensor(t))));
          expect(back.dims).toEqual([words.length]);
          expect(bits(back)).toEqual(words);
        },
      ),
    );
  });

  it('keeps shapes, including rank 0 and zero-size dims', () => {
    for (const dims of [[], [0], [2, 0, 3], [2, 3]]) {
      const size = dims.reduce((a, d) => a * d, 1);
      const t = new Tensor(
        'float32',
        Float32Array.from({ length: size }, (_, i) => i - 0.5),
        dims,
      );
      expect(decodeTensor('t', encodeTensor(t)).dims).toEqual(dims);
    }
  });

  it('rejects a wrong byte count or a malformed entry, naming it', () => {
    expect(() => decodeTensor('state.w', { dims: [2], dtype: 'float32', data: 'AAAA' })).toThrow(
      /state\.w: must hold 8 bytes for shape \[2\], got "3 bytes"/,
    );
    expect(() => decodeTensor('p', { dims: [-1], dtype: 'float32', data: '' })).toThrow(
      /p: must be an encoded tensor/,
    );
    expect(() => decodeTensor('p', null)).toThrow(/p: must be an encoded tensor/);
  });
});
