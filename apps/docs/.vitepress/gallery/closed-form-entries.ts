import { PAPERS } from './papers';
import type { Family, GalleryEntry, OptionControl, OptionValues, Paper, SpecJson } from './types';

const num = (key: string, value: number, help: string, step = 0.001): OptionControl => ({
  key,
  kind: 'number',
  default: value,
  min: 0,
  step,
  help,
});
const real = (key: string, value: number, help: string, step = 0.1): OptionControl => ({
  key,
  kind: 'number',
  default: value,
  step,
  help,
});
const int = (key: string, value: number, help: string, min = 1): OptionControl => ({
  key,
  kind: 'integer',
  default: value,
  min,
  help,
});
const bool = (key: string, value: boolean, help: string): OptionControl => ({
  key,
  kind: 'boolean',
  default: value,
  help,
});
const pick = (key: string, value: string, choices: string[], help: string): OptionControl => ({
  key,
  kind: 'select',
  default: value,
  choices,
  help,
});
const list = (key: string, value: number[], help: string): OptionControl => ({
  key,
  kind: 'numbers',
  default: value,
  help,
});

/** The spec printed under the chart, as a user would pass it to fromSpec or preview. */
function specUsage(spec: SpecJson): string {
  const json = JSON.stringify(spec, null, 2).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_m, inner) => {
    return `[${String(inner).replace(/\s*\n\s*/g, ' ')}]`;
  });
  return `const spec = ${json};\nconst scheduler = fromSpec(optimizer, spec); // or preview(spec, { steps })`;
}

interface ClosedFormInit {
  type: string;
  family: Family;
  summary: string;
  formula: string;
  options: OptionControl[];
  steps?: number;
  paper?: Paper;
  /** Nested specs; by default the spec is the type with the option values as fields. */
  spec?: (values: OptionValues) => Omit<SpecJson, 'version' | 'type'>;
}

function closedForm(init: ClosedFormInit): GalleryEntry {
  const spec = (values: OptionValues): SpecJson => ({
    version: 1,
    type: init.type,
    ...(init.spec ? init.spec(values) : values),
  });
  return {
    slug: init.type,
    name: init.type,
    family: init.family,
    summary: init.summary,
    formula: init.formula,
    options: init.options,
    steps: init.steps ?? 100,
    baseLrs: [0.1, 0.05],
    spec,
    usage: (values) => specUsage(spec(values)),
    ...(init.paper ? { paper: init.paper } : {}),
  };
}

const ABSOLUTE = 'Absolute lrs: every group gets the same values.';
const MULTIPLIER = "A multiplier of each group's base lr, as in transformers.";

const closedForms: GalleryEntry[] = [
  closedForm({
    type: 'constant',
    family: 'closed-form',
    summary: `The same lr at every step. ${ABSOLUTE}`,
    formula: '\\eta_t = \\eta',
    options: [num('lr', 0.05, 'The lr.')],
    steps: 50,
  }),
  closedForm({
    type: 'linear',
    family: 'closed-form',
    summary: `A straight line from startLr to endLr, then flat. ${ABSOLUTE}`,
    formula: '\\eta_t = \\eta_s + (\\eta_e - \\eta_s)\\,\\frac{\\min(t, T)}{T}',
    options: [
      num('startLr', 0.1, 'η_s at step 0.'),
      num('endLr', 0.001, 'η_e from step T on.'),
      int('transitionSteps', 80, 'T.'),
    ],
  }),
  closedForm({
    type: 'cosine',
    paper: PAPERS.sgdr,
    family: 'closed-form',
    summary: `Half a cosine from peakLr to minLr, then flat (optax's cosine_decay_schedule). ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\eta_{\\min} + (\\eta_{\\text{peak}} - \\eta_{\\min}) \\left(\\tfrac{1}{2}\\left(1 + \\cos \\frac{\\pi \\min(t, T)}{T}\\right)\\right)^{p}',
    options: [
      num('peakLr', 0.1, 'η_peak at step 0.'),
      num('minLr', 0.001, 'η_min.'),
      int('decaySteps', 100, 'T.'),
      real('exponent', 1, 'p: > 1 decays sooner.'),
    ],
    steps: 120,
  }),
  closedForm({
    type: 'exponential',
    family: 'closed-form',
    summary: `Multiplies the lr by decayRate every decaySteps steps, smoothly or as a staircase. ${ABSOLUTE}`,
    formula: '\\eta_t = \\max\\left(\\eta_0 \\cdot r^{t / s}, \\eta_{\\text{end}}\\right)',
    options: [
      num('startLr', 0.1, 'η_0.'),
      real('decayRate', 0.5, 'r.', 0.05),
      int('decaySteps', 20, 's.'),
      bool('staircase', false, 'Use ⌊t / s⌋.'),
      num('endLr', 0.005, 'Floor (ceiling when r > 1).'),
    ],
  }),
  closedForm({
    type: 'polynomial',
    family: 'closed-form',
    summary: `Polynomial decay from startLr to endLr over decaySteps (Keras's PolynomialDecay). ${ABSOLUTE}`,
    formula:
      '\\eta_t = (\\eta_0 - \\eta_{\\text{end}})\\left(1 - \\frac{\\min(t, T)}{T}\\right)^{p} + \\eta_{\\text{end}}',
    options: [
      num('startLr', 0.1, 'η_0.'),
      num('endLr', 0.001, 'η_end.'),
      int('decaySteps', 80, 'T.'),
      real('power', 2, 'p.'),
      bool('cycle', false, 'Decay again over the next multiple of T.'),
    ],
    steps: 120,
  }),
  closedForm({
    type: 'piecewise-constant',
    family: 'closed-form',
    summary: `Constant pieces that change after each boundary. ${ABSOLUTE}`,
    formula: '\\eta_t = v_i \\quad \\text{for } b_{i-1} < t \\le b_i',
    options: [
      list('boundaries', [30, 60, 80], 'Steps after which the next value applies.'),
      list('values', [0.1, 0.05, 0.01, 0.001], 'One more value than boundaries.'),
    ],
  }),
  closedForm({
    type: 'piecewise-interpolated',
    family: 'closed-form',
    summary: `Knots joined by straight lines or half cosines. ${ABSOLUTE}`,
    formula: '\\eta_t = \\text{interp}(t;\\ (b_0, v_0), (b_1, v_1), \\dots)',
    options: [
      list('boundaries', [0, 10, 60, 100], 'Steps of the knots.'),
      list('values', [0, 0.1, 0.02, 0], 'The lr at each knot.'),
      pick('interpolation', 'linear', ['linear', 'cosine'], 'Between knots.'),
    ],
    steps: 110,
  }),
  closedForm({
    type: 'inverse-sqrt',
    paper: PAPERS.attention,
    family: 'closed-form',
    summary: `The Transformer's 1/√t decay, finite at step 0. ${ABSOLUTE}`,
    formula: '\\eta_t = \\eta_{\\text{peak}} \\sqrt{\\frac{\\tau}{t + \\tau}}',
    options: [num('peakLr', 0.1, 'η_peak.'), int('timescaleSteps', 10, 'τ.')],
  }),
  closedForm({
    type: 'inverse-time',
    family: 'closed-form',
    summary: `Keras's InverseTimeDecay. ${ABSOLUTE}`,
    formula: '\\eta_t = \\frac{\\eta_0}{1 + r\\, t / s}',
    options: [
      num('startLr', 0.1, 'η_0.'),
      real('decayRate', 0.5, 'r.', 0.05),
      int('decaySteps', 10, 's.'),
      bool('staircase', false, 'Use ⌊t / s⌋.'),
    ],
  }),
  closedForm({
    type: 'warmup',
    paper: PAPERS.goyal,
    family: 'closed-form',
    summary: `Wraps any schedule with a warmup; here a cosine. ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\begin{cases} \\text{ramp}(\\eta_{\\text{start}} \\to \\text{target}) & t < W \\\\ \\text{schedule}(t - W) & t \\ge W \\text{ (prefix)} \\end{cases}',
    options: [
      int('warmupSteps', 10, 'W.', 0),
      num('startLr', 0, 'The lr at step 0 (> 0 for exponential).'),
      pick('shape', 'linear', ['linear', 'cosine', 'exponential'], 'The ramp.'),
      bool('prefix', true, 'The schedule starts after the warmup.'),
      num('peakLr', 0.1, "The cosine's peak."),
      int('decaySteps', 90, "The cosine's length."),
    ],
    spec: (v) => ({
      warmupSteps: v.warmupSteps,
      startLr: v.startLr,
      shape: v.shape,
      prefix: v.prefix,
      schedule: { type: 'cosine', peakLr: v.peakLr, decaySteps: v.decaySteps },
    }),
  }),
  closedForm({
    type: 'join',
    family: 'closed-form',
    summary: `Schedules one after another (optax's join_schedules); here a linear ramp, then a cosine. ${ABSOLUTE}`,
    formula: '\\eta_t = \\text{schedule}_k(t - b_{k-1}) \\quad \\text{for } b_{k-1} \\le t < b_k',
    options: [
      int('warmupSteps', 10, 'The boundary.'),
      num('peakLr', 0.1, 'Top of the ramp and of the cosine.'),
      int('decaySteps', 90, "The cosine's length."),
    ],
    spec: (v) => ({
      schedules: [
        { type: 'linear', startLr: 0, endLr: v.peakLr, transitionSteps: v.warmupSteps },
        { type: 'cosine', peakLr: v.peakLr, decaySteps: v.decaySteps },
      ],
      boundaries: [v.warmupSteps],
    }),
  }),
  closedForm({
    type: 'restarts',
    paper: PAPERS.sgdr,
    family: 'closed-form',
    summary: `Cycles that restart (SGDR, timm): growing lengths, decaying peaks, four shapes. ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\eta_{\\min} + (\\eta^{(c)}_{\\text{peak}} - \\eta_{\\min})\\, f\\!\\left((t_c / T_c)^{k}\\right), \\quad T_c = T_0 m^c,\\ \\eta^{(c)}_{\\text{peak}} = \\eta_{\\text{peak}} d^c',
    options: [
      pick('shape', 'cosine', ['cosine', 'linear', 'polynomial', 'tanh'], 'f.'),
      num('peakLr', 0.1, 'η_peak.'),
      num('minLr', 0.001, 'η_min.'),
      int('cycleSteps', 30, 'T_0.'),
      real('cycleMul', 1.5, 'm.'),
      real('cycleDecay', 0.8, 'd.', 0.05),
      int('cycleLimit', 10, 'Cycles before staying at η_min.'),
      real('kDecay', 1, 'k.'),
      real('power', 1, "Exponent of the 'polynomial' shape."),
      real('tanhLowerBound', -7, "The 'tanh' shape's lower bound.", 1),
      real('tanhUpperBound', 3, "The 'tanh' shape's upper bound.", 1),
    ],
    steps: 200,
  }),
  closedForm({
    type: 'noise',
    family: 'closed-form',
    summary: `Seeded relative noise on any schedule (timm's noise); here on a cosine. ${ABSOLUTE}`,
    formula: '\\eta_t = \\text{schedule}(t)\\,(1 + n_t), \\quad |n_t| < \\textit{noisePct}',
    options: [
      int('seed', 42, 'Same seed, same curve.', 0),
      pick('noiseType', 'normal', ['normal', 'uniform'], 'Distribution.'),
      num('noisePct', 0.2, 'Largest relative change.', 0.01),
      num('noiseStd', 1, 'Std of the normal noise.', 0.1),
      int('startStep', 10, 'First noisy step.', 0),
      num('peakLr', 0.1, "The cosine's peak."),
      int('decaySteps', 100, "The cosine's length."),
    ],
    spec: (v) => ({
      seed: v.seed,
      noiseType: v.noiseType,
      noisePct: v.noisePct,
      noiseStd: v.noiseStd,
      startStep: v.startStep,
      schedule: { type: 'cosine', peakLr: v.peakLr, decaySteps: v.decaySteps },
    }),
  }),
];

const warmup = int('numWarmupSteps', 10, 'Warmup steps.', 0);
const training = int('numTrainingSteps', 100, 'Total steps.');

const huggingFace: GalleryEntry[] = [
  closedForm({
    type: 'hf-constant',
    family: 'huggingface',
    summary: `get_constant_schedule. ${MULTIPLIER}`,
    formula: '\\eta_t = \\eta_0',
    options: [],
    steps: 50,
  }),
  closedForm({
    type: 'hf-constant-with-warmup',
    family: 'huggingface',
    summary: `get_constant_schedule_with_warmup. ${MULTIPLIER}`,
    formula: '\\eta_t = \\eta_0 \\min(1, t / W)',
    options: [warmup],
    steps: 50,
  }),
  closedForm({
    type: 'hf-linear',
    paper: PAPERS.bert,
    family: 'huggingface',
    summary: `get_linear_schedule_with_warmup. ${MULTIPLIER}`,
    formula:
      '\\eta_t = \\eta_0 \\begin{cases} t / W & t < W \\\\ \\max\\left(0, \\frac{N - t}{N - W}\\right) & t \\ge W \\end{cases}',
    options: [warmup, training],
  }),
  closedForm({
    type: 'hf-cosine',
    paper: PAPERS.sgdr,
    family: 'huggingface',
    summary: `get_cosine_schedule_with_warmup. ${MULTIPLIER}`,
    formula:
      '\\eta_t = \\eta_0 \\cdot \\max\\left(0, \\tfrac12 \\left(1 + \\cos(2\\pi c\\, p_t)\\right)\\right), \\quad p_t = \\frac{t - W}{N - W}',
    options: [warmup, training, real('numCycles', 0.5, 'c: waves of the cosine.', 0.25)],
  }),
  closedForm({
    type: 'hf-cosine-with-restarts',
    paper: PAPERS.sgdr,
    family: 'huggingface',
    summary: `get_cosine_with_hard_restarts_schedule_with_warmup. ${MULTIPLIER}`,
    formula:
      '\\eta_t = \\eta_0 \\cdot \\tfrac12\\left(1 + \\cos\\left(\\pi \\cdot ((c\\, p_t) \\bmod 1)\\right)\\right)',
    options: [warmup, training, int('numCycles', 3, 'c: hard restarts.')],
  }),
  closedForm({
    type: 'hf-polynomial',
    family: 'huggingface',
    summary: `get_polynomial_decay_schedule_with_warmup. ${MULTIPLIER}`,
    formula:
      '\\eta_t = (\\eta_{\\text{init}} - \\eta_{\\text{end}})\\left(1 - p_t\\right)^{k} + \\eta_{\\text{end}}',
    options: [
      warmup,
      training,
      num('lrEnd', 1e-7, 'η_end (absolute).', 1e-7),
      real('power', 2, 'k.'),
      num('lrInit', 0.1, "η_init: the optimizer's lr."),
    ],
  }),
  closedForm({
    type: 'hf-inverse-sqrt',
    paper: PAPERS.attention,
    family: 'huggingface',
    summary: `get_inverse_sqrt_schedule. ${MULTIPLIER}`,
    formula:
      '\\eta_t = \\eta_0 \\cdot \\frac{1}{\\sqrt{(t + s - W) / s}} \\text{ after the warmup}',
    options: [warmup, int('timescale', 10, 's.')],
  }),
  closedForm({
    type: 'hf-cosine-with-min-lr',
    paper: PAPERS.sgdr,
    family: 'huggingface',
    summary: `get_cosine_with_min_lr_schedule_with_warmup. ${MULTIPLIER}`,
    formula:
      '\\eta_t = \\eta_0 \\left(r + (1 - r)\\,\\tfrac12\\left(1 + \\cos(2\\pi c\\, p_t)\\right)\\right)',
    options: [
      warmup,
      training,
      real('numCycles', 0.5, 'c.', 0.25),
      num('minLrRate', 0.1, 'r: the floor as a fraction.', 0.01),
    ],
  }),
  closedForm({
    type: 'hf-cosine-warmup-with-min-lr',
    family: 'huggingface',
    summary: `cosine_warmup_with_min_lr: the warmup counts from step + 1. ${MULTIPLIER}`,
    formula:
      '\\eta_t = \\eta_0 \\left(r + (1 - r)\\,\\tfrac12\\left(1 + \\cos(2\\pi c\\, p_t)\\right)\\right)',
    options: [
      warmup,
      training,
      real('numCycles', 0.5, 'c.', 0.25),
      num('minLrRate', 0.1, 'r: the floor as a fraction.', 0.01),
      num('warmupLrRate', 0.1, "The warmup's first multiplier.", 0.01),
    ],
  }),
  closedForm({
    type: 'hf-warmup-stable-decay',
    paper: PAPERS.minicpm,
    family: 'huggingface',
    summary: `get_wsd_schedule: warmup, a stable plateau, then a decay. ${MULTIPLIER}`,
    formula: '\\eta_t = \\eta_0 \\cdot \\text{warmup} \\to 1 \\to \\text{decay to } r',
    options: [
      warmup,
      int('numDecaySteps', 30, 'Decay steps.'),
      training,
      pick('warmupType', 'linear', ['linear', 'cosine', '1-sqrt'], 'Warmup shape.'),
      pick('decayType', 'cosine', ['linear', 'cosine', '1-sqrt'], 'Decay shape.'),
      num('minLrRatio', 0, 'r: floor and warmup start.', 0.01),
      real('numCycles', 0.5, 'Waves of the cosine decay.', 0.25),
    ],
  }),
];

const timmCommon = (): OptionControl[] => [
  num('baseLr', 0.1, 'Peak of the first cycle.'),
  int('tInitial', 40, 'First cycle length.'),
  num('lrMin', 0.001, 'Floor.'),
  real('cycleMul', 1, 'Cycle growth.'),
  real('cycleDecay', 0.7, 'Peak decay per cycle.', 0.05),
  int('cycleLimit', 3, 'Cycles before staying at lrMin.'),
  int('warmupT', 5, 'Warmup steps.', 0),
  num('warmupLrInit', 0.0001, 'Warmup start.', 0.0001),
  bool('warmupPrefix', false, 'Cycles start after the warmup.'),
];

const timm: GalleryEntry[] = [
  closedForm({
    type: 'timm-cosine',
    paper: PAPERS.sgdr,
    family: 'timm',
    summary: `timm's CosineLRScheduler: warmup, restarts, decaying peaks. ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\eta_{\\min} + \\tfrac12(\\eta^{(c)} - \\eta_{\\min})\\left(1 + \\cos\\left(\\pi\\, t_c^{k} / T_c^{k}\\right)\\right)',
    options: [...timmCommon(), real('kDecay', 1, 'k.')],
    steps: 130,
  }),
  closedForm({
    type: 'timm-poly',
    family: 'timm',
    summary: `timm's PolyLRScheduler. ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\eta_{\\min} + (\\eta^{(c)} - \\eta_{\\min})\\left(1 - t_c^{k} / T_c^{k}\\right)^{p}',
    options: [...timmCommon(), real('power', 0.5, 'p.'), real('kDecay', 1, 'k.')],
    steps: 130,
  }),
  closedForm({
    type: 'timm-tanh',
    paper: PAPERS.htd,
    family: 'timm',
    summary: `timm's TanhLRScheduler. ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\eta_{\\min} + \\tfrac12(\\eta^{(c)} - \\eta_{\\min})\\left(1 - \\tanh\\left(lb + (ub - lb)\\, t_c / T_c\\right)\\right)',
    options: [...timmCommon(), real('lb', -7, 'lb.', 1), real('ub', 3, 'ub.', 1)],
    steps: 130,
  }),
];

const keras: GalleryEntry[] = [
  closedForm({
    type: 'keras-exponential-decay',
    family: 'keras',
    summary: `keras.optimizers.schedules.ExponentialDecay. ${ABSOLUTE}`,
    formula: '\\eta_t = \\eta_0 \\cdot r^{t / s}',
    options: [
      num('initialLearningRate', 0.1, 'η_0.'),
      int('decaySteps', 20, 's.'),
      real('decayRate', 0.5, 'r.', 0.05),
      bool('staircase', false, 'Use ⌊t / s⌋.'),
    ],
  }),
  closedForm({
    type: 'keras-piecewise-constant-decay',
    family: 'keras',
    summary: `keras.optimizers.schedules.PiecewiseConstantDecay. ${ABSOLUTE}`,
    formula: '\\eta_t = v_i \\quad \\text{for } b_{i-1} < t \\le b_i',
    options: [
      list('boundaries', [30, 60], 'Strictly increasing steps.'),
      list('values', [0.1, 0.01, 0.001], 'One more than boundaries.'),
    ],
  }),
  closedForm({
    type: 'keras-polynomial-decay',
    family: 'keras',
    summary: `keras.optimizers.schedules.PolynomialDecay. ${ABSOLUTE}`,
    formula:
      '\\eta_t = (\\eta_0 - \\eta_{\\text{end}})\\left(1 - \\frac{\\min(t, T)}{T}\\right)^{p} + \\eta_{\\text{end}}',
    options: [
      num('initialLearningRate', 0.1, 'η_0.'),
      int('decaySteps', 80, 'T.'),
      num('endLearningRate', 0.0001, 'η_end.', 0.0001),
      real('power', 2, 'p.'),
      bool('cycle', false, 'Decay again past T.'),
    ],
    steps: 120,
  }),
  closedForm({
    type: 'keras-inverse-time-decay',
    family: 'keras',
    summary: `keras.optimizers.schedules.InverseTimeDecay. ${ABSOLUTE}`,
    formula: '\\eta_t = \\frac{\\eta_0}{1 + r\\, t / s}',
    options: [
      num('initialLearningRate', 0.1, 'η_0.'),
      int('decaySteps', 10, 's.'),
      real('decayRate', 0.5, 'r.', 0.05),
      bool('staircase', false, 'Use ⌊t / s⌋.'),
    ],
  }),
  closedForm({
    type: 'keras-cosine-decay',
    paper: PAPERS.sgdr,
    family: 'keras',
    summary: `keras.optimizers.schedules.CosineDecay, with its optional warmup. ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\eta_{w}\\left((1 - \\alpha)\\tfrac12\\left(1 + \\cos\\frac{\\pi \\min(t - W, T)}{T}\\right) + \\alpha\\right)',
    options: [
      num('initialLearningRate', 0.01, 'Warmup start (or η_0 without warmup).'),
      int('decaySteps', 90, 'T.'),
      num('alpha', 0.01, 'α: the floor as a fraction.', 0.01),
      num('warmupTarget', 0.1, 'η_w: the lr the warmup climbs to.'),
      int('warmupSteps', 10, 'W.', 0),
    ],
  }),
  closedForm({
    type: 'keras-cosine-decay-restarts',
    paper: PAPERS.sgdr,
    family: 'keras',
    summary: `keras.optimizers.schedules.CosineDecayRestarts. ${ABSOLUTE}`,
    formula:
      '\\eta_t = \\eta_0 m^{c}\\left((1 - \\alpha)\\tfrac12\\left(1 + \\cos\\frac{\\pi t_c}{T_c}\\right) + \\alpha\\right), \\quad T_c = T_0 \\cdot t_{\\text{mul}}^{c}',
    options: [
      num('initialLearningRate', 0.1, 'η_0.'),
      int('firstDecaySteps', 20, 'T_0.'),
      real('tMul', 2, 'Period growth.'),
      real('mMul', 0.8, 'm: peak decay.', 0.05),
      num('alpha', 0.01, 'α.', 0.01),
    ],
    steps: 150,
  }),
];

const optax: GalleryEntry[] = [
  closedForm({
    type: 'optax-linear-onecycle',
    paper: PAPERS.super,
    family: 'optax',
    summary: `optax.linear_onecycle_schedule. ${ABSOLUTE}`,
    formula:
      '\\frac{\\eta_p}{d} \\nearrow \\eta_p \\searrow \\frac{\\eta_p}{d} \\searrow \\frac{\\eta_p}{d \\cdot d_f} \\text{ (linear pieces)}',
    options: [
      int('transitionSteps', 100, 'Total steps.'),
      num('peakValue', 0.1, 'η_p.'),
      num('pctStart', 0.3, 'End of the rise.', 0.01),
      num('pctFinal', 0.85, 'End of the fall back to η_p/d.', 0.01),
      real('divFactor', 25, 'd.', 1),
      real('finalDivFactor', 10000, 'd_f.', 1),
    ],
  }),
  closedForm({
    type: 'optax-cosine-onecycle',
    paper: PAPERS.super,
    family: 'optax',
    summary: `optax.cosine_onecycle_schedule. ${ABSOLUTE}`,
    formula:
      '\\frac{\\eta_p}{d} \\nearrow \\eta_p \\searrow \\frac{\\eta_p}{d \\cdot d_f} \\text{ (cosine pieces)}',
    options: [
      int('transitionSteps', 100, 'Total steps.'),
      num('peakValue', 0.1, 'η_p.'),
      num('pctStart', 0.3, 'End of the rise.', 0.01),
      real('divFactor', 25, 'd.', 1),
      real('finalDivFactor', 10000, 'd_f.', 1),
    ],
  }),
];

export const closedFormEntries: GalleryEntry[] = [
  ...closedForms,
  ...huggingFace,
  ...timm,
  ...keras,
  ...optax,
];
