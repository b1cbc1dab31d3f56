import fc from 'fast-check';

/** Random valid spec bodies (no `version`) for every stateful scheduler a spec can describe. */
type Body = Record<string, unknown> & { type: string };

const unit = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const int = (min: number, max: number) => fc.integer({ min, max });

type Fields = Record<string, fc.Arbitrary<unknown>>;

function optional(type: string, required: Fields, optionalFields: Fields): fc.Arbitrary<Body> {
  return fc
    .record({ ...optionalFields, ...required }, { requiredKeys: Object.keys(required) })
    .map((fields) => ({ type, ...fields }) as Body);
}

/** A per-group value for a 2-group optimizer: one value or one per group. */
const perGroup = (arb: fc.Arbitrary<number>) => fc.oneof(arb, fc.tuple(arb, arb));

export const leafSpecs: Record<string, fc.Arbitrary<Body>> = {
  StepLR: optional('StepLR', { stepSize: int(1, 12) }, { gamma: unit(0.05, 1) }),
  MultiStepLR: optional(
    'MultiStepLR',
    { milestones: fc.array(int(0, 30), { maxLength: 4 }).map((m) => m.sort((a, b) => a - b)) },
    { gamma: unit(0.05, 1) },
  ),
  ConstantLR: optional('ConstantLR', {}, { factor: unit(0.01, 1), totalIters: int(1, 12) }),
  LinearLR: optional(
    'LinearLR',
    {},
    { startFactor: unit(0.01, 1), endFactor: unit(0, 1), totalIters: int(1, 12) },
  ),
  ExponentialLR: optional('ExponentialLR', { gamma: unit(0.5, 1) }, {}),
  PolynomialLR: optional('PolynomialLR', {}, { totalIters: int(1, 20), power: unit(0.5, 3) }),
  CosineAnnealingLR: optional('CosineAnnealingLR', { tMax: int(1, 20) }, { etaMin: unit(0, 0.01) }),
  CosineAnnealingWarmRestarts: optional(
    'CosineAnnealingWarmRestarts',
    { t0: int(1, 10) },
    { tMult: int(1, 3), etaMin: unit(0, 0.01) },
  ),
  LinearAnnealingLR: int(1, 10).chain((annealingSteps) =>
    int(annealingSteps + 1, 40).map((totalSteps) => ({
      type: 'LinearAnnealingLR',
      annealingSteps,
      totalSteps,
    })),
  ),
  CyclicLR: optional(
    'CyclicLR',
    { baseLr: perGroup(unit(0.001, 0.01)), maxLr: perGroup(unit(0.02, 0.2)) },
    {
      stepSizeUp: int(1, 10),
      stepSizeDown: int(1, 10),
      mode: fc.constantFrom('triangular', 'triangular2', 'exp_range'),
      gamma: unit(0.8, 1),
      cycleMomentum: fc.boolean(),
      baseMomentum: unit(0.7, 0.85),
      maxMomentum: unit(0.86, 0.99),
    },
  ),
  OneCycleLR: optional(
    'OneCycleLR',
    { maxLr: perGroup(unit(0.01, 1)), totalSteps: int(40, 80) },
    {
      pctStart: unit(0.1, 0.45),
      annealStrategy: fc.constantFrom('cos', 'linear'),
      cycleMomentum: fc.boolean(),
      divFactor: unit(2, 50),
      finalDivFactor: unit(10, 1e4),
      threePhase: fc.boolean(),
    },
  ),
  CosineAnnealingWarmupRestarts: int(2, 15).chain((firstCycleSteps) =>
    optional(
      'CosineAnnealingWarmupRestarts',
      { firstCycleSteps: fc.constant(firstCycleSteps) },
      {
        cycleMult: unit(1, 2),
        maxLr: perGroup(unit(0.05, 0.2)),
        minLr: perGroup(unit(0, 0.01)),
        warmupSteps: int(0, firstCycleSteps - 1),
        gamma: unit(0.5, 1),
        warmupFirstCycleOnly: fc.boolean(),
      },
    ),
  ),
  ReduceLROnPlateau: optional(
    'ReduceLROnPlateau',
    {},
    {
      mode: fc.constantFrom('min', 'max'),
      factor: unit(0.1, 0.9),
      patience: int(0, 3),
      threshold: unit(0, 0.01),
      thresholdMode: fc.constantFrom('rel', 'abs'),
      cooldown: int(0, 2),
      minLr: perGroup(unit(0, 0.001)),
    },
  ),
};

/** Children an LRScheduler composite accepts (no plateau, no composites). */
const chainable = fc.oneof(
  leafSpecs.StepLR!,
  leafSpecs.MultiStepLR!,
  leafSpecs.ConstantLR!,
  leafSpecs.LinearLR!,
  leafSpecs.ExponentialLR!,
  leafSpecs.PolynomialLR!,
  leafSpecs.CosineAnnealingLR!,
  leafSpecs.LinearAnnealingLR!,
);

export const compositeSpecs: Record<string, fc.Arbitrary<Body>> = {
  SequentialLR: fc.array(chainable, { minLength: 2, maxLength: 3 }).chain((schedulers) =>
    fc
      .uniqueArray(int(1, 25), {
        minLength: schedulers.length - 1,
        maxLength: schedulers.length - 1,
      })
      .map((m) => ({
        type: 'SequentialLR',
        schedulers,
        milestones: m.sort((a, b) => a - b),
      })),
  ),
  ChainedScheduler: fc
    .array(chainable, { minLength: 1, maxLength: 3 })
    .map((schedulers) => ({ type: 'ChainedScheduler', schedulers })),
  // One child per group of the 2-group test optimizer; per-group arrays do not fit one group.
  ParamwiseScheduler: fc
    .tuple(
      fc.oneof(chainable, leafSpecs.ReduceLROnPlateau!.map(scalarGroups)),
      fc.oneof(chainable, leafSpecs.CosineAnnealingWarmRestarts!),
    )
    .map((schedulers) => ({ type: 'ParamwiseScheduler', schedulers })),
};

function scalarGroups(body: Body): Body {
  const out: Body = { ...body };
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) out[k] = v[0];
  return out;
}

/** Small closed-form schedule specs (cosine, linear, with an optional warmup). */
const closedForm: fc.Arbitrary<Body> = fc
  .tuple(
    fc.oneof(
      fc.record({
        type: fc.constant('cosine'),
        peakLr: unit(0.01, 1),
        minLr: unit(0, 0.005),
        decaySteps: int(1, 30),
      }),
      fc.record({
        type: fc.constant('linear'),
        startLr: unit(0, 1),
        endLr: unit(0, 1),
        transitionSteps: int(1, 30),
      }),
    ),
    fc.option(int(0, 8), { nil: undefined }),
  )
  .map(([schedule, warmupSteps]) =>
    warmupSteps === undefined ? (schedule as Body) : { type: 'warmup', warmupSteps, schedule },
  );

export const scheduleSpecs: Record<string, fc.Arbitrary<Body>> = {
  'closed form': closedForm,
  ScheduleLR: fc.record({
    type: fc.constant('ScheduleLR'),
    scale: fc.constantFrom('multiplier', 'absolute'),
    schedule: fc.oneof(closedForm, fc.tuple(closedForm, closedForm)),
  }),
};

/** Any stateful spec body. */
export const anyStatefulSpec: fc.Arbitrary<Body> = fc.oneof(
  ...Object.values(leafSpecs),
  ...Object.values(compositeSpecs),
);
