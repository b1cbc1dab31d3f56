import {
  fromDeepSpeed,
  fromHf,
  fromHfTrainingArguments,
  fromHydra,
  fromKeras,
  fromLightning,
  fromMegatron,
  fromSpec,
  fromTimm,
  fromTimmArgs,
  fromTorch,
  fromTorchtitan,
  LrkitError,
  type Optimizer,
  parseTorchString,
  preview,
  ScheduleLR,
  toDeepSpeed,
  toTorchCode,
} from '@lrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepSpeedOf, torchCodeOf } from './playground-exports';
import { sampleText } from './playground-samples';
import {
  convertSource,
  curveOf,
  defaultMetric,
  lineOfPath,
  PLAYGROUND_FORMATS,
  type PlaygroundFormat,
  readSource,
  SourceError,
} from './playground-source';
import { readPlaygroundState, writePlaygroundState } from './url-state';

const BASE_LRS = [0.1, 0.05];

// biome-ignore lint/suspicious/noExplicitAny: each library's own config, as JSON.
type Json = any;

/**
 * Each format built straight by its core importer and stepped as its library steps it, without
 * the playground's code: the reference its curves are checked against.
 */
const REFERENCE: Record<
  PlaygroundFormat,
  (optimizer: Optimizer, json: Json) => (i: number) => void
> = {
  spec: (optimizer, json) => stepper(fromSpec(optimizer, json)),
  'torch-text': (optimizer, text) => stepper(fromTorch(optimizer, parseTorchString(text))),
  torch: (optimizer, json) => stepper(fromTorch(optimizer, json)),
  deepspeed: (optimizer, json) => stepper(fromDeepSpeed(optimizer, json.scheduler)),
  hf: (optimizer, json) => stepper(fromHf(optimizer, json)),
  'hf-training-arguments': (optimizer, json) =>
    stepper(fromHfTrainingArguments(optimizer, json).scheduler),
  timm: (optimizer, json) => {
    const scheduler = fromTimm(optimizer, json); // t_in_epochs: step(epoch) after every epoch
    return (i) => scheduler.step(i);
  },
  'timm-args': (optimizer, json) => {
    const { scheduler } = fromTimmArgs(optimizer, json);
    return (i) => scheduler.step(i);
  },
  keras: (optimizer, json) =>
    stepper(new ScheduleLR(optimizer, { schedule: fromKeras(json), scale: 'absolute' })),
  lightning: (optimizer, json) => stepper(fromLightning(optimizer, json)),
  hydra: (optimizer, json) => stepper(fromHydra(optimizer, json)),
  megatron: (optimizer, json) => stepper(fromMegatron(optimizer, json)),
  torchtitan: (optimizer, json) =>
    stepper(fromTorchtitan(optimizer, json, { onWarning: () => {} })),
};

function stepper(scheduler: { step: () => void }): (i: number) => void {
  return () => scheduler.step();
}

function referenceCurve(format: PlaygroundFormat, steps: number): number[][] {
  const groups = BASE_LRS.map((lr) => ({ lr, momentum: 0.9 }));
  const optimizer: Optimizer = { paramGroups: groups, defaults: { lr: BASE_LRS[0]! } };
  const text = sampleText(format);
  const advance = REFERENCE[format](optimizer, format === 'torch-text' ? text : JSON.parse(text));
  const lrs = groups.map(() => [] as number[]);
  for (let i = 0; i < steps; i++) {
    if (i > 0) advance(i);
    for (const [g, group] of groups.entries()) lrs[g]!.push(group.lr);
  }
  return lrs;
}

function expectClose(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  expected.forEach((value, i) => {
    if (!(Math.abs(actual[i]! - value) <= 1e-12 * Math.max(1, Math.abs(value))))
      expect.fail(`${what}[${i}]: ${actual[i]} vs ${value}`);
  });
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('playground formats', () => {
  it.each(PLAYGROUND_FORMATS)(
    'detects the %s sample and plots what its library steps',
    (format) => {
      const source = readSource(sampleText(format));
      expect(source.format).toBe(format);
      const converted = convertSource(source, BASE_LRS);
      const steps = converted.fixedLength ?? 200;
      const curve = curveOf(converted, { steps, baseLrs: BASE_LRS });
      const reference = referenceCurve(format, steps);
      for (const g of BASE_LRS.keys())
        expectClose(curve.lr[g]!, reference[g]!, `${format} group ${g}`);
      // A curve that moves: the sample shows its schedule, not a constant.
      expect(new Set(curve.lr[0]).size, format).toBeGreaterThan(3);
      if (converted.spec) {
        const viaPreview = preview(converted.spec, { steps, baseLrs: BASE_LRS });
        for (const g of BASE_LRS.keys())
          expectClose(curve.lr[g]!, viaPreview.lr[g]!, `${format} preview`);
      }
    },
  );

  it.each(PLAYGROUND_FORMATS)(
    'offers the PyTorch code of the %s sample, or says why not',
    (format) => {
      const converted = convertSource(readSource(sampleText(format)), BASE_LRS);
      const code = torchCodeOf(converted);
      const deepSpeed = deepSpeedOf(converted);
      if (converted.spec) {
        expect(code).toEqual({ text: toTorchCode(converted.spec), error: null });
        const section = thrown(() => toDeepSpeed(converted.spec));
        if (section === null)
          expect(JSON.parse(deepSpeed.text!)).toEqual(toDeepSpeed(converted.spec));
        else expect(deepSpeed).toEqual({ text: null, error: (section as Error).message });
      } else {
        // timm's and DeepSpeed's own schedulers have no lrkit spec: the error names the source.
        expect(['timm', 'timm-args', 'deepspeed']).toContain(format);
        expect(code.error).toMatch(
          /^Invalid argument for parameter source: must have an lrkit spec/,
        );
        if (format === 'deepspeed')
          expect(JSON.parse(deepSpeed.text!)).toEqual(JSON.parse(sampleText(format)).scheduler);
        else expect(deepSpeed.error).toMatch(/parameter source/);
      }
    },
  );

  it('plots the beta1 that DeepSpeed’s OneCycle cycles, as DeepSpeed’s engine steps it', () => {
    const section = {
      type: 'OneCycle',
      params: {
        cycle_min_lr: 0.01,
        cycle_max_lr: 0.1,
        cycle_first_step_size: 10,
        cycle_min_mom: 0.8,
      },
    };
    const curve = curveOf(convertSource(readSource(JSON.stringify(section)), [0.1]), {
      steps: 30,
      baseLrs: [0.1],
    });
    const group = { lr: 0.1, betas: [0.9, 0.999] as [number, number] };
    const scheduler = fromDeepSpeed({ paramGroups: [group] }, section);
    const lr: number[] = [];
    const beta1: number[] = [];
    for (let i = 0; i < 30; i++) {
      if (i > 0) scheduler.step();
      lr.push(group.lr);
      beta1.push(group.betas[0]);
    }
    expectClose(curve.lr[0]!, lr, 'OneCycle lr');
    expectClose(curve.momentum![0]!, beta1, 'OneCycle beta1');
    expect(Math.min(...beta1)).toBeCloseTo(0.8, 12);
  });

  it('an export refused by toTorchCode names the spec path', () => {
    const spec = {
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 10 },
        { type: 'CosineAnnealingWarmupRestarts', firstCycleSteps: 50, maxLr: 0.1, minLr: 0.001 },
      ],
      milestones: [10],
    };
    const converted = convertSource(readSource(JSON.stringify(spec)), [0.1]);
    expect(torchCodeOf(converted).error).toMatch(
      /^Invalid argument for parameter schedulers\[1\]\.type: /,
    );
    expect(curveOf(converted, { steps: 20, baseLrs: [0.1] }).lr[0]).toHaveLength(20);
  });

  it('a forced format reads the text in that format, and refuses what does not fit', () => {
    const hf = sampleText('hf');
    expect(readSource(hf, 'hf').format).toBe('hf');
    const megatron = thrown(() => convertSource(readSource(hf, 'megatron'), BASE_LRS));
    expect(LrkitError.isInstance(megatron)).toBe(true);
    expect((megatron as Error).message).toMatch(/init_lr/);
    const text = thrown(() => readSource(sampleText('torch-text'), 'keras'));
    expect(text).toBeInstanceOf(SourceError);
    expect((text as Error).message).toMatch(/parameter format: needs JSON/);
    expect(() => readSource(hf, 'torch-text')).toThrow(/needs PyTorch text/);
    // Keys that fit two formats: the message says how to pick one here.
    const both = thrown(() => readSource('{"class_path": "x", "_target_": "y"}'));
    expect((both as Error).message).toMatch(
      /fit lightning and hydra \(name one with the format menu\)/,
    );
  });

  it('puts errors under their line: JSON syntax, and an lrkit path', () => {
    const broken = thrown(() =>
      readSource('{\n  "version": 1,\n  "type": "constant",,\n  "lr": 0.1\n}'),
    );
    expect(broken).toBeInstanceOf(SourceError);
    expect((broken as SourceError).line).toBe(3);
    const text = '{\n  "name": "cosine",\n  "num_warmup_steps": -3,\n  "num_training_steps": 10\n}';
    const bad = thrown(() => convertSource(readSource(text), BASE_LRS));
    expect((bad as Error).message).toMatch(/num_warmup_steps/);
    expect(lineOfPath(text, (bad as Error).message)).toBe(3);
    expect(lineOfPath(text, 'something else')).toBe(1);
  });

  it('knows fixed lengths and metric-driven schedules in every spelling', () => {
    const torch = convertSource(
      readSource('OneCycleLR(max_lr=0.1, epochs=3, steps_per_epoch=7)'),
      [0.1],
    );
    expect(torch.fixedLength).toBe(21);
    const lightning = convertSource(
      readSource(
        '{"class_path":"torch.optim.lr_scheduler.OneCycleLR","init_args":{"max_lr":0.1,"total_steps":80}}',
      ),
      [0.1],
    );
    expect(lightning.fixedLength).toBe(80);
    expect(convertSource(readSource('StepLR(step_size=3)'), [0.1]).fixedLength).toBeNull();
    const plateaus = [
      'ReduceLROnPlateau(patience=2)',
      '{"name":"reduce_lr_on_plateau","num_warmup_steps":null,"num_training_steps":null}',
      '{"scheduler":"PlateauLRScheduler","kwargs":{"patience_t":2}}',
      '{"sched":"plateau","num_epochs":50}',
    ];
    for (const text of plateaus) {
      const converted = convertSource(readSource(text), [0.1]);
      expect(converted.metricDriven, text).toBe(true);
      const metrics = defaultMetric(60);
      const curve = curveOf(converted, { steps: 60, baseLrs: [0.1], metrics: metrics.slice(1) });
      expect(curve.lr[0]).toHaveLength(60);
      // A metric that never improves cuts the lr.
      const flat = curveOf(converted, { steps: 60, baseLrs: [0.1], metrics: Array(59).fill(1) });
      expect(Math.min(...flat.lr[0]!), text).toBeLessThan(0.1);
    }
    expect(convertSource(readSource(sampleText('hf')), [0.1]).metricDriven).toBe(false);
  });

  it('keeps the source and its format in the address', () => {
    for (const format of PLAYGROUND_FORMATS) {
      const state = {
        source: sampleText(format),
        format,
        steps: '120',
        lrs: '0.1, 0.05',
        metric: null,
      };
      const back = readPlaygroundState(writePlaygroundState(state));
      expect(back).toEqual({ ...state, lrs: '0.1, 0.05' });
    }
    expect(readPlaygroundState('?spec=StepLR(step_size%3D3)&format=nonsense')).toMatchObject({
      source: 'StepLR(step_size=3)',
      format: 'auto',
    });
    expect(
      writePlaygroundState({ source: 'x', format: 'auto', steps: null, lrs: null, metric: ' ' }),
    ).toBe('?spec=x');
  });
});

/** Runs the playground's whole path; anything thrown must be one of lrkit's typed errors. */
function expectTyped(text: string, format: PlaygroundFormat | 'auto', baseLrs = BASE_LRS): void {
  const error = thrown(() => {
    const converted = convertSource(readSource(text, format), baseLrs);
    curveOf(converted, { steps: 30, baseLrs, metrics: Array(29).fill(1) });
    torchCodeOf(converted);
    deepSpeedOf(converted);
  });
  if (error !== null && !LrkitError.isInstance(error))
    expect.fail(`${format} ${text.slice(0, 300)} threw an untyped ${String(error)}`);
}

const HOSTILE = [
  '',
  '{',
  '{}',
  '[]',
  'null',
  '{"__proto__": {"polluted": true}, "type": "StepLR"}',
  '{"constructor": {"prototype": {}}, "name": "cosine"}',
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
  '{"scheduler": {"type": 5}}',
  '{"scheduler": "os.system", "kwargs": {"command": "rm -rf /"}}',
  '{"class_path": "builtins.eval", "init_args": {}}',
  '{"_target_": "torch.optim.lr_scheduler.StepLR", "step_size": "30"}',
  '{"name": "cosine", "num_warmup_steps": 1e308, "num_training_steps": 1e308}',
  '{"lr_scheduler_type": "nope", "max_steps": -1}',
  '{"class_name": "CosineDecay", "config": null}',
  '{"class_name": "toString", "config": {}}',
  '{"sched": "hasOwnProperty", "num_epochs": 10}',
  '{"init_lr": 0, "max_lr": 1e400, "min_lr": 0, "lr_warmup_steps": 0, "lr_decay_steps": 1, "lr_decay_style": "cosine"}',
  '{"decay_ratio": 2, "training_steps": 10}',
  '{"type": "OneCycle", "params": {"cycle_first_step_size": 0}}',
  '{"version": 1, "type": "constructor"}',
  'StepLR(step_size=',
  '__import__("os").system("x")',
  'OneCycleLR(max_lr=0.1, total_steps=1e9)',
];

describe('hostile input', () => {
  it.each(HOSTILE.map((text) => [text.slice(0, 60), text]))(
    'a typed error or a curve: %s',
    (_, text) => {
      for (const format of ['auto', ...PLAYGROUND_FORMATS] as const)
        expectTyped(text.slice(0, 100_200), format);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('base lrs that are not lrs are refused by name', () => {
    for (const baseLrs of [[], [Number.NaN], [-1], [0.1, Number.POSITIVE_INFINITY]]) {
      const error = thrown(() => convertSource(readSource(sampleText('hf')), baseLrs));
      expect((error as Error).message).toMatch(/parameter baseLrs/);
    }
  });

  it('any value in any field of any sample gives a typed error or a curve', () => {
    const formats = PLAYGROUND_FORMATS.filter((f) => f !== 'torch-text');
    fc.assert(
      fc.property(
        fc.constantFrom(...formats),
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        fc.boolean(),
        (format, pick, value, forced) => {
          const json = JSON.parse(sampleText(format));
          const holder =
            json.scheduler?.params ?? json.kwargs ?? json.config ?? json.init_args ?? json;
          const keys = Object.keys(holder);
          holder[keys[pick % keys.length]!] = value;
          expectTyped(JSON.stringify(json), forced ? format : 'auto');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any text gives a typed error or a curve', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.constantFrom('auto', ...PLAYGROUND_FORMATS),
        (text, format) => expectTyped(text, format),
      ),
      { numRuns: 300 },
    );
  });
});
