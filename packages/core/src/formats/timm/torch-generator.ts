// torch's CPU generator as timm's noise uses it: `torch.Generator().manual_seed(s)` (a
// Mersenne Twister, mt19937, seeded with the low 32 bits of s), then `torch.randn(1)` or
// `torch.rand(1)` as float32 tensors (aten's normal_distribution<double> / uniform_real for one
// element: Box-Muller on two 53-bit uniforms, the second value kept for the next draw).

const N = 624;

/** The 32-bit Mersenne Twister (MT19937), as std::mt19937 and torch's at::mt19937. */
class Mt19937 {
  private readonly state = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    const s = this.state;
    s[0] = seed >>> 0;
    for (let j = 1; j < N; j++) {
      const prev = s[j - 1]!;
      s[j] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + j) >>> 0;
    }
  }

  next(): number {
    if (this.index >= N) this.twist();
    let y = this.state[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private twist(): void {
    const s = this.state;
    for (let i = 0; i < N; i++) {
      const y = (s[i]! & 0x80000000) | (s[(i + 1) % N]! & 0x7fffffff);
      s[i] = (s[(i + 397) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
    }
    this.index = 0;
  }
}

/** torch.Generator (CPU) after manual_seed(seed): the draws timm's noise makes. */
export class TorchCpuGenerator {
  private readonly engine: Mt19937;
  private cachedNormal: number | null = null;

  constructor(seed: number) {
    // at::mt19937 keeps the low 32 bits of the 64-bit seed.
    this.engine = new Mt19937(seed % 2 ** 32);
  }

  /** uniform_real<double>(random64(), 0, 1): the low 53 bits of (first << 32 | second) / 2^53. */
  private uniform53(): number {
    const hi = this.engine.next();
    const lo = this.engine.next();
    return ((hi & 0x1fffff) * 2 ** 32 + lo) / 2 ** 53;
  }

  /** `torch.randn(1, generator=g).item()`: one float32 standard normal. */
  randn(): number {
    if (this.cachedNormal !== null) {
      const value = this.cachedNormal;
      this.cachedNormal = null;
      return Math.fround(value);
    }
    const u1 = this.uniform53();
    const u2 = this.uniform53();
    const r = Math.sqrt(-2 * Math.log(1 - u2));
    const theta = 2 * Math.PI * u1;
    this.cachedNormal = r * Math.sin(theta);
    return Math.fround(r * Math.cos(theta));
  }

  /** `torch.rand(1, generator=g).item()`: a float32 uniform in [0, 1) from 24 random bits. */
  rand(): number {
    return (this.engine.next() & 0xffffff) / 2 ** 24;
  }
}
