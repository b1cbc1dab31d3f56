import { PAPERS } from './papers';
import type { GalleryEntry, OptionControl, OptionValues, SpecJson } from './types';

/** The gallery page of a scheduled param-group field: weight decay by HyperparameterScheduler. */

const num = (key: string, value: number, help: string, step = 0.001): OptionControl => ({
  key,
  kind: 'number',
  default: value,
  min: 0,
  step,
  help,
});

/** The weight-decay schedule: a half cosine up from the start value, then held (DINO's rise). */
function weightDecaySpec(v: OptionValues): SpecJson {
  return {
    version: 1,
    type: 'piecewise-interpolated',
    boundaries: [0, v.rampSteps],
    values: [v.startWeightDecay, v.endWeightDecay],
    interpolation: 'cosine',
  };
}

/** The lr schedule stepped beside it, drawn under the weight decay. */
function lrSpec(v: OptionValues): SpecJson {
  return { version: 1, type: 'cosine', peakLr: v.peakLr, minLr: 0, decaySteps: v.rampSteps };
}

function usage(v: OptionValues): string {
  const { version: _v, ...schedule } = weightDecaySpec(v);
  const { version: _w, type: _t, ...lr } = lrSpec(v);
  return [
    "import { cosineSchedule, HyperparameterScheduler, scheduleFromSpec, ScheduleLR, SchedulerRunner } from '@lrkit/core';",
    '',
    `const schedule = scheduleFromSpec(${JSON.stringify(schedule)});`,
    "const weightDecay = new HyperparameterScheduler(optimizer, { field: 'weightDecay', schedule });",
    `const lr = new ScheduleLR(optimizer, { schedule: cosineSchedule(${JSON.stringify(lr)}), scale: 'absolute' });`,
    '// both step at every batch: two runner entries with the same interval',
    "const runner = new SchedulerRunner([{ scheduler: lr, interval: 'step' }, { scheduler: weightDecay, interval: 'step', name: 'weight-decay' }]);",
    "// as a spec: { type: 'HyperparameterScheduler', field: 'weightDecay', schedule: schedule.spec }",
    '',
    '// @lrkit/tfjs: GroupedOptimizer groups carry a decoupled weightDecay, read at every update',
    `const optimizer = new GroupedOptimizer({ groups: [{ params: model.layers[0]!, lr: ${v.peakLr}, weightDecay: ${v.startWeightDecay} }, { params: model.layers[1]!, lr: ${v.peakLr}, weightDecay: 0 }], optimizer: (lr) => tf.train.adam(lr) });`,
    '// @lrkit/onnx-training: the group weightDecay is fed to the graph as weight_decay.<g> at every step',
    `const optimizer = new AdamW(params, { lr: ${v.peakLr}, weightDecay: ${v.startWeightDecay} });`,
  ].join('\n');
}

export const weightDecayEntries: GalleryEntry[] = [
  {
    slug: 'weight-decay-schedule',
    paper: PAPERS.dino,
    name: 'HyperparameterScheduler: weight decay',
    family: 'library',
    summary:
      'HyperparameterScheduler writes a closed-form schedule into any numeric param-group field, as ScheduleLR does the lr. Here the weight decay rises along a half cosine from 0.04 to 0.4 (DINO’s schedule, Megatron’s cosine weight-decay increment) while a cosine lr decays beside it (the lower chart). The upper chart is the weight decay of every group: absolute values, the same in every group.',
    formula:
      '\\lambda_t = \\lambda_s + (\\lambda_e - \\lambda_s)\\,\\tfrac{1}{2}\\left(1 - \\cos \\frac{\\pi \\min(t, T)}{T}\\right)',
    options: [
      num('startWeightDecay', 0.04, 'λ_s: the weight decay at step 0.'),
      num('endWeightDecay', 0.4, 'λ_e: the weight decay from step T on.'),
      {
        key: 'rampSteps',
        kind: 'integer',
        default: 100,
        min: 1,
        help: 'T: steps of the rise, and of the lr’s cosine.',
      },
      num('peakLr', 0.001, 'The lr schedule’s start (it decays to 0 over T).', 0.0001),
    ],
    steps: 120,
    baseLrs: [0.1, 0.05],
    valueLabel: 'weight decay',
    spec: weightDecaySpec,
    companion: { label: 'learning rate', spec: lrSpec },
    usage,
  },
];
