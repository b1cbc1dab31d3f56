import { syntheticLoss } from './torch-entries';
import type { GalleryEntry, OptionControl, OptionValues, SpecJson } from './types';

/** Pages of the "When the plan changes" guide: one per resize policy, and a composed plateau. */

const int = (key: string, value: number, help: string, min = 0): OptionControl => ({
  key,
  kind: 'integer',
  default: value,
  min,
  help,
});
const num = (key: string, value: number, help: string, step = 0.001): OptionControl => ({
  key,
  kind: 'number',
  default: value,
  min: 0,
  step,
  help,
});

const PLAN: OptionControl[] = [
  num('peakLr', 0.1, 'The planned cosine starts here.'),
  num('minLr', 0.001, 'and ends here.'),
  int('previousTotalSteps', 100, 'The planned length (the cosine’s decaySteps).', 1),
  int('resumeStep', 40, 'The step the checkpoint was saved at.'),
  int('totalSteps', 150, 'The new total length.', 1),
];

function usage(spec: SpecJson): string {
  const { schedule, ...resize } = spec as SpecJson & { schedule: unknown };
  const { version: _v, type: _t, ...fields } = resize;
  return [
    `// saved: { spec: toSpec(scheduler), state: scheduler.stateDict() }; here the plan is ${JSON.stringify(schedule)}`,
    `const resumed = fromSpec(optimizer, saved.spec, { resize: ${JSON.stringify(fields)} });`,
    '// or, for a closed-form schedule: resizeSchedule({ schedule, ...resize })',
  ].join('\n');
}

function resizeEntry(
  policy: string,
  summary: string,
  formula: string,
  extra: OptionControl[] = [],
): GalleryEntry {
  const spec = (v: OptionValues): SpecJson => {
    const fields: Record<string, unknown> = {};
    for (const o of extra) fields[o.key] = v[o.key];
    return {
      version: 1,
      type: 'resize',
      policy,
      resumeStep: v.resumeStep,
      totalSteps: v.totalSteps,
      previousTotalSteps: v.previousTotalSteps,
      ...fields,
      schedule: {
        type: 'cosine',
        peakLr: v.peakLr,
        minLr: v.minLr,
        decaySteps: v.previousTotalSteps,
      },
    };
  };
  return {
    slug: `resize-${policy}`,
    name: `resize: ${policy}`,
    family: 'closed-form',
    summary: `${summary} A 100-step cosine saved at step 40 resumes as another length (see the guide "When the plan changes").`,
    formula,
    options: [...PLAN, ...extra],
    steps: 170,
    baseLrs: [0.1, 0.05],
    spec,
    usage: (v) => usage(spec(v)),
  };
}

export const planChangeEntries: GalleryEntry[] = [
  resizeEntry(
    'keep-fraction',
    'Every fraction of the run keeps its planned lr: the whole plan is stretched to the new length, so the lr jumps at the resume step (what rebuilding a PyTorch scheduler with the new length gives).',
    '\\eta_t = f\\left(t \\cdot T / N\\right)',
  ),
  resizeEntry(
    'continue',
    'The lr is continuous at the resume step k; the rest of the plan is stretched or squeezed to end exactly at the new length N.',
    '\\eta_t = f\\left(k + (t - k)\\,\\frac{T - k}{N - k}\\right), \\; t \\ge k',
  ),
  resizeEntry(
    'cooldown-now',
    'From the lr at the resume step straight down to the plan’s end value over cooldownSteps (WSD-style), then held to the new end.',
    '\\eta_t = f(T) + (f(k) - f(T))\\,d\\!\\left(\\tfrac{t - k}{C}\\right)',
    [
      int('cooldownSteps', 60, 'C: steps of the decay (at most N − k).', 1),
      {
        key: 'cooldownShape',
        kind: 'select',
        default: 'linear',
        choices: ['linear', 'cosine', '1-sqrt'],
        help: 'd: the decay curve.',
      },
    ],
  ),
  resizeEntry(
    'rewarm',
    'A short warmup from the lr at the resume step back to the plan’s peak (× peakScale), then the plan’s decay stretched to end at the new length.',
    '\\eta_t = f(k) + (s\\,f(p) - f(k))\\,\\tfrac{t - k}{W}, \\; k \\le t \\le k + W',
    [
      int('warmupSteps', 10, 'W: steps back up to the peak.', 1),
      num('peakScale', 1, 's: the new peak as a multiple of the planned one.', 0.1),
    ],
  ),
  {
    slug: 'plateau-lr',
    // Not a bare class name: the page's options are the composite's, not PlateauLR's own.
    name: 'PlateauLR after a warmup',
    family: 'library',
    summary:
      'ReduceLROnPlateau’s rule as a composable scheduler: here a LinearLR warmup inside SequentialLR, then a cut by factor whenever the synthetic validation loss (dashed) stalls.',
    formula:
      '\\eta \\leftarrow \\max(\\eta \\cdot f, \\eta_{\\min}) \\text{ after more than } \\textit{patience} \\text{ epochs without improvement}',
    options: [
      int('warmupSteps', 5, 'Epochs of LinearLR warmup (the SequentialLR milestone).', 1),
      num('factor', 0.5, 'Multiplier at each plateau.', 0.01),
      int('patience', 3, 'Bad epochs tolerated.'),
      num('threshold', 0.01, 'Least relative change that counts as improvement.', 0.001),
    ],
    steps: 80,
    baseLrs: [0.1, 0.05],
    spec: (v) => ({
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: v.warmupSteps },
        { type: 'PlateauLR', factor: v.factor, patience: v.patience, threshold: v.threshold },
      ],
      milestones: [v.warmupSteps],
    }),
    usage: (v) =>
      [
        `const warmup = new LinearLR(optimizer, { startFactor: 0.1, totalIters: ${v.warmupSteps} });`,
        `const plateau = new PlateauLR(optimizer, { factor: ${v.factor}, patience: ${v.patience}, threshold: ${v.threshold} });`,
        `const scheduler = new SequentialLR(optimizer, { schedulers: [warmup, plateau], milestones: [${v.warmupSteps}] });`,
        '// each epoch: scheduler.step(valLoss), or a runner entry with monitor: "val_loss"',
      ].join('\n'),
    stepArg: (t) => syntheticLoss(t),
  },
];
