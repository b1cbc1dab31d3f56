import { constructorCall, num, plainSpec } from './format';
import { PAPERS } from './papers';
import type { GalleryEntry } from './types';

export const libraryEntries: GalleryEntry[] = [
  {
    slug: 'cosine-annealing-warmup-restarts',
    paper: PAPERS.sgdr,
    name: 'CosineAnnealingWarmupRestarts',
    family: 'library',
    summary:
      "katsura-jp's popular cosine with a linear warmup in every cycle, a decaying peak and growing cycles. Every group starts at minLr.",
    formula:
      '\\eta = \\begin{cases} \\eta_{\\min} + (\\eta^{(c)}_{\\max} - \\eta_{\\min})\\,\\frac{t_c}{w} & t_c < w \\\\ \\eta_{\\min} + \\tfrac12(\\eta^{(c)}_{\\max} - \\eta_{\\min})\\left(1 + \\cos \\pi\\frac{t_c - w}{T_c - w}\\right) & \\text{else} \\end{cases}, \\quad \\eta^{(c)}_{\\max} = \\eta_{\\max}\\gamma^{c}',
    usage: (v) =>
      constructorCall('CosineAnnealingWarmupRestarts', v, [
        'firstCycleSteps',
        'cycleMult',
        'maxLr',
        'minLr',
        'warmupSteps',
        'gamma',
        'warmupFirstCycleOnly',
      ]),
    options: [
      {
        key: 'firstCycleSteps',
        kind: 'integer',
        default: 50,
        min: 2,
        help: 'T_0, warmup included.',
      },
      {
        key: 'cycleMult',
        kind: 'number',
        default: 1.5,
        min: 0.1,
        max: 4,
        step: 0.1,
        help: 'Growth of the cosine part per cycle.',
      },
      { key: 'maxLr', kind: 'number', default: 0.1, min: 0, max: 1, step: 0.001, help: 'η_max.' },
      {
        key: 'minLr',
        kind: 'number',
        default: 0.001,
        min: 0,
        max: 0.1,
        step: 0.001,
        help: 'η_min.',
      },
      { key: 'warmupSteps', kind: 'integer', default: 10, min: 0, help: 'w: warmup per cycle.' },
      {
        key: 'gamma',
        kind: 'number',
        default: 0.7,
        min: 0,
        max: 1,
        step: 0.01,
        help: 'Peak decay per restart.',
      },
      {
        key: 'warmupFirstCycleOnly',
        kind: 'boolean',
        default: false,
        help: 'Later cycles restart at their peak.',
      },
    ],
    steps: 200,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('CosineAnnealingWarmupRestarts'),
  },
  {
    slug: 'linear-annealing-lr',
    paper: PAPERS.bert,
    name: 'LinearAnnealingLR',
    family: 'library',
    summary: 'Linear warmup to the base lr, then linear decay to zero (BERT-style).',
    formula:
      '\\eta_t = \\eta_0 \\cdot \\begin{cases} \\frac{t+1}{w} & t < w \\\\ \\max\\left(0, \\frac{N - t - 1}{N - w}\\right) & t \\ge w \\end{cases}',
    usage: (v) => constructorCall('LinearAnnealingLR', v, ['annealingSteps', 'totalSteps']),
    options: [
      { key: 'annealingSteps', kind: 'integer', default: 10, min: 1, help: 'w: warmup steps.' },
      { key: 'totalSteps', kind: 'integer', default: 100, min: 2, help: 'N: end of the decay.' },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec('LinearAnnealingLR'),
  },
  {
    slug: 'paramwise-scheduler',
    name: 'ParamwiseScheduler',
    family: 'library',
    summary:
      "lrkit's own: one independent scheduler per param group. Here even groups follow a cosine and odd groups a step decay.",
    formula: '\\eta^{(g)}_t = \\text{scheduler}_g(t)',
    usage: (v) =>
      [
        'new ParamwiseScheduler(optimizer, {',
        '  schedulers: [',
        `    (group) => new CosineAnnealingLR(group, { tMax: ${num(v.tMax)} }),`,
        `    (group) => new StepLR(group, { stepSize: ${num(v.stepSize)}, gamma: ${num(v.gamma)} }),`,
        '  ],',
        '})',
      ].join('\n'),
    options: [
      { key: 'tMax', kind: 'integer', default: 100, min: 1, help: 'Cosine of the even groups.' },
      {
        key: 'stepSize',
        kind: 'integer',
        default: 25,
        min: 1,
        help: 'Step decay of the odd groups.',
      },
      {
        key: 'gamma',
        kind: 'number',
        default: 0.5,
        min: 0,
        max: 1,
        step: 0.01,
        help: 'Step decay γ.',
      },
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: (v, groups) => ({
      version: 1,
      type: 'ParamwiseScheduler',
      schedulers: Array.from({ length: groups }, (_, g) =>
        g % 2 === 0
          ? { type: 'CosineAnnealingLR', tMax: v.tMax }
          : { type: 'StepLR', stepSize: v.stepSize, gamma: v.gamma },
      ),
    }),
  },
];
