// Base64 (RFC 4648, standard alphabet) without Node's Buffer, so that checkpoints encode the same
// bytes in a browser. Decoding is strict: a character outside the alphabet is refused, not skipped.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='
const ASCII = new TextDecoder();

export function bytesToBase64(bytes: Uint8Array): string {
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let n = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    codes[n++] = CODES[b0 >> 2]!;
    codes[n++] = CODES[((b0 & 3) << 4) | (b1 >> 4)]!;
    codes[n++] = i + 1 < bytes.length ? CODES[((b1 & 15) << 2) | (b2 >> 6)]! : PAD;
    codes[n++] = i + 2 < bytes.length ? CODES[b2 & 63]! : PAD;
  }
  // ASCII only, so UTF-8 decoding is the identity; one call, whatever the length.
  return ASCII.decode(codes);
}

/** The bytes of `text`, or undefined when it is not padded or unpadded standard base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  let length = text.length;
  if (length % 4 === 0 && text.endsWith('==')) length -= 2;
  else if (length % 4 === 0 && text.endsWith('=')) length -= 1;
  if (length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code]! : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so that each byte string has exactly one encoding.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}
