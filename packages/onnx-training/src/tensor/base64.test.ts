import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

// Node's Buffer is the reference: checkpoints written before this encoder existed used it.
describe('base64', () => {
  it('encodes as Buffer does and decodes back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(new Uint8Array(bytes));
        expect(base64ToBytes(text.replace(/=+$/, ''))).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it('refuses text that is not base64 instead of skipping characters', () => {
    for (const text of ['A', 'AAA=A', 'AA=A', '====', 'AA*A', 'AAAA\n', 'AB==', 'AAB=', 'é']) {
      expect(base64ToBytes(text), text).toBeUndefined();
    }
    expect(base64ToBytes('')).toEqual(new Uint8Array(0));
    expect(base64ToBytes('AA==')).toEqual(Uint8Array.of(0));
  });
});
