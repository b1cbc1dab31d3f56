import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { expectedCurve } from '../../test/expected';
import { builderFromInput, interopBuilderOf } from '../../test/interop-builders';
import { defaultValues, galleryEntries } from './catalog';
import { computeCurve } from './compute';
import { interopEntries } from './interop-entries';
import type { GalleryEntry, OptionValues } from './types';

/**
 * Each page's default chart is the library's own input (written out here, as a user would paste
 * it) through lrkit's importer: timm kwargs through fromTimm, the DeepSpeed "scheduler" section
 * through fromDeepSpeed, Megatron-Core and torchtitan arguments through fromMegatron and
 * fromTorchtitan, SWALR's PyTorch keywords through fromTorch.
 */
const DEFAULT_INPUTS: Record<string, unknown> = {
  swalr: {
    scheduler: 'SWALR',
    kwargs: { swa_lr: 0.01, anneal_epochs: 20, anneal_strategy: 'cos' },
  },
  'timm-step': {
    scheduler: 'StepLRScheduler',
    kwargs: {
      decay_t: 30,
      decay_rate: 0.5,
      warmup_t: 5,
      warmup_lr_init: 1e-4,
      warmup_prefix: true,
    },
  },
  'timm-multistep': {
    scheduler: 'MultiStepLRScheduler',
    kwargs: {
      decay_t: [30, 60, 80],
      decay_rate: 0.3,
      warmup_t: 5,
      warmup_lr_init: 1e-4,
      warmup_prefix: true,
    },
  },
  'timm-plateau': {
    scheduler: 'PlateauLRScheduler',
    kwargs: {
      patience_t: 3,
      decay_rate: 0.5,
      threshold: 0.001,
      cooldown_t: 0,
      warmup_t: 5,
      warmup_lr_init: 1e-4,
      lr_min: 0,
      mode: 'max',
    },
  },
  'timm-wsd': {
    scheduler: 'WSDLRScheduler',
    kwargs: {
      t_initial: 100,
      decay_t: 30,
      lr_min: 0.001,
      warmup_t: 5,
      warmup_lr_init: 1e-4,
      decay_fn: '1-sqrt',
      decay_power: 0.5,
      decay_ratio: 0.1,
      stable_fn: 'constant',
      stable_power: 0.5,
    },
  },
  'deepspeed-warmup-lr': {
    type: 'WarmupLR',
    params: { warmup_min_lr: 0, warmup_max_lr: 0.001, warmup_num_steps: 40, warmup_type: 'log' },
  },
  'deepspeed-warmup-decay-lr': {
    type: 'WarmupDecayLR',
    params: {
      total_num_steps: 100,
      warmup_min_lr: 0,
      warmup_max_lr: 0.001,
      warmup_num_steps: 20,
      warmup_type: 'log',
    },
  },
  'deepspeed-warmup-cosine-lr': {
    type: 'WarmupCosineLR',
    params: {
      total_num_steps: 100,
      warmup_min_ratio: 0,
      warmup_num_steps: 20,
      cos_min_ratio: 1e-4,
      warmup_type: 'log',
    },
  },
  'deepspeed-one-cycle': {
    type: 'OneCycle',
    params: {
      cycle_min_lr: 0.001,
      cycle_max_lr: 0.01,
      cycle_first_step_size: 30,
      cycle_second_step_size: 30,
      decay_lr_rate: 0.1,
      decay_step_size: 5,
      cycle_momentum: true,
      cycle_min_mom: 0.85,
      cycle_max_mom: 0.99,
      decay_mom_rate: 0,
    },
  },
  'deepspeed-lr-range-test': {
    type: 'LRRangeTest',
    params: {
      lr_range_test_min_lr: 0.001,
      lr_range_test_step_size: 10,
      lr_range_test_step_rate: 0.5,
      lr_range_test_staircase: false,
    },
  },
  'megatron-optimizer-param-scheduler': {
    init_lr: 0,
    max_lr: 0.1,
    min_lr: 0.01,
    lr_warmup_steps: 10,
    lr_decay_steps: 100,
    lr_decay_style: 'cosine',
    wsd_decay_steps: 30,
    lr_wsd_decay_style: 'exponential',
  },
  'megatron-wsd': {
    init_lr: 0,
    max_lr: 0.1,
    min_lr: 0.01,
    lr_warmup_steps: 10,
    lr_decay_steps: 100,
    lr_decay_style: 'WSD',
    wsd_decay_steps: 30,
    lr_wsd_decay_style: 'minus_sqrt',
  },
  'torchtitan-lr-scheduler': {
    warmup_steps: 10,
    decay_ratio: 0.3,
    decay_type: 'linear',
    min_lr_factor: 0.1,
    training_steps: 100,
  },
};

function pageCurve(entry: GalleryEntry, values: OptionValues) {
  return computeCurve(entry, values, entry.baseLrs, entry.steps);
}

/** Stepping the importer's scheduler in Node, fed the page's metric where it has one. */
function importerCurve(
  entry: GalleryEntry,
  build: ReturnType<typeof builderFromInput>,
  values: OptionValues,
) {
  const page = pageCurve(entry, values);
  return expectedCurve(build, entry.baseLrs, entry.steps, {
    momentum: page.momentum !== null,
    metrics: page.metric,
  });
}

function expectSameCurve(actual: number[][], expected: number[][], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((values, g) => {
    expect(values.length, what).toBe(expected[g]!.length);
    values.forEach((value, t) => {
      const want = expected[g]![t]!;
      if (!(Math.abs(value - want) <= 1e-12 * Math.max(1, Math.abs(want))))
        expect.fail(`${what}: group ${g} step ${t}: page ${value}, importer ${want}`);
    });
  });
}

/** The library input printed in the page's code, parsed back. */
function shownInput(entry: GalleryEntry, values: OptionValues): unknown {
  const code = entry.usage(values);
  const match =
    /const (?:config|section|args) = (\{[\s\S]*?\n\});/.exec(code) ??
    /fromTorch\(optimizer, (\{[\s\S]*?\n\})\)/.exec(code);
  if (!match) throw new Error(`${entry.slug}: no library input in its code`);
  return JSON.parse(match[1]!);
}

const entries = interopEntries.map((e) => [e.slug, e] as const);

describe('gallery pages of the imported schedules', () => {
  it('has one page per imported schedule, all in the catalog', () => {
    expect(interopEntries.map((e) => e.slug).sort()).toEqual(Object.keys(DEFAULT_INPUTS).sort());
    const slugs = galleryEntries.map((e) => e.slug);
    for (const entry of interopEntries)
      expect(slugs.filter((s) => s === entry.slug)).toHaveLength(1);
  });

  it.each(entries)(
    '%s: the default chart is the importer’s curve of the library input',
    (slug, entry) => {
      const values = defaultValues(entry);
      const input = DEFAULT_INPUTS[slug];
      const reference = importerCurve(entry, builderFromInput(slug, input), values);
      const page = pageCurve(entry, values);
      expectSameCurve(page.lr, reference.lr, `${slug} lr`);
      if (page.momentum) expectSameCurve(page.momentum, reference.momentum!, `${slug} momentum`);
      else expect(reference.momentum, `${slug}: momentum is not plotted`).toBeNull();
      expect(shownInput(entry, values), `${slug}: the code shows that input`).toEqual(input);
    },
  );

  it.each(entries)('%s: every control’s default, and every choice, is accepted', (slug, entry) => {
    const values = defaultValues(entry);
    for (const control of entry.options) {
      const value = values[control.key];
      if (typeof value === 'number') {
        if (control.min !== undefined)
          expect(value, control.key).toBeGreaterThanOrEqual(control.min);
        if (control.max !== undefined) expect(value, control.key).toBeLessThanOrEqual(control.max);
      }
      const variants =
        control.kind === 'select'
          ? (control.choices ?? [])
          : control.kind === 'boolean'
            ? [true, false]
            : [value!];
      if (control.kind === 'select') expect(control.choices, control.key).toContain(value);
      for (const variant of variants) {
        const changed = { ...values, [control.key]: variant };
        const page = pageCurve(entry, changed);
        const reference = importerCurve(entry, interopBuilderOf(slug, changed)!, changed);
        expectSameCurve(page.lr, reference.lr, `${slug} with ${control.key}=${String(variant)}`);
        for (const lrs of page.lr) for (const lr of lrs) expect(Number.isFinite(lr)).toBe(true);
      }
    }
  });
});

describe('what the pages show of each library’s rule', () => {
  const curveOf = (slug: string, changes: OptionValues = {}) => {
    const entry = interopEntries.find((e) => e.slug === slug)!;
    return pageCurve(entry, { ...defaultValues(entry), ...changes });
  };

  it('timm MultiStep decays one epoch before torch’s milestones (bisect_right(decay_t, t + 1))', () => {
    const lr = curveOf('timm-multistep', { warmup_t: 0 }).lr[0]!;
    // torch's MultiStepLR with milestones [30, 60, 80] first decays at epoch 30; timm at 29.
    expect(lr[28]).toBe(0.1);
    expect(lr[29]).toBeCloseTo(0.1 * 0.3, 15);
    expect(lr[59]).toBeCloseTo(0.1 * 0.3 ** 2, 15);
  });

  it('timm Step counts its decays after a prefix warmup, or from 0 without one', () => {
    const prefix = curveOf('timm-step').lr[0]!;
    const overlaid = curveOf('timm-step', { warmup_prefix: false }).lr[0]!;
    expect(prefix[34]).toBe(0.1);
    expect(prefix[35]).toBeCloseTo(0.05, 15);
    expect(overlaid[29]).toBe(0.1);
    expect(overlaid[30]).toBeCloseTo(0.05, 15);
    expect(prefix[0]).toBe(1e-4);
  });

  it('timm Plateau warms up to warmup_t, then cuts on the stalling accuracy (mode max)', () => {
    const curve = curveOf('timm-plateau');
    const lr = curve.lr[0]!;
    expect(lr[5]).toBeCloseTo(0.1, 15);
    expect(Math.min(...lr.slice(5))).toBeLessThan(0.1);
    for (let t = 6; t < lr.length; t++) expect(lr[t]).toBeLessThanOrEqual(lr[t - 1]!);
    expect(curve.metric![40]).toBeGreaterThan(curve.metric![0]!);
  });

  it('DeepSpeed WarmupCosineLR zeroes only the first group at construction', () => {
    const lr = curveOf('deepspeed-warmup-cosine-lr').lr;
    expect(lr[0]![0]).toBe(0);
    expect(lr[1]![0]).toBe(0.05);
  });

  it('DeepSpeed OneCycle peaks after the first step size, with beta1 at its lowest', () => {
    const curve = curveOf('deepspeed-one-cycle');
    expect(curve.lr[0]![30]).toBeCloseTo(0.01, 15);
    expect(curve.momentum![0]![30]).toBeCloseTo(0.85, 15);
    expect(curve.momentum![0]![0]).toBe(0.85);
    // After the cycle the lr decays below cycle_min_lr.
    expect(curve.lr[0]![99]).toBeLessThan(0.001);
    expect(curveOf('deepspeed-one-cycle', { cycle_momentum: false }).momentum).toBeNull();
  });

  it('DeepSpeed WarmupLR is logarithmic by default, linear on request', () => {
    const log = curveOf('deepspeed-warmup-lr').lr[0]!;
    const linear = curveOf('deepspeed-warmup-lr', { warmup_type: 'linear' }).lr[0]!;
    expect(log[11]).toBeCloseTo((0.001 * Math.log(11)) / Math.log(40), 15);
    expect(linear[11]).toBeCloseTo((0.001 * 10) / 40, 15);
  });

  it('Megatron and torchtitan pages are specs of their closed forms; SWALR a spec too', () => {
    const spec = (slug: string) => interopEntries.find((e) => e.slug === slug)!.spec!;
    const megatron = interopEntries.find((e) => e.slug === 'megatron-wsd')!;
    expect(spec('megatron-wsd')(defaultValues(megatron), 2)).toMatchObject({
      type: 'megatron',
      decayStyle: 'WSD',
      wsdDecayStyle: 'minus_sqrt',
    });
    const titan = curveOf('torchtitan-lr-scheduler');
    expect(titan.lr[0]![0]).toBeCloseTo(0.1 / 10, 15);
    expect(titan.lr[1]![0]).toBeCloseTo(0.05 / 10, 15);
    const swalr = curveOf('swalr').lr;
    expect(swalr[0]![25]).toBeCloseTo(0.01, 15);
    expect(swalr[1]![25]).toBeCloseTo(0.01, 15);
  });
});

describe('the formulas of the imported-schedule pages', () => {
  /** The page template typesets `$$formula$$` with markdown-it-mathjax3 at build time. */
  function typeset(tex: string): string {
    const require = createRequire(import.meta.url);
    const plugin = require.resolve('markdown-it-mathjax3');
    const MarkdownIt = require(require.resolve('markdown-it', { paths: [plugin] }));
    return new MarkdownIt().use(require(plugin)).render(`$$${tex}$$`) as string;
  }

  /** MathJax draws an unknown macro in red and a malformed formula as an merror node. */
  const failed = (html: string) => html.includes('fill="red"') || html.includes('"merror"');

  it('typeset without a TeX error (an unknown macro or a missing brace is caught)', () => {
    expect(failed(typeset('\\unknownmacro{x}'))).toBe(true);
    expect(failed(typeset('\\frac{a}{b'))).toBe(true);
    expect(failed(typeset('\\frac{a}{b}'))).toBe(false);
    for (const entry of interopEntries) {
      const html = typeset(entry.formula);
      expect(html, entry.slug).toContain('<svg');
      expect(failed(html), `${entry.slug}: ${entry.formula}`).toBe(false);
    }
  }, 60_000);
});
