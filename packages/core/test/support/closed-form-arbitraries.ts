import fc from 'fast-check';
import { scheduleFromSpec } from '../../src/schedules/registry';

/** Random closed-form spec bodies of every type of the core, nested up to two levels. */
type Body = Record<string, unknown> & { type: string };

const lr = fc.double({ min: 1e-5, max: 1, noNaN: true, noDefaultInfinity: true });
const real = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const int = (min: number, max: number) => fc.integer({ min, max });
const sortedInts = (min: number, max: number, length: number, strict: boolean) =>
  (strict
    ? fc.uniqueArray(int(min, max), { minLength: length, maxLength: length })
    : fc.array(int(min, max), { minLength: length, maxLength: length })
  ).map((list) => list.sort((a, b) => a - b));

function record(
  type: string,
  fields: Record<string, fc.Arbitrary<unknown>>,
  optional: string[] = [],
) {
  const required = Object.keys(fields).filter((k) => !optional.includes(k));
  return fc.record(fields, { requiredKeys: required }).map((f) => ({ type, ...f }) as Body);
}

const hfCommon = int(0, 10).chain((w) =>
  int(w + 1, w + 50).map((n) => ({ numWarmupSteps: w, numTrainingSteps: n })),
);

const timmCommon = {
  baseLr: lr,
  tInitial: int(1, 20),
  lrMin: real(0, 1e-5),
  cycleMul: fc.constantFrom(1, 1.5, 2, 0.8),
  cycleDecay: real(0.3, 1),
  cycleLimit: int(0, 4),
  warmupT: int(0, 6),
  warmupLrInit: real(0, 1e-4),
  warmupPrefix: fc.boolean(),
  noiseRangeT: fc.oneof(int(0, 30), fc.constant([5, 25])),
  noisePct: real(0.01, 1),
  noiseSeed: int(0, 2 ** 32 - 1),
  noiseType: fc.constantFrom('normal', 'uniform'),
};
const timmOptional = Object.keys(timmCommon).filter((k) => k !== 'baseLr' && k !== 'tInitial');

const leaves: fc.Arbitrary<Body>[] = [
  record('constant', { lr }),
  record('linear', { startLr: lr, endLr: lr, transitionSteps: int(1, 40) }),
  lr.chain((peakLr) =>
    record(
      'cosine',
      {
        peakLr: fc.constant(peakLr),
        minLr: real(0, peakLr),
        decaySteps: int(1, 40),
        exponent: real(0.3, 4),
      },
      ['minLr', 'exponent'],
    ),
  ),
  record(
    'exponential',
    {
      startLr: lr,
      decayRate: real(0.3, 1.6),
      decaySteps: int(1, 10),
      staircase: fc.boolean(),
      endLr: lr,
    },
    ['staircase', 'endLr'],
  ),
  record(
    'polynomial',
    {
      startLr: lr,
      endLr: real(0, 1e-3),
      decaySteps: int(1, 30),
      power: real(0.3, 3),
      cycle: fc.boolean(),
    },
    ['endLr', 'power', 'cycle'],
  ),
  int(0, 4).chain((n) =>
    record('piecewise-constant', {
      boundaries: sortedInts(0, 40, n, true),
      values: fc.array(lr, { minLength: n + 1, maxLength: n + 1 }),
    }),
  ),
  int(1, 5).chain((n) =>
    record(
      'piecewise-interpolated',
      {
        boundaries: sortedInts(0, 40, n, false),
        values: fc.array(lr, { minLength: n, maxLength: n }),
        interpolation: fc.constantFrom('linear', 'cosine'),
      },
      ['interpolation'],
    ),
  ),
  record('inverse-sqrt', { peakLr: lr, timescaleSteps: real(0.5, 30) }),
  record(
    'inverse-time',
    { startLr: lr, decayRate: real(0, 3), decaySteps: real(0.5, 10), staircase: fc.boolean() },
    ['staircase'],
  ),
  lr.chain((peakLr) =>
    record(
      'restarts',
      {
        shape: fc.constantFrom('cosine', 'linear', 'polynomial', 'tanh'),
        peakLr: fc.constant(peakLr),
        minLr: real(0, peakLr),
        cycleSteps: int(1, 12),
        cycleMul: fc.constantFrom(1, 2, 1.5, 0.7, 3),
        cycleDecay: real(0.3, 1.2),
        cycleLimit: int(1, 5),
        kDecay: real(0.5, 2),
        power: real(0.5, 3),
        tanhLowerBound: real(-8, -1),
        tanhUpperBound: real(1, 5),
      },
      [
        'shape',
        'minLr',
        'cycleMul',
        'cycleDecay',
        'cycleLimit',
        'kDecay',
        'power',
        'tanhLowerBound',
        'tanhUpperBound',
      ],
    ),
  ),
  record('hf-constant', {}),
  hfCommon.map((c) => ({ type: 'hf-linear', ...c })),
  fc.tuple(hfCommon, real(0, 2)).map(([c, numCycles]) => ({ type: 'hf-cosine', ...c, numCycles })),
  fc
    .tuple(hfCommon, int(1, 5))
    .map(([c, numCycles]) => ({ type: 'hf-cosine-with-restarts', ...c, numCycles })),
  fc
    .tuple(hfCommon, real(1e-6, 1e-3), real(0.5, 3))
    .map(([c, lrEnd, power]) => ({ type: 'hf-polynomial', ...c, lrEnd, power, lrInit: 0.01 })),
  int(0, 12).map((n) => ({ type: 'hf-inverse-sqrt', numWarmupSteps: n })),
  fc
    .tuple(hfCommon, real(0, 0.5))
    .map(([c, minLrRate]) => ({ type: 'hf-cosine-with-min-lr', ...c, minLrRate })),
  fc
    .tuple(hfCommon, real(0, 0.5), fc.option(real(0, 1), { nil: undefined }))
    .map(([c, minLrRate, warmupLrRate]) => ({
      type: 'hf-cosine-warmup-with-min-lr',
      ...c,
      minLrRate,
      ...(warmupLrRate === undefined ? {} : { warmupLrRate }),
    })),
  fc
    .tuple(
      int(0, 8),
      int(0, 20),
      int(0, 10),
      fc.constantFrom('linear', 'cosine', '1-sqrt'),
      real(0, 0.3),
    )
    .map(([w, d, s, shape, minLrRatio]) => ({
      type: 'hf-warmup-stable-decay',
      numWarmupSteps: w,
      numDecaySteps: d,
      numStableSteps: s,
      warmupType: shape,
      decayType: shape === 'cosine' ? 'linear' : 'cosine',
      minLrRatio,
    })),
  record('timm-cosine', { ...timmCommon, kDecay: real(0.5, 2) }, [...timmOptional, 'kDecay']),
  record('timm-poly', { ...timmCommon, power: real(0.3, 3) }, [...timmOptional, 'power']),
  record('timm-tanh', timmCommon, timmOptional),
  record(
    'keras-exponential-decay',
    {
      initialLearningRate: lr,
      decaySteps: real(0.5, 10),
      decayRate: real(0.3, 1.2),
      staircase: fc.boolean(),
    },
    ['staircase'],
  ),
  record(
    'keras-polynomial-decay',
    { initialLearningRate: lr, decaySteps: real(1, 30), power: real(0.3, 3), cycle: fc.boolean() },
    ['power', 'cycle'],
  ),
  record(
    'keras-inverse-time-decay',
    {
      initialLearningRate: lr,
      decaySteps: real(0.5, 10),
      decayRate: real(0, 3),
      staircase: fc.boolean(),
    },
    ['staircase'],
  ),
  record(
    'keras-cosine-decay',
    {
      initialLearningRate: lr,
      decaySteps: real(1, 30),
      alpha: real(0, 1),
      warmupTarget: lr,
      warmupSteps: int(0, 10),
    },
    ['alpha', 'warmupTarget', 'warmupSteps'],
  ),
  record(
    'keras-cosine-decay-restarts',
    {
      initialLearningRate: lr,
      firstDecaySteps: real(1, 10),
      tMul: fc.constantFrom(1, 2, 1.5, 0.8),
      mMul: real(0.3, 1),
      alpha: real(0, 1),
    },
    ['tMul', 'mMul', 'alpha'],
  ),
  record(
    'optax-linear-onecycle',
    { transitionSteps: int(1, 50), peakValue: lr, pctStart: real(0, 0.5), pctFinal: real(0.5, 1) },
    ['pctStart', 'pctFinal'],
  ),
  record(
    'optax-cosine-onecycle',
    { transitionSteps: int(1, 50), peakValue: lr, divFactor: real(2, 50) },
    ['divFactor'],
  ),
  fc
    .tuple(
      lr,
      int(0, 10),
      int(11, 50),
      fc.constantFrom('constant', 'linear', 'cosine', 'inverse-square-root', 'WSD'),
    )
    .chain(([maxLr, warmupSteps, decaySteps, decayStyle]) =>
      fc
        .tuple(
          real(0, maxLr),
          real(0, maxLr),
          int(0, decaySteps),
          fc.constantFrom('linear', 'cosine', 'exponential', 'minus_sqrt'),
        )
        .map(([initLr, minLr, wsdDecaySteps, wsdDecayStyle]) => ({
          type: 'megatron',
          initLr,
          maxLr,
          minLr,
          warmupSteps,
          decaySteps,
          decayStyle,
          ...(decayStyle === 'WSD' ? { wsdDecaySteps, wsdDecayStyle } : {}),
        })),
    ),
  record('torchtitan', {
    warmupSteps: int(0, 10),
    stableSteps: int(0, 20),
    decaySteps: int(50, 80),
    decayType: fc.constantFrom('linear', 'sqrt', 'cosine'),
    minLrFactor: real(0, 1),
  }),
];

const leaf = fc.oneof(...leaves);

/** A wrapper (warmup, join, scale, noise, resize) around leaves, or a leaf. */
const wrapped: fc.Arbitrary<Body> = fc.oneof(
  leaf,
  record(
    'warmup',
    {
      schedule: leaf,
      warmupSteps: int(0, 10),
      startLr: real(1e-6, 1e-3),
      shape: fc.constantFrom('linear', 'cosine', 'exponential'),
      prefix: fc.boolean(),
    },
    ['startLr', 'shape', 'prefix'],
  ),
  int(1, 3).chain((n) =>
    record('join', {
      schedules: fc.array(leaf, { minLength: n + 1, maxLength: n + 1 }),
      boundaries: sortedInts(0, 40, n, false),
    }),
  ),
  record('scale', { schedule: leaf, factor: real(0, 3) }),
  record(
    'noise',
    {
      schedule: leaf,
      seed: int(0, 2 ** 32 - 1),
      noiseType: fc.constantFrom('normal', 'uniform'),
      noisePct: real(0.01, 1),
      noiseStd: real(0.1, 2),
      startStep: int(0, 10),
    },
    ['seed', 'noiseType', 'noisePct', 'noiseStd', 'startStep'],
  ),
  fc
    .tuple(
      leaf,
      fc.constantFrom('keep-fraction', 'continue', 'cooldown-now', 'rewarm'),
      int(0, 20),
      int(21, 60),
      int(20, 40),
    )
    .map(([schedule, policy, resumeStep, totalSteps, previousTotalSteps]) => ({
      type: 'resize',
      schedule,
      policy,
      resumeStep,
      totalSteps,
      previousTotalSteps,
    })),
);

/** Only what lrkit itself accepts (random fields can break a cross-field rule). */
export const closedFormSpec: fc.Arbitrary<Body> = wrapped.filter((spec) => {
  try {
    scheduleFromSpec(spec);
    return true;
  } catch {
    return false;
  }
});
