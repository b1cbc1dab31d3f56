import { describe, expect, it } from 'vitest';
import { closeTo, groupsOf, traces } from '../../../test/support/hf-timm-traces';
import { InvalidArgumentError } from '../../errors/invalid-argument-error';
import { fromHf, type HfSchedulerConfig } from './from-hf';
import { fromHfTrainingArguments } from './from-hf-training-arguments';

// Oracle: test/fixtures/hf-timm-traces.json, recorded from huggingface/transformers
// src/transformers/optimization.py at 005edacb6b5dabbf0843e92c6623de9e07ca6241 on torch 1.13
// (every case, construction lr included). The rules of get_scheduler and of the Trainer's
// TrainingArguments.get_warmup_steps (src/transformers/training_args.py at 00349ae87edd) are
// checked below against values derived from that source.

const hfCases = traces.cases.filter((c) => c.library === 'transformers');

function sgd(lrs: number[], lr = lrs[0]!) {
  return { paramGroups: lrs.map((l) => ({ lr: l })), defaults: { lr } };
}

function trace(
  config: HfSchedulerConfig,
  lrs: number[],
  steps: number,
  defaults?: number,
): number[][] {
  const optimizer = sgd(lrs, defaults);
  const scheduler = fromHf(optimizer, config);
  const seen = [optimizer.paramGroups.map((g) => g.lr)];
  for (let i = 0; i < steps; i++) {
    scheduler.step();
    seen.push(optimizer.paramGroups.map((g) => g.lr));
  }
  return seen;
}

function thrown(fn: () => unknown): InvalidArgumentError {
  try {
    fn();
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('fromHf reproduces the recorded transformers traces', () => {
  it('covers every transformers case of the trace file', () => {
    expect(hfCases.length).toBe(7);
  });

  it.each(hfCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const optimizer = { paramGroups: groupsOf(c), defaults: { lr: c.optimizer.lr } };
    const config = c.kwargs as unknown as HfSchedulerConfig;
    if (c.error) {
      const error = thrown(() => fromHf(optimizer, config));
      expect(error.parameter).toBe('scheduler_specific_kwargs.min_lr');
      expect(optimizer.paramGroups).toEqual(groupsOf(c));
      return;
    }
    const seen = trace(
      config,
      c.groups.map((g) => g.lr!),
      c.steps,
      c.optimizer.lr,
    );
    expect(seen.length).toBe(c.lrs.length);
    c.lrs.forEach((row, i) => {
      row.forEach((lr, g) => {
        if (!closeTo(seen[i]![g]!, lr))
          expect.fail(`lrs[${i}][${g}]: expected ${lr}, got ${seen[i]![g]}`);
      });
    });
  });
});

describe("fromHf follows get_scheduler's dispatch", () => {
  it("'constant' ignores every other argument, even ones its peers reject", () => {
    const seen = trace(
      { name: 'constant', num_warmup_steps: null, scheduler_specific_kwargs: { bogus: 1 } },
      [0.1, 0.01],
      3,
    );
    expect(seen).toEqual([
      [0.1, 0.01],
      [0.1, 0.01],
      [0.1, 0.01],
      [0.1, 0.01],
    ]);
  });

  it("'constant_with_warmup' and 'inverse_sqrt' need only num_warmup_steps and ignore the kwargs", () => {
    const a = trace(
      {
        name: 'constant_with_warmup',
        num_warmup_steps: 4,
        num_training_steps: null,
        scheduler_specific_kwargs: { x: 1 },
      },
      [0.1],
      5,
    );
    expect(a.map((r) => r[0])).toEqual([0, 0.1 * 0.25, 0.1 * 0.5, 0.1 * 0.75, 0.1, 0.1]);
    // timescale defaults to num_warmup_steps: 1/sqrt((t + shift) / timescale) with shift 0.
    const b = trace({ name: 'inverse_sqrt', num_warmup_steps: 2 }, [1], 4);
    expect(b.map((r) => r[0])).toEqual([
      0,
      0.5,
      1 / Math.sqrt(2 / 2),
      1 / Math.sqrt(3 / 2),
      1 / Math.sqrt(4 / 2),
    ]);
  });

  it("'reduce_lr_on_plateau' builds torch's ReduceLROnPlateau from the kwargs, warmup or not", () => {
    const optimizer = sgd([0.1]);
    const scheduler = fromHf(optimizer, {
      name: 'reduce_lr_on_plateau',
      scheduler_specific_kwargs: { patience: 0, factor: 0.5 },
    });
    scheduler.step(1);
    scheduler.step(1);
    expect(optimizer.paramGroups[0]!.lr).toBe(0.05);
    expect(
      thrown(() =>
        fromHf(sgd([0.1]), {
          name: 'reduce_lr_on_plateau',
          scheduler_specific_kwargs: { factor: 2 },
        }),
      ).parameter,
    ).toContain('factor');
  });

  it("'warmup_stable_decay' goes without num_training_steps when num_stable_steps is given", () => {
    const seen = trace(
      {
        name: 'warmup_stable_decay',
        num_warmup_steps: 2,
        num_training_steps: null,
        scheduler_specific_kwargs: {
          num_decay_steps: 2,
          num_stable_steps: 1,
          decay_type: 'linear',
        },
      },
      [1],
      6,
    );
    expect(seen.map((r) => r[0])).toEqual([0, 0.5, 1, 1, 0.5, 0, 0]);
  });

  it('polynomial and min_lr read optimizer.defaults.lr, as transformers reads defaults["lr"]', () => {
    // lr_end 0.001 over 4 steps, power 1, lr_init 0.1 from the defaults, group lr 0.2.
    const seen = trace(
      {
        name: 'polynomial',
        num_warmup_steps: 0,
        num_training_steps: 4,
        scheduler_specific_kwargs: { lr_end: 0.001 },
      },
      [0.2],
      5,
      0.1,
    );
    const factor = (t: number) => ((0.1 - 0.001) * (1 - t / 4) + 0.001) / 0.1;
    // Past num_training_steps the multiplier is lr_end / lr_init.
    seen.forEach((row, t) => {
      expect(closeTo(row[0]!, 0.2 * (t > 4 ? 0.001 / 0.1 : factor(t)))).toBe(true);
    });
    const noDefaults = { paramGroups: [{ lr: 0.1 }] };
    expect(
      thrown(() =>
        fromHf(noDefaults, { name: 'polynomial', num_warmup_steps: 0, num_training_steps: 4 }),
      ).parameter,
    ).toBe('optimizer.defaults.lr');
    expect(noDefaults.paramGroups).toEqual([{ lr: 0.1 }]);
    expect(
      thrown(() =>
        fromHf(sgd([0.1], 0.001), {
          name: 'polynomial',
          num_warmup_steps: 0,
          num_training_steps: 4,
          scheduler_specific_kwargs: { lr_end: 0.01 },
        }),
      ).parameter,
    ).toBe('scheduler_specific_kwargs.lr_end');
  });

  it('raises where transformers raises, naming its argument, before touching the groups', () => {
    const cases: [HfSchedulerConfig, string][] = [
      [{ name: 'cosine_annealing' as never }, 'name'],
      [{ name: 'linear', num_training_steps: 10 }, 'num_warmup_steps'],
      [{ name: 'linear', num_warmup_steps: 1, num_training_steps: null }, 'num_training_steps'],
      [{ name: 'cosine', num_warmup_steps: 1 }, 'num_training_steps'],
      [
        {
          name: 'cosine',
          num_warmup_steps: 1,
          num_training_steps: 10,
          scheduler_specific_kwargs: { numCycles: 2 },
        },
        'scheduler_specific_kwargs.numCycles',
      ],
      [
        {
          name: 'linear',
          num_warmup_steps: 1,
          num_training_steps: 10,
          scheduler_specific_kwargs: { num_cycles: 2 },
        },
        'scheduler_specific_kwargs.num_cycles',
      ],
      [
        { name: 'cosine_with_min_lr', num_warmup_steps: 1, num_training_steps: 10 },
        'scheduler_specific_kwargs.min_lr_rate',
      ],
      [
        {
          name: 'warmup_stable_decay',
          num_warmup_steps: 1,
          scheduler_specific_kwargs: { num_decay_steps: 2 },
        },
        'num_training_steps',
      ],
      [
        {
          name: 'warmup_stable_decay',
          num_warmup_steps: 1,
          num_training_steps: 10,
          scheduler_specific_kwargs: { num_decay_steps: 2, warmup_type: 'exp' },
        },
        'scheduler_specific_kwargs.warmup_type',
      ],
    ];
    for (const [config, parameter] of cases) {
      const optimizer = sgd([0.1, 0.01]);
      expect(thrown(() => fromHf(optimizer, config)).parameter).toBe(parameter);
      expect(optimizer.paramGroups).toEqual([{ lr: 0.1 }, { lr: 0.01 }]);
    }
  });

  it('takes Python None (null) for the optional kwargs, with their defaults', () => {
    const a = trace(
      {
        name: 'cosine_with_min_lr',
        num_warmup_steps: 0,
        num_training_steps: 4,
        scheduler_specific_kwargs: { min_lr: null, min_lr_rate: 0.1 },
      },
      [1],
      4,
    );
    const b = trace(
      {
        name: 'cosine_with_min_lr',
        num_warmup_steps: 0,
        num_training_steps: 4,
        scheduler_specific_kwargs: { min_lr_rate: 0.1 },
      },
      [1],
      4,
    );
    expect(a).toEqual(b);
    expect(a[4]![0]).toBeCloseTo(0.1, 15);
  });
});

describe('fromHfTrainingArguments resolves the Trainer arguments', () => {
  it('max_steps wins over epochs; warmup_steps ≥ 1 is a count, below 1 a ratio (ceil)', () => {
    const r = fromHfTrainingArguments(sgd([0.1]), {
      max_steps: 50,
      num_train_epochs: 9,
      warmup_steps: 0.05,
    });
    expect([r.numTrainingSteps, r.numWarmupSteps]).toEqual([50, 3]);
    const s = fromHfTrainingArguments(sgd([0.1]), {
      num_train_epochs: 2.5,
      num_update_steps_per_epoch: 7,
      warmup_steps: 4.7,
    });
    expect([s.numTrainingSteps, s.numWarmupSteps]).toEqual([18, 4]);
    const t = fromHfTrainingArguments(sgd([0.1]), {
      num_update_steps_per_epoch: 10,
      warmup_ratio: 0.1,
    });
    expect([t.numTrainingSteps, t.numWarmupSteps]).toEqual([30, 3]);
  });

  it('builds the same scheduler as get_scheduler with the resolved counts, kwargs from JSON text', () => {
    const optimizer = sgd([0.1]);
    const { scheduler } = fromHfTrainingArguments(optimizer, {
      lr_scheduler_type: 'cosine_with_restarts',
      lr_scheduler_kwargs: '{"num_cycles": "3"}',
      max_steps: 40,
      warmup_steps: 0.1,
    });
    const expected = trace(
      {
        name: 'cosine_with_restarts',
        num_warmup_steps: 4,
        num_training_steps: 40,
        scheduler_specific_kwargs: { num_cycles: 3 },
      },
      [0.1],
      40,
    );
    const seen = [[optimizer.paramGroups[0]!.lr]];
    for (let i = 0; i < 40; i++) {
      scheduler.step();
      seen.push([optimizer.paramGroups[0]!.lr]);
    }
    expect(seen).toEqual(expected);
  });

  it('rejects what the Trainer cannot resolve', () => {
    expect(thrown(() => fromHfTrainingArguments(sgd([0.1]), {})).parameter).toBe(
      'num_update_steps_per_epoch',
    );
    expect(
      thrown(() => fromHfTrainingArguments(sgd([0.1]), { max_steps: 10, warmup_ratio: 2 }))
        .parameter,
    ).toBe('warmup_ratio');
    expect(
      thrown(() =>
        fromHfTrainingArguments(sgd([0.1]), { max_steps: 10, lr_scheduler_kwargs: '{oops' }),
      ).parameter,
    ).toBe('lr_scheduler_kwargs');
    expect(
      thrown(() =>
        fromHfTrainingArguments(sgd([0.1]), { max_steps: 10, learning_rate: 1 } as never),
      ).parameter,
    ).toBe('learning_rate');
  });
});

describe('hostile names are data, never prototype lookups', () => {
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`scheduler_specific_kwargs '${key}' is refused as an unknown argument`, () => {
      const optimizer = sgd([0.1]);
      const kwargs = JSON.parse(`{"${key}": 1}`) as Record<string, unknown>;
      const config = {
        name: 'cosine',
        num_warmup_steps: 1,
        num_training_steps: 10,
        scheduler_specific_kwargs: kwargs,
      } as const;
      expect(thrown(() => fromHf(optimizer, config)).parameter).toBe(
        `scheduler_specific_kwargs.${key}`,
      );
      const text = JSON.stringify(kwargs);
      expect(
        thrown(() =>
          fromHfTrainingArguments(optimizer, {
            max_steps: 10,
            lr_scheduler_type: 'cosine',
            lr_scheduler_kwargs: text,
          }),
        ).parameter,
      ).toBe(`scheduler_specific_kwargs.${key}`);
      expect(optimizer.paramGroups).toEqual([{ lr: 0.1 }]);
    });
  }

  it("a name such as 'constructor' is not a SchedulerType", () => {
    expect(thrown(() => fromHf(sgd([0.1]), { name: 'constructor' as never })).parameter).toBe(
      'name',
    );
  });
});
