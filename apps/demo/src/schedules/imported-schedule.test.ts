import { LrkitError } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { assertTrainable, importedChoice } from './imported-schedule';
import { parseScheduleJson, resolveSchedule } from './resolve-schedule';

const plan = { epochs: 10, stepsPerEpoch: 1, baseLr: 0.1 };

/** What a source resolves to, or the error it throws. */
function outcome(json: unknown): unknown {
  try {
    return resolveSchedule(parseScheduleJson(json, 'hostile.json'), plan, 'step');
  } catch (error) {
    return error;
  }
}

describe('imported schedule files', () => {
  it('refuses hostile files with an lrkit error naming what is wrong, never a TypeError', () => {
    const hostile: unknown[] = [
      { type: 'constructor', params: {} },
      { type: '__proto__', params: {} },
      { type: 'WarmupLR', params: [] },
      { train_batch_size: 1, scheduler: { type: 'toString' } },
      { scheduler: 'toString', kwargs: {} },
      { scheduler: 'CosineLRScheduler', kwargs: { t_initial: 'many' } },
      { scheduler: 'CosineLRScheduler', kwargs: null, extra: 1 },
      { name: 'hasOwnProperty', num_training_steps: 10 },
      { lr_scheduler_type: 'cosine', max_steps: Number.MAX_VALUE, warmup_ratio: 2 },
      { sched: 'cosine', num_epochs: -1 },
      { class_name: 'CosineDecay', config: { initial_learning_rate: 'x', decay_steps: 1 } },
      { class_name: 'Object', config: {} },
      { class_path: 'os.system', init_args: { command: 'true' } },
      { _target_: 'subprocess.run', args: ['true'] },
      { _target_: 'torch.optim.lr_scheduler.StepLR', step_size: 0 },
      { init_lr: 0, max_lr: 'x', min_lr: 0, lr_decay_style: 'cosine' },
      { warmup_steps: 1, decay_type: 'exp', training_steps: 10 },
    ];
    for (const json of hostile) {
      const result = outcome(json);
      expect(LrkitError.isInstance(result), `${JSON.stringify(json)} → ${String(result)}`).toBe(
        true,
      );
    }
  });

  it('keeps a spec for formats that have one, and a curve only for those that do not', () => {
    const withSpec = importedChoice(
      'megatron',
      {
        init_lr: 0,
        max_lr: 0.1,
        min_lr: 0.01,
        lr_warmup_steps: 2,
        lr_decay_steps: 8,
        lr_decay_style: 'linear',
      },
      'epoch',
    );
    expect(withSpec.spec?.type).toBe('megatron');
    expect(withSpec.curve).toBeUndefined();
    expect(withSpec.interval).toBe('epoch');
    expect(() => assertTrainable(withSpec)).not.toThrow();
    const timm = importedChoice('timm-args', { sched: 'tanh', num_epochs: 8 }, 'epoch');
    expect(timm.spec).toBeNull();
    expect(timm.curve?.({ steps: 5, baseLr: 0.2 })).toHaveLength(5);
    expect(timm.curve?.({ steps: 5, baseLr: 0.2 })[0]).toBe(0.2);
    expect(() => assertTrainable(timm)).toThrow(/must have an lrkit spec to train with/);
  });
});
