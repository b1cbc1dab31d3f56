import { LambdaLR, MultiplicativeLR } from '@lrkit/core';
import { constructorCall, num, plainSpec } from './format';
import { PAPERS } from './papers';
import type { GalleryEntry, OptionValues } from './types';

const int = (values: OptionValues, key: string): number => values[key] as number;

/** The multipliers the LambdaLR page offers (a function cannot be typed into a form). */
export function lambdaPreset(preset: string, warmup: number, total: number): (t: number) => number {
  switch (preset) {
    case 'inverse-sqrt':
      return (t) => Math.min((t + 1) / warmup, Math.sqrt(warmup / (t + 1)));
    case 'exponential':
      return (t) => 0.97 ** t;
    default:
      return (t) => (t < warmup ? t / warmup : Math.max(0, (total - t) / (total - warmup)));
  }
}

const LAMBDA_SOURCE: Record<string, string> = {
  'linear-warmup-decay': '(t) => (t < W ? t / W : Math.max(0, (T - t) / (T - W)))',
  'inverse-sqrt': '(t) => Math.min((t + 1) / W, Math.sqrt(W / (t + 1)))',
  exponential: '(t) => 0.97 ** t',
};

/** A synthetic validation loss for the plateau page: falls fast, then flattens with some noise. */
export function syntheticLoss(step: number): number {
  return 0.3 + 0.7 * Math.exp(-step / 12) + 0.015 * Math.sin(1.7 * step);
}

export const torchEntries: GalleryEntry[] = [
  {
    slug: 'lambda-lr',
    name: 'LambdaLR',
    family: 'torch',
    summary: 'The base lr times any function of the step: warmups, inverse square roots, anything.',
    formula: '\\eta_t = \\eta_0 \\cdot \\lambda(t)',
    usage: (v) =>
      `const W = ${num(v.warmupSteps)}, T = ${num(v.totalSteps)};\nnew LambdaLR(optimizer, { lrLambda: ${LAMBDA_SOURCE[v.preset as string]} })`,
    options: [
      {
        key: 'preset',
        kind: 'select',
        default: 'linear-warmup-decay',
        choices: ['linear-warmup-decay', 'inverse-sqrt', 'exponential'],
        help: 'Which function lrLambda is (any JS function works in code).',
      },
      { key: 'warmupSteps', kind: 'integer', default: 10, min: 1, help: 'W in the function.' },
      { key: 'totalSteps', kind: 'integer', default: 100, min: 2, help: 'T in the function.' },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: (o, v) =>
      new LambdaLR(o, {
        lrLambda: lambdaPreset(v.preset as string, int(v, 'warmupSteps'), int(v, 'totalSteps')),
      }),
  },
  {
    slug: 'multiplicative-lr',
    name: 'MultiplicativeLR',
    family: 'torch',
    summary: 'Multiplies the current lr by a factor at every step after the first.',
    formula: '\\eta_t = \\eta_{t-1} \\cdot \\lambda(t), \\quad \\eta_0 = \\eta_{\\text{base}}',
    usage: (v) =>
      `new MultiplicativeLR(optimizer, { lrLambda: (t) => (t % ${num(v.every)} === 0 ? ${num(v.factor)} : 1) })`,
    options: [
      { key: 'factor', kind: 'number', default: 0.9, min: 0, max: 2, step: 0.01, help: 'λ(t).' },
      {
        key: 'every',
        kind: 'integer',
        default: 5,
        min: 1,
        help: 'Apply the factor every this many steps.',
      },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: (o, v) =>
      new MultiplicativeLR(o, {
        lrLambda: (t) => (t % int(v, 'every') === 0 ? (v.factor as number) : 1),
      }),
  },
  {
    slug: 'step-lr',
    name: 'StepLR',
    family: 'torch',
    summary: 'Decays the lr by gamma every stepSize steps.',
    formula: '\\eta_t = \\eta_0 \\cdot \\gamma^{\\lfloor t / s \\rfloor}',
    usage: (v) => constructorCall('StepLR', v, ['stepSize', 'gamma']),
    options: [
      { key: 'stepSize', kind: 'integer', default: 30, min: 1, help: 's: steps between decays.' },
      { key: 'gamma', kind: 'number', default: 0.1, min: 0, max: 1, step: 0.01, help: 'γ.' },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('StepLR'),
  },
  {
    slug: 'multi-step-lr',
    name: 'MultiStepLR',
    family: 'torch',
    summary: 'Decays the lr by gamma at each milestone.',
    formula: '\\eta_t = \\eta_0 \\cdot \\gamma^{\\,|\\{ m \\in \\text{milestones} : m \\le t \\}|}',
    usage: (v) => constructorCall('MultiStepLR', v, ['milestones', 'gamma']),
    options: [
      {
        key: 'milestones',
        kind: 'integers',
        default: [30, 80],
        help: 'Steps at which the lr is multiplied by γ (comma-separated).',
      },
      { key: 'gamma', kind: 'number', default: 0.1, min: 0, max: 1, step: 0.01, help: 'γ.' },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('MultiStepLR'),
  },
  {
    slug: 'constant-lr',
    name: 'ConstantLR',
    family: 'torch',
    summary: 'Holds the lr at a fraction of the base until totalIters, then restores it.',
    formula:
      '\\eta_t = \\begin{cases} \\eta_0 \\cdot f & t < n \\\\ \\eta_0 & t \\ge n \\end{cases}',
    usage: (v) => constructorCall('ConstantLR', v, ['factor', 'totalIters']),
    options: [
      {
        key: 'factor',
        kind: 'number',
        default: 0.5,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: 'f, in (0, 1].',
      },
      { key: 'totalIters', kind: 'integer', default: 10, min: 0, help: 'n: steps at the factor.' },
    ],
    steps: 40,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('ConstantLR'),
  },
  {
    slug: 'linear-lr',
    paper: PAPERS.goyal,
    name: 'LinearLR',
    family: 'torch',
    summary: 'Moves the multiplier linearly from startFactor to endFactor: the classic warmup.',
    formula: '\\eta_t = \\eta_0 \\left( f_s + (f_e - f_s) \\frac{\\min(t, n)}{n} \\right)',
    usage: (v) => constructorCall('LinearLR', v, ['startFactor', 'endFactor', 'totalIters']),
    options: [
      {
        key: 'startFactor',
        kind: 'number',
        default: 0.1,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: 'f_s: multiplier at step 0.',
      },
      {
        key: 'endFactor',
        kind: 'number',
        default: 1,
        min: 0,
        max: 1,
        step: 0.01,
        help: 'f_e: multiplier from step n on.',
      },
      { key: 'totalIters', kind: 'integer', default: 20, min: 1, help: 'n: steps of the ramp.' },
    ],
    steps: 40,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('LinearLR'),
  },
  {
    slug: 'exponential-lr',
    name: 'ExponentialLR',
    family: 'torch',
    summary: 'Multiplies the lr by gamma at every step.',
    formula: '\\eta_t = \\eta_0 \\cdot \\gamma^{t}',
    usage: (v) => constructorCall('ExponentialLR', v, ['gamma']),
    options: [
      { key: 'gamma', kind: 'number', default: 0.95, min: 0, max: 1, step: 0.005, help: 'γ.' },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('ExponentialLR'),
  },
  {
    slug: 'polynomial-lr',
    name: 'PolynomialLR',
    family: 'torch',
    summary: 'Decays to zero at totalIters along a polynomial of the remaining fraction.',
    formula: '\\eta_t = \\eta_0 \\left(1 - \\frac{\\min(t, n)}{n}\\right)^{p}',
    usage: (v) => constructorCall('PolynomialLR', v, ['totalIters', 'power']),
    options: [
      { key: 'totalIters', kind: 'integer', default: 80, min: 1, help: 'n: steps to reach 0.' },
      { key: 'power', kind: 'number', default: 2, min: 0, max: 5, step: 0.1, help: 'p.' },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('PolynomialLR'),
  },
  {
    slug: 'cosine-annealing-lr',
    paper: PAPERS.sgdr,
    name: 'CosineAnnealingLR',
    family: 'torch',
    summary:
      'Half a cosine from the base lr down to etaMin over tMax steps (and back up past it, as in PyTorch).',
    formula:
      '\\eta_t = \\eta_{\\min} + \\tfrac{1}{2}(\\eta_0 - \\eta_{\\min})\\left(1 + \\cos\\frac{\\pi t}{T_{\\max}}\\right)',
    usage: (v) => constructorCall('CosineAnnealingLR', v, ['tMax', 'etaMin']),
    options: [
      { key: 'tMax', kind: 'integer', default: 100, min: 1, help: 'T_max: half period in steps.' },
      {
        key: 'etaMin',
        kind: 'number',
        default: 0.001,
        min: 0,
        max: 0.1,
        step: 0.001,
        help: 'η_min.',
      },
    ],
    steps: 120,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('CosineAnnealingLR'),
  },
  {
    slug: 'sequential-lr',
    paper: PAPERS.goyal,
    name: 'SequentialLR',
    family: 'torch',
    summary: 'Runs schedulers one after another; here a LinearLR warmup, then a cosine.',
    formula: '\\eta_t = \\text{scheduler}_k(t - m_k) \\quad \\text{for } m_k \\le t < m_{k+1}',
    usage: (v) =>
      [
        'new SequentialLR(optimizer, {',
        '  schedulers: [',
        `    new LinearLR(optimizer, { startFactor: ${num(v.startFactor)}, totalIters: ${num(v.warmupSteps)} }),`,
        `    new CosineAnnealingLR(optimizer, { tMax: ${num(v.tMax)}, etaMin: ${num(v.etaMin)} }),`,
        '  ],',
        `  milestones: [${num(v.warmupSteps)}],`,
        '})',
      ].join('\n'),
    options: [
      { key: 'warmupSteps', kind: 'integer', default: 10, min: 1, help: 'The milestone.' },
      {
        key: 'startFactor',
        kind: 'number',
        default: 0.1,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: 'LinearLR start factor.',
      },
      { key: 'tMax', kind: 'integer', default: 90, min: 1, help: 'Cosine half period.' },
      {
        key: 'etaMin',
        kind: 'number',
        default: 0,
        min: 0,
        max: 0.1,
        step: 0.001,
        help: 'Cosine floor.',
      },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: (v) => ({
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: v.startFactor, totalIters: v.warmupSteps },
        { type: 'CosineAnnealingLR', tMax: v.tMax, etaMin: v.etaMin },
      ],
      milestones: [v.warmupSteps],
    }),
  },
  {
    slug: 'chained-scheduler',
    name: 'ChainedScheduler',
    family: 'torch',
    summary:
      'Steps several schedulers at once so their factors multiply; here ConstantLR × ExponentialLR.',
    formula: '\\eta_t = \\eta_0 \\cdot \\prod_k f_k(t)',
    usage: (v) =>
      [
        'new ChainedScheduler(optimizer, {',
        '  schedulers: [',
        `    new ConstantLR(optimizer, { factor: ${num(v.factor)}, totalIters: ${num(v.totalIters)} }),`,
        `    new ExponentialLR(optimizer, { gamma: ${num(v.gamma)} }),`,
        '  ],',
        '})',
      ].join('\n'),
    options: [
      {
        key: 'factor',
        kind: 'number',
        default: 0.5,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: 'ConstantLR factor.',
      },
      { key: 'totalIters', kind: 'integer', default: 10, min: 0, help: 'ConstantLR length.' },
      {
        key: 'gamma',
        kind: 'number',
        default: 0.97,
        min: 0,
        max: 1,
        step: 0.005,
        help: 'ExponentialLR γ.',
      },
    ],
    steps: 60,
    baseLrs: [0.1, 0.05],
    spec: (v) => ({
      version: 1,
      type: 'ChainedScheduler',
      schedulers: [
        { type: 'ConstantLR', factor: v.factor, totalIters: v.totalIters },
        { type: 'ExponentialLR', gamma: v.gamma },
      ],
    }),
  },
  {
    slug: 'reduce-lr-on-plateau',
    name: 'ReduceLROnPlateau',
    family: 'torch',
    summary:
      'Drops the lr by factor when a metric stops improving. The chart feeds it a synthetic validation loss (dashed, right axis).',
    formula:
      '\\eta \\leftarrow \\max(\\eta \\cdot f, \\eta_{\\min}) \\text{ after more than } \\textit{patience} \\text{ epochs without improvement}',
    usage: (v) =>
      `${constructorCall('ReduceLROnPlateau', v, ['mode', 'factor', 'patience', 'threshold', 'thresholdMode', 'cooldown', 'minLr', 'eps'])}\n// each epoch: scheduler.step(valLoss)`,
    options: [
      {
        key: 'mode',
        kind: 'select',
        default: 'min',
        choices: ['min', 'max'],
        help: "'max' is fed 1 − loss, as an accuracy.",
      },
      {
        key: 'factor',
        kind: 'number',
        default: 0.5,
        min: 0.01,
        max: 0.99,
        step: 0.01,
        help: 'Multiplier at each drop.',
      },
      { key: 'patience', kind: 'integer', default: 5, min: 0, help: 'Bad epochs tolerated.' },
      {
        key: 'threshold',
        kind: 'number',
        default: 0.0001,
        min: 0,
        max: 0.1,
        step: 0.0001,
        help: 'Least change that counts as improvement.',
      },
      {
        key: 'thresholdMode',
        kind: 'select',
        default: 'rel',
        choices: ['rel', 'abs'],
        help: 'Relative or absolute threshold.',
      },
      {
        key: 'cooldown',
        kind: 'integer',
        default: 0,
        min: 0,
        help: 'Epochs to wait after a drop.',
      },
      {
        key: 'minLr',
        kind: 'number',
        default: 0,
        min: 0,
        max: 0.1,
        step: 0.001,
        help: 'Floor of the lr.',
      },
      {
        key: 'eps',
        kind: 'number',
        default: 1e-8,
        min: 0,
        step: 1e-8,
        help: 'A drop smaller than this is skipped.',
      },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('ReduceLROnPlateau'),
    stepArg: (t, v) => (v.mode === 'max' ? 1 - syntheticLoss(t) : syntheticLoss(t)),
  },
  {
    slug: 'cyclic-lr',
    paper: PAPERS.clr,
    name: 'CyclicLR',
    family: 'torch',
    summary:
      'Cycles between baseLr and maxLr (triangular, triangular2 or exp_range), with momentum cycling the other way. baseLr and maxLr set every group here (in code they also take one value per group).',
    formula:
      '\\eta_t = \\eta_{\\text{base}} + (\\eta_{\\max} - \\eta_{\\text{base}}) \\cdot \\max(0, 1 - |x_t|) \\cdot s(t)',
    usage: (v) =>
      constructorCall('CyclicLR', v, [
        'baseLr',
        'maxLr',
        'stepSizeUp',
        'stepSizeDown',
        'mode',
        'gamma',
        'cycleMomentum',
        'baseMomentum',
        'maxMomentum',
      ]),
    options: [
      {
        key: 'baseLr',
        kind: 'number',
        default: 0.01,
        min: 0,
        max: 1,
        step: 0.001,
        help: 'Bottom of the cycle.',
      },
      {
        key: 'maxLr',
        kind: 'number',
        default: 0.1,
        min: 0,
        max: 1,
        step: 0.001,
        help: 'Top of the cycle.',
      },
      { key: 'stepSizeUp', kind: 'integer', default: 20, min: 1, help: 'Steps going up.' },
      { key: 'stepSizeDown', kind: 'integer', default: 20, min: 1, help: 'Steps going down.' },
      {
        key: 'mode',
        kind: 'select',
        default: 'triangular2',
        choices: ['triangular', 'triangular2', 'exp_range'],
        help: 'Amplitude policy s(t).',
      },
      {
        key: 'gamma',
        kind: 'number',
        default: 0.99,
        min: 0.5,
        max: 1,
        step: 0.001,
        help: "exp_range's γ^t.",
      },
      {
        key: 'cycleMomentum',
        kind: 'boolean',
        default: true,
        help: 'Cycle momentum inversely.',
      },
      {
        key: 'baseMomentum',
        kind: 'number',
        default: 0.8,
        min: 0,
        max: 1,
        step: 0.01,
        help: 'Momentum at the lr peak.',
      },
      {
        key: 'maxMomentum',
        kind: 'number',
        default: 0.9,
        min: 0,
        max: 1,
        step: 0.01,
        help: 'Momentum at the lr bottom.',
      },
    ],
    steps: 160,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('CyclicLR'),
  },
  {
    slug: 'one-cycle-lr',
    paper: PAPERS.super,
    name: 'OneCycleLR',
    family: 'torch',
    summary:
      'The 1cycle policy: warm up to maxLr, then anneal far below the start; momentum moves the other way. maxLr sets every group (in code it also takes one value per group), so the group curves coincide here.',
    formula:
      '\\eta: \\tfrac{\\eta_{\\max}}{d} \\nearrow \\eta_{\\max} \\searrow \\tfrac{\\eta_{\\max}}{d \\cdot d_f} \\quad (\\text{peak at } p \\cdot N)',
    usage: (v) =>
      constructorCall('OneCycleLR', v, [
        'maxLr',
        'totalSteps',
        'pctStart',
        'annealStrategy',
        'divFactor',
        'finalDivFactor',
        'threePhase',
        'cycleMomentum',
        'baseMomentum',
        'maxMomentum',
      ]),
    options: [
      {
        key: 'maxLr',
        kind: 'number',
        default: 0.1,
        min: 0,
        max: 1,
        step: 0.001,
        help: 'η_max: the peak.',
      },
      {
        key: 'totalSteps',
        kind: 'integer',
        default: 100,
        min: 2,
        help: 'N: the cycle length (the plot shows all of it).',
      },
      {
        key: 'pctStart',
        kind: 'number',
        default: 0.3,
        min: 0.01,
        max: 0.99,
        step: 0.01,
        help: 'p: fraction spent rising.',
      },
      {
        key: 'annealStrategy',
        kind: 'select',
        default: 'cos',
        choices: ['cos', 'linear'],
        help: 'Shape of each phase.',
      },
      { key: 'divFactor', kind: 'number', default: 25, min: 1, step: 1, help: 'd.' },
      { key: 'finalDivFactor', kind: 'number', default: 10000, min: 1, step: 1, help: 'd_f.' },
      { key: 'threePhase', kind: 'boolean', default: false, help: "fast.ai's three phases." },
      { key: 'cycleMomentum', kind: 'boolean', default: true, help: 'Cycle momentum inversely.' },
      {
        key: 'baseMomentum',
        kind: 'number',
        default: 0.85,
        min: 0,
        max: 1,
        step: 0.01,
        help: 'Momentum at the lr peak.',
      },
      {
        key: 'maxMomentum',
        kind: 'number',
        default: 0.95,
        min: 0,
        max: 1,
        step: 0.01,
        help: 'Momentum at the ends.',
      },
    ],
    steps: 100,
    fixedSteps: (v) => v.totalSteps as number,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('OneCycleLR'),
  },
  {
    slug: 'cosine-annealing-warm-restarts',
    paper: PAPERS.sgdr,
    name: 'CosineAnnealingWarmRestarts',
    family: 'torch',
    summary: 'SGDR: cosine cycles that restart at the base lr, each tMult times longer.',
    formula:
      '\\eta_t = \\eta_{\\min} + \\tfrac{1}{2}(\\eta_0 - \\eta_{\\min})\\left(1 + \\cos\\frac{\\pi T_{cur}}{T_i}\\right), \\quad T_{i+1} = T_{\\text{mult}} T_i',
    usage: (v) => constructorCall('CosineAnnealingWarmRestarts', v, ['t0', 'tMult', 'etaMin']),
    options: [
      { key: 't0', kind: 'integer', default: 20, min: 1, help: 'T_0: first cycle length.' },
      { key: 'tMult', kind: 'integer', default: 2, min: 1, help: 'T_mult: growth per cycle.' },
      {
        key: 'etaMin',
        kind: 'number',
        default: 0.001,
        min: 0,
        max: 0.1,
        step: 0.001,
        help: 'η_min.',
      },
    ],
    steps: 140,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('CosineAnnealingWarmRestarts'),
  },
];
