import {
  type DeepSpeedSchedulerType,
  fromDeepSpeed,
  fromTimm,
  type MegatronArgs,
  type Optimizer,
  type Scheduler,
  scheduleFromMegatron,
  scheduleFromTorchtitan,
  type TimmSchedulerName,
  type TorchtitanArgs,
} from '@lrkit/core';
import { constructorCall } from './format';
import { choice, flag, json, pythonCall, real, rows, whole } from './interop-format';
import { TimmEpochs, withBeta1AsMomentum } from './interop-stepping';
import { syntheticLoss } from './torch-entries';
import type { GalleryEntry, OptionControl, OptionValues, SpecJson } from './types';

/**
 * Gallery pages of the schedulers that came in with the importers: timm's Step, MultiStep,
 * Plateau and WSD, DeepSpeed's five, Megatron-Core's OptimizerParamScheduler, torchtitan's
 * warmup-stable-decay and PyTorch's SWALR. Each page's controls are the library's own arguments,
 * and the chart is what lrkit's importer builds from exactly the input the page's code shows.
 */

// ---------------------------------------------------------------- timm

/** The timm config the page shows and plots: the controls are timm's keyword arguments. */
export function timmConfigOf(scheduler: TimmSchedulerName, values: OptionValues) {
  return { scheduler, kwargs: { ...values } };
}

function timmUsage(scheduler: TimmSchedulerName, values: OptionValues): string {
  const config = timmConfigOf(scheduler, values);
  const metric = scheduler === 'PlateauLRScheduler' ? ', evalMetric' : '';
  return [
    "import { fromTimm } from '@lrkit/core';",
    '',
    `// timm: ${pythonCall(scheduler, config.kwargs)}`,
    `const config = ${json(config)};`,
    'const scheduler = fromTimm(optimizer, config);',
    'for (let epoch = 0; epoch < epochs; epoch++) {',
    '  trainOneEpoch();',
    `  scheduler.step(epoch + 1${metric}); // timm's lr_scheduler.step(epoch + 1, metric)`,
    '}',
  ].join('\n');
}

function timmBuild(scheduler: TimmSchedulerName) {
  return (optimizer: Optimizer, values: OptionValues): Scheduler =>
    new TimmEpochs(
      fromTimm(optimizer, timmConfigOf(scheduler, values)),
      scheduler === 'PlateauLRScheduler',
    );
}

const timmWarmup = (prefix: boolean | null): OptionControl[] => [
  whole('warmup_t', 5, 'Warmup epochs.'),
  real('warmup_lr_init', 0.0001, 'The warmup’s first lr.', 0.0001),
  ...(prefix === null
    ? []
    : [flag('warmup_prefix', prefix, 'The decay counts from the end of the warmup.')]),
];

const EPOCHS =
  'One plotted step is one epoch: timm calls step(epoch + 1) after each. The lrs are the groups’ own (times lr_scale).';

const timmEntries: GalleryEntry[] = [
  {
    slug: 'timm-step',
    name: 'StepLRScheduler',
    family: 'timm',
    summary: `timm’s StepLRScheduler: the lr times decay_rate every decay_t epochs (decay_t may be fractional), after a linear warmup counted before the decay (warmup_prefix=True, timm’s default here). ${EPOCHS}`,
    formula: rows(
      '\\eta_t = \\begin{cases} \\eta_{\\text{init}} + t\\,\\frac{\\eta_0 - \\eta_{\\text{init}}}{w} & t < w \\\\ \\eta_0\\, r^{\\lfloor (t - p) / d \\rfloor} & t \\ge w \\end{cases}',
      'p = w \\text{ with warmup\\_prefix, else } 0',
    ),
    options: [
      real('decay_t', 30, 'd: epochs between decays.', 1),
      real('decay_rate', 0.5, 'r: the factor at each decay.', 0.05),
      ...timmWarmup(true),
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: timmBuild('StepLRScheduler'),
    usage: (v) => timmUsage('StepLRScheduler', v),
  },
  {
    slug: 'timm-multistep',
    name: 'MultiStepLRScheduler',
    family: 'timm',
    summary: `timm’s MultiStepLRScheduler: the lr times decay_rate at each of decay_t, counted as bisect_right(decay_t, t + 1), so one epoch earlier than torch’s MultiStepLR with the same milestones. ${EPOCHS}`,
    formula: rows(
      '\\eta_t = \\eta_0\\, r^{\\,|\\{ m \\in \\text{decay\\_t} : m \\le t - p + 1 \\}|} \\text{ after the warmup}',
      'p = w \\text{ with warmup\\_prefix, else } 0',
    ),
    options: [
      {
        key: 'decay_t',
        kind: 'integers',
        default: [30, 60, 80],
        help: 'Epochs of the decays (comma-separated).',
      },
      real('decay_rate', 0.3, 'r: the factor at each decay.', 0.05),
      ...timmWarmup(true),
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: timmBuild('MultiStepLRScheduler'),
    usage: (v) => timmUsage('MultiStepLRScheduler', v),
  },
  {
    slug: 'timm-plateau',
    name: 'PlateauLRScheduler',
    family: 'timm',
    summary: `timm’s PlateauLRScheduler: its own linear warmup up to and including warmup_t, then torch’s ReduceLROnPlateau on the metric given to step. Its mode is 'max' by default (an accuracy): the dashed metric here is a synthetic validation accuracy, or a loss in mode 'min'. ${EPOCHS}`,
    formula: rows(
      '\\eta_t = \\eta_{\\text{init}} + t\\,\\frac{\\eta_0 - \\eta_{\\text{init}}}{w} \\quad (t \\le w)',
      '\\eta \\leftarrow \\max(\\eta \\cdot r, \\eta_{\\min}) \\text{ after more than } \\textit{patience\\_t} \\text{ epochs without improvement}',
    ),
    options: [
      whole('patience_t', 3, 'Epochs without improvement tolerated.'),
      real('decay_rate', 0.5, 'r: the factor at each plateau (below 1).', 0.05),
      real('threshold', 0.001, 'Least relative improvement that counts.', 0.0001),
      whole('cooldown_t', 0, 'Epochs after a cut before counting again.'),
      ...timmWarmup(null),
      real('lr_min', 0, 'The floor.', 0.0001),
      choice('mode', 'max', ['max', 'min'], "'max': the metric should rise (timm’s default)."),
    ],
    steps: 80,
    baseLrs: [0.1, 0.05],
    build: timmBuild('PlateauLRScheduler'),
    stepArg: (t, v) => (v.mode === 'min' ? syntheticLoss(t) : 1 - syntheticLoss(t)),
    usage: (v) => timmUsage('PlateauLRScheduler', v),
  },
  {
    slug: 'timm-wsd',
    name: 'WSDLRScheduler',
    family: 'timm',
    summary: `timm’s WSDLRScheduler: a warmup, a stable phase (constant, or decaying as rsqrt or a power of the time since the warmup), then the last decay_t epochs of t_initial anneal to lr_min with decay_fn. ${EPOCHS}`,
    formula: rows(
      '\\eta_t = \\eta_{\\min} + (\\max(\\eta_0\\, s(t - w), \\eta_{\\min}) - \\eta_{\\min})\\, f(x), \\quad x = \\min\\left(1, \\tfrac{t - w - (T - D)}{D}\\right)',
      'f = 1 \\text{ while } x \\le 0, \\text{ then } f(x) = 1 - x,\\ 1 - \\sqrt{x},\\ \\tfrac12(1 + \\cos \\pi x),\\ 1 - x^{p},\\ \\tfrac{\\rho^{x} - \\rho}{1 - \\rho}',
    ),
    options: [
      whole('t_initial', 100, 'T: epochs after the warmup.', 1),
      real('decay_t', 30, 'D: the last epochs of T, annealed.', 1),
      real('lr_min', 0.001, 'The floor.', 0.0001),
      ...timmWarmup(null),
      choice('decay_fn', '1-sqrt', ['1-sqrt', 'linear', 'cosine', 'power', 'exp'], 'f.'),
      real('decay_power', 0.5, "p of decay_fn='power'.", 0.1),
      real('decay_ratio', 0.1, "ρ of decay_fn='exp', in (0, 1).", 0.05),
      choice('stable_fn', 'constant', ['constant', 'rsqrt', 'power'], 's: the stable phase.'),
      real('stable_power', 0.5, "The power of stable_fn='power'.", 0.1),
    ],
    steps: 110,
    baseLrs: [0.1, 0.05],
    build: timmBuild('WSDLRScheduler'),
    usage: (v) => timmUsage('WSDLRScheduler', v),
  },
];

// ---------------------------------------------------------------- DeepSpeed

/** The `"scheduler"` section of ds_config.json the page shows and plots. */
export function deepSpeedSectionOf(type: DeepSpeedSchedulerType, values: OptionValues) {
  return { type, params: { ...values } };
}

function deepSpeedUsage(type: DeepSpeedSchedulerType, values: OptionValues): string {
  return [
    "import { fromDeepSpeed } from '@lrkit/core';",
    '',
    '// the "scheduler" section of ds_config.json, as is',
    `const section = ${json(deepSpeedSectionOf(type, values))};`,
    'const scheduler = fromDeepSpeed(optimizer, section);',
    '// once per optimizer step, as DeepSpeed’s engine steps it:',
    'scheduler.step();',
  ].join('\n');
}

function deepSpeedBuild(type: DeepSpeedSchedulerType) {
  const build = (values: OptionValues) => (optimizer: Optimizer) =>
    fromDeepSpeed(optimizer, deepSpeedSectionOf(type, values), { onWarning: () => {} });
  if (type !== 'OneCycle') return (o: Optimizer, v: OptionValues) => build(v)(o);
  return (o: Optimizer, v: OptionValues) => withBeta1AsMomentum(o, build(v));
}

const STEPS =
  'One plotted step is one optimizer step: step t shows the lr after DeepSpeed’s last_batch_iteration reached t − 1 (step 0: what the constructor writes).';

const dsWarmup = (steps: number): OptionControl[] => [
  real('warmup_min_lr', 0, 'The lr at the start of the warmup.', 0.0001),
  real('warmup_max_lr', 0.001, 'The lr the warmup reaches.', 0.0001),
  whole('warmup_num_steps', steps, 'W: warmup steps (raised to 2 at least).', 2),
  choice('warmup_type', 'log', ['log', 'linear'], "Warmup shape; DeepSpeed's default is 'log'."),
];

const WARMUP_GAMMA =
  '\\gamma_i = \\begin{cases} \\frac{\\log(i + 1)}{\\log W} \\text{ (log) or } \\frac{i}{W} \\text{ (linear)} & i < W';

const deepSpeedWarmupEntries: GalleryEntry[] = [
  {
    slug: 'deepspeed-warmup-lr',
    name: 'WarmupLR',
    family: 'deepspeed',
    summary: `DeepSpeed’s WarmupLR: from warmup_min_lr to warmup_max_lr over warmup_num_steps, logarithmic unless warmup_type is 'linear', then held. Absolute lrs: every group gets the same. ${STEPS}`,
    formula: rows(
      '\\eta_i = \\eta_{\\min} + (\\eta_{\\max} - \\eta_{\\min})\\, \\gamma_i',
      `${WARMUP_GAMMA} \\\\ 1 & i \\ge W \\end{cases}`,
    ),
    options: dsWarmup(40),
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: deepSpeedBuild('WarmupLR'),
    usage: (v) => deepSpeedUsage('WarmupLR', v),
  },
  {
    slug: 'deepspeed-warmup-decay-lr',
    name: 'WarmupDecayLR',
    family: 'deepspeed',
    summary: `DeepSpeed’s WarmupDecayLR: WarmupLR’s warmup, then a linear decay to 0 at total_num_steps. Absolute lrs. ${STEPS}`,
    formula: rows(
      '\\eta_i = \\eta_{\\min} + (\\eta_{\\max} - \\eta_{\\min})\\, \\gamma_i',
      `${WARMUP_GAMMA} \\\\ \\max\\left(0, \\frac{N - i}{\\max(1, N - W)}\\right) & i \\ge W \\end{cases}`,
    ),
    options: [whole('total_num_steps', 100, 'N: where the lr reaches 0.', 1), ...dsWarmup(20)],
    steps: 110,
    baseLrs: [0.1, 0.05],
    build: deepSpeedBuild('WarmupDecayLR'),
    usage: (v) => deepSpeedUsage('WarmupDecayLR', v),
  },
  {
    slug: 'deepspeed-warmup-cosine-lr',
    name: 'WarmupCosineLR',
    family: 'deepspeed',
    summary: `DeepSpeed’s WarmupCosineLR: a ratio of each group’s lr, warmed up from warmup_min_ratio to 1, then a cosine down to cos_min_ratio at total_num_steps. As in DeepSpeed, the constructor zeroes only the first group (its get_lr returns a single 0 before the first step). ${STEPS}`,
    formula:
      '\\eta_i = \\eta_0 \\cdot \\begin{cases} r_w + (1 - r_w)\\,\\gamma_i & i < W \\\\ \\max\\left(0, r_c + (1 - r_c)\\,\\tfrac12\\left(1 + \\cos \\frac{\\pi (i - W + 1)}{N - W}\\right)\\right) & i \\ge W \\end{cases}',
    options: [
      whole('total_num_steps', 100, 'N: the end of the cosine.', 1),
      real('warmup_min_ratio', 0, 'r_w: the warmup’s first ratio.', 0.01),
      whole('warmup_num_steps', 20, 'W: warmup steps (raised to 2 at least).', 2),
      real('cos_min_ratio', 0.0001, 'r_c: the ratio at the end.', 0.01),
      choice('warmup_type', 'log', ['log', 'linear'], 'γ: the warmup shape.'),
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: deepSpeedBuild('WarmupCosineLR'),
    usage: (v) => deepSpeedUsage('WarmupCosineLR', v),
  },
];

const deepSpeedCycleEntries: GalleryEntry[] = [
  {
    slug: 'deepspeed-one-cycle',
    name: 'OneCycle (DeepSpeed)',
    family: 'deepspeed',
    summary: `DeepSpeed’s OneCycle: the lr climbs from cycle_min_lr to cycle_max_lr over cycle_first_step_size and comes back over cycle_second_step_size, then decays by decay_lr_rate every decay_step_size steps. Adam’s beta1 cycles the other way (the lower chart; DeepSpeed writes betas (β1, 0.99) and cycles them only when every group has betas). The stair counts are accepted but, as in DeepSpeed, never read. Absolute lrs. ${STEPS}`,
    formula:
      '\\eta_i = \\begin{cases} \\eta_{\\min} + (\\eta_{\\max} - \\eta_{\\min})\\, s_i & i < S_1 + S_2 \\\\ \\eta_{\\min} \\big/ \\left(1 + d \\cdot \\frac{i - S_1 - S_2 + 1}{k}\\right) & \\text{after} \\end{cases}, \\quad \\beta_{1,i} = m_{\\max} - (m_{\\max} - m_{\\min})\\, s_i',
    options: [
      real('cycle_min_lr', 0.001, 'η_min.', 0.001),
      real('cycle_max_lr', 0.01, 'η_max.', 0.001),
      whole('cycle_first_step_size', 30, 'S_1: steps up.', 1),
      whole('cycle_second_step_size', 30, 'S_2: steps down.', 1),
      real('decay_lr_rate', 0.1, 'd: the decay after the cycle (0: none).', 0.01),
      whole('decay_step_size', 5, 'k: steps per decay interval (0: no decay).'),
      flag('cycle_momentum', true, 'Cycle beta1 between the two momentums.'),
      real('cycle_min_mom', 0.85, 'm_min: beta1 at the lr’s peak.', 0.01),
      real('cycle_max_mom', 0.99, 'm_max: beta1 at the ends.', 0.01),
      real('decay_mom_rate', 0, 'Growth of beta1 after the cycle.', 0.01),
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: deepSpeedBuild('OneCycle'),
    usage: (v) => deepSpeedUsage('OneCycle', v),
  },
  {
    slug: 'deepspeed-lr-range-test',
    name: 'LRRangeTest',
    family: 'deepspeed',
    summary: `DeepSpeed’s LRRangeTest scheduler: the lr grows from lr_range_test_min_lr by lr_range_test_step_rate every lr_range_test_step_size steps, continuously or in stairs. (lrkit’s own range test with a suggestion is LrFinder.) Absolute lrs. ${STEPS}`,
    formula:
      '\\eta_i = \\eta_{\\min} \\left(1 + r \\cdot \\frac{i + 1}{s}\\right), \\quad \\left\\lfloor \\frac{i + 1}{s} \\right\\rfloor \\text{ with staircase}',
    options: [
      real('lr_range_test_min_lr', 0.001, 'η_min: the first lr.', 0.001),
      whole('lr_range_test_step_size', 10, 's: steps per interval.', 1),
      real('lr_range_test_step_rate', 0.5, 'r: growth per interval.', 0.1),
      flag('lr_range_test_staircase', false, 'Grow in stairs.'),
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: deepSpeedBuild('LRRangeTest'),
    usage: (v) => deepSpeedUsage('LRRangeTest', v),
  },
];

// ---------------------------------------------------------------- Megatron-Core, torchtitan

/** The OptimizerParamScheduler arguments the page shows and plots. */
export function megatronArgsOf(values: OptionValues, style?: 'WSD'): MegatronArgs {
  return { ...values, ...(style ? { lr_decay_style: style } : {}) } as unknown as MegatronArgs;
}

function megatronUsage(args: MegatronArgs): string {
  return [
    "import { fromMegatron } from '@lrkit/core';",
    '',
    `// Megatron-Core: ${pythonCall('OptimizerParamScheduler', args as never)}`,
    `const args = ${json(args)};`,
    'const scheduler = fromMegatron(optimizer, args);',
    '// once per training iteration, as Megatron’s train_step calls step(increment=1):',
    'scheduler.step();',
  ].join('\n');
}

function megatronSpec(args: MegatronArgs): SpecJson {
  return { version: 1, ...scheduleFromMegatron(args).spec } as SpecJson;
}

const WSD_STYLES = ['linear', 'cosine', 'exponential', 'minus_sqrt'];
const megatronCommon: OptionControl[] = [
  real('init_lr', 0, 'The lr at step 0 of the warmup.', 0.001),
  real('max_lr', 0.1, 'The peak.', 0.001),
  real('min_lr', 0.01, 'The floor.', 0.001),
  whole('lr_warmup_steps', 10, 'W: warmup steps (below lr_decay_steps).'),
  whole('lr_decay_steps', 100, 'D: the step where the decay reaches min_lr.', 1),
];
const MEGATRON_SUMMARY =
  'Absolute lrs (every group the same); one plotted step is one iteration (num_steps), step 0 being what the constructor writes.';
const MEGATRON_WSD = [
  'c = 1 \\text{ until } D - D_w, \\text{ then } c(x), \\quad x = \\tfrac{n - (D - D_w)}{D_w}',
  'c(x) = 1 - x,\\ \\tfrac12(\\cos \\pi x + 1),\\ 2 \\cdot 0.5^{x} - 1,\\ 1 - \\sqrt{x}',
];

const megatronEntries: GalleryEntry[] = [
  {
    slug: 'megatron-optimizer-param-scheduler',
    name: 'OptimizerParamScheduler',
    family: 'megatron',
    summary: `Megatron-Core’s OptimizerParamScheduler: a linear warmup from init_lr to max_lr, then lr_decay_style: constant, linear, cosine, inverse-square-root or WSD (see the WSD page), down to min_lr at lr_decay_steps and min_lr after. ${MEGATRON_SUMMARY}`,
    formula: rows(
      '\\eta_n = \\begin{cases} \\eta_{\\text{init}} + (\\eta_{\\max} - \\eta_{\\text{init}})\\, \\frac{n}{W} & n \\le W \\\\ \\eta_{\\min} + c\\,(\\eta_{\\max} - \\eta_{\\min}) & W < n \\le D \\\\ \\eta_{\\min} & n > D \\end{cases}',
      'c = 1 - x \\text{ (linear) or } \\tfrac12(\\cos \\pi x + 1) \\text{ (cosine)}, \\quad x = \\frac{n - W}{D - W}',
      '\\text{inverse-square-root: } \\eta_n = \\max\\left(\\eta_{\\min}, \\eta_{\\max} \\sqrt{W / n}\\right)',
    ),
    options: [
      ...megatronCommon,
      choice(
        'lr_decay_style',
        'cosine',
        ['constant', 'linear', 'cosine', 'inverse-square-root', 'WSD'],
        'The decay after the warmup.',
      ),
      whole('wsd_decay_steps', 30, "D_w: WSD's anneal, the last steps before D."),
      choice('lr_wsd_decay_style', 'exponential', WSD_STYLES, "WSD's anneal shape."),
    ],
    steps: 120,
    baseLrs: [0.1, 0.05],
    spec: (v) => megatronSpec(megatronArgsOf(v)),
    usage: (v) => megatronUsage(megatronArgsOf(v)),
  },
  {
    slug: 'megatron-wsd',
    name: 'OptimizerParamScheduler (WSD)',
    family: 'megatron',
    summary: `Megatron-Core’s warmup-stable-decay (lr_decay_style 'WSD'): a linear warmup, max_lr until the last wsd_decay_steps of lr_decay_steps, then an anneal to min_lr shaped by lr_wsd_decay_style (linear, cosine, exponential or minus_sqrt). ${MEGATRON_SUMMARY}`,
    formula: rows(
      '\\eta_n = \\eta_{\\min} + c\\,(\\eta_{\\max} - \\eta_{\\min}) \\text{ after the warmup}',
      ...MEGATRON_WSD,
    ),
    options: [
      ...megatronCommon,
      whole('wsd_decay_steps', 30, 'D_w: the anneal, the last steps before D.'),
      choice('lr_wsd_decay_style', 'minus_sqrt', WSD_STYLES, 'The anneal’s shape.'),
    ],
    steps: 120,
    baseLrs: [0.1, 0.05],
    spec: (v) => megatronSpec(megatronArgsOf(v, 'WSD')),
    usage: (v) => megatronUsage(megatronArgsOf(v, 'WSD')),
  },
];

/** torchtitan's `[lr_scheduler]` arguments the page shows and plots (with training.steps). */
export function torchtitanArgsOf(values: OptionValues): TorchtitanArgs {
  return { ...values } as unknown as TorchtitanArgs;
}

function torchtitanUsage(args: TorchtitanArgs): string {
  const { training_steps: steps, ...section } = args;
  const toml = Object.entries(section).map(([k, v]) => `//   ${k} = ${JSON.stringify(v)}`);
  return [
    "import { fromTorchtitan } from '@lrkit/core';",
    '',
    '// torchtitan job config (TOML):',
    '//   [lr_scheduler]',
    ...toml,
    '//   [training]',
    `//   steps = ${steps}`,
    `const args = ${json(args)};`,
    'const scheduler = fromTorchtitan(optimizer, args);',
    '// once per training step, as torchtitan’s train loop does:',
    'scheduler.step();',
  ].join('\n');
}

const torchtitanEntry: GalleryEntry = {
  slug: 'torchtitan-lr-scheduler',
  name: 'torchtitan warmup-stable-decay',
  family: 'megatron',
  summary:
    'torchtitan’s lr_scheduler (linear_warmup_stable_decay): a LambdaLR multiplier of each group’s lr, a linear warmup that starts at 1 / warmup_steps, a stable phase, then the last decay_ratio of the training steps decay linearly, as 1 − √ or as a cosine, to min_lr_factor (lr_min before torchtitan renamed it). One plotted step is one training step.',
  formula: rows(
    'm_k = \\begin{cases} \\frac{k + 1}{W} & k < W \\\\ 1 & k < W + S \\\\ f + (1 - f)\\, c(p) & \\text{else} \\end{cases}',
    'p = \\frac{k + 1 - W - S}{D}, \\quad c(p) = 1 - p,\\ 1 - \\sqrt{p},\\ \\tfrac12(1 + \\cos \\pi p)',
    'D = \\operatorname{round}(N r), \\quad S = N + 1 - W - D',
  ),
  options: [
    whole('warmup_steps', 10, 'W: warmup steps.'),
    real('decay_ratio', 0.3, 'r: the decaying share of the training steps.', 0.05),
    choice('decay_type', 'linear', ['linear', 'sqrt', 'cosine'], 'c: the decay’s shape.'),
    real('min_lr_factor', 0.1, 'f: the floor, a fraction of the lr.', 0.05),
    whole('training_steps', 100, 'N: training.steps of the job.', 1),
  ],
  steps: 100,
  baseLrs: [0.1, 0.05],
  spec: (v) =>
    ({
      version: 1,
      ...scheduleFromTorchtitan(torchtitanArgsOf(v), { onWarning: () => {} }).spec,
    }) as SpecJson,
  usage: (v) => torchtitanUsage(torchtitanArgsOf(v)),
};

// ---------------------------------------------------------------- PyTorch's SWALR

const swalrEntry: GalleryEntry = {
  slug: 'swalr',
  name: 'SWALR',
  family: 'torch',
  summary:
    'torch.optim.swa_utils.SWALR, for Stochastic Weight Averaging: anneals every group’s lr from the lr it has to swaLr over annealEpochs steps (cosine or linear), then holds swaLr. It blends from whatever lr the group has at each step, so it follows a schedule stepped before it.',
  formula: rows(
    '\\eta_t = \\alpha_t\\, \\eta_{\\text{swa}} + (1 - \\alpha_t)\\, \\eta_{\\text{start}}',
    '\\alpha_t = \\tfrac12\\left(1 - \\cos \\pi \\min(1, t / T)\\right) \\text{ (cos) or } \\min(1, t / T) \\text{ (linear)}',
  ),
  options: [
    real('swaLr', 0.01, 'η_swa: the lr annealed to (swa_lr).', 0.001),
    whole('annealEpochs', 20, 'T: steps of the annealing (anneal_epochs).'),
    choice('annealStrategy', 'cos', ['cos', 'linear'], 'The shape (anneal_strategy).'),
  ],
  steps: 60,
  baseLrs: [0.1, 0.05],
  spec: (v) => ({ version: 1, type: 'SWALR', ...v }),
  usage: (v) =>
    [
      constructorCall('SWALR', v, ['swaLr', 'annealEpochs', 'annealStrategy']),
      '',
      '// or in PyTorch’s words, as torch.optim.swa_utils.SWALR takes them:',
      `fromTorch(optimizer, ${json({ scheduler: 'SWALR', kwargs: { swa_lr: v.swaLr, anneal_epochs: v.annealEpochs, anneal_strategy: v.annealStrategy } })})`,
    ].join('\n'),
};

export const interopEntries: GalleryEntry[] = [
  swalrEntry,
  ...timmEntries,
  ...deepSpeedWarmupEntries,
  ...deepSpeedCycleEntries,
  ...megatronEntries,
  torchtitanEntry,
];
