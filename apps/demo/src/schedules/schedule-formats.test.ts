import { InvalidArgumentError } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  FORMAT_SHAPES,
  SCHEDULE_FORMATS,
  type ScheduleFormat,
} from './schedule-formats';

/** The JSON example each shape line shows (from its first "{" to its last "}"). */
function exampleOf(format: ScheduleFormat): unknown {
  const line = FORMAT_SHAPES[format];
  return JSON.parse(line.slice(line.indexOf('{'), line.lastIndexOf('}') + 1));
}

describe('detectFormat', () => {
  it('recognizes the example of every shape it lists as that shape', () => {
    for (const format of SCHEDULE_FORMATS) {
      if (format === 'deepspeed') continue; // Its line shows the section without a full example.
      expect(detectFormat(exampleOf(format), 'file.json'), format).toBe(format);
    }
  });

  it('tells torch and timm configs apart by the class name, and DeepSpeed from specs by type', () => {
    const cases: [unknown, ScheduleFormat][] = [
      [{ scheduler: 'StepLR', kwargs: { step_size: 3 } }, 'torch'],
      [{ scheduler: 'SWALR', kwargs: { swa_lr: 0.01 } }, 'torch'],
      [{ scheduler: 'WSDLRScheduler', kwargs: { t_initial: 10 } }, 'timm'],
      [{ scheduler: 'PlateauLRScheduler' }, 'timm'],
      [{ type: 'WarmupLR' }, 'deepspeed'],
      [{ type: 'StepLR', params: { step_size: 3 } }, 'deepspeed'],
      [{ type: 'StepLR', stepSize: 3 }, 'spec'],
      [{ version: 1, type: 'OneCycle', maxLr: 1 }, 'spec'],
      [{ train_batch_size: 8, scheduler: { type: 'OneCycle', params: {} } }, 'deepspeed'],
      [{ name: 'linear', num_training_steps: 10 }, 'hf'],
      [{ lr_scheduler_type: 'cosine', warmup_steps: 5, max_steps: 50 }, 'hf-training-arguments'],
      [{ sched: 'step', min_lr: 0.01 }, 'timm-args'],
      [{ init_lr: 0, min_lr: 0.01, lr_warmup_steps: 2 }, 'megatron'],
      [{ warmup_steps: 5, lr_min: 0.1, training_steps: 9 }, 'torchtitan'],
    ];
    for (const [json, format] of cases)
      expect(detectFormat(json, 'f'), JSON.stringify(json)).toBe(format);
  });

  it('refuses objects that fit no shape or several, listing the shapes', () => {
    const lightningDict = { scheduler: { class_path: 'StepLR' }, interval: 'step', name: 'lr' };
    for (const json of [
      {},
      { warmup_steps: 5 },
      { min_lr: 0.1 },
      [],
      null,
      3,
      'cosine',
      lightningDict,
    ]) {
      const error = (() => {
        try {
          detectFormat(json, 'plan.json');
        } catch (e) {
          return e;
        }
      })();
      expect(InvalidArgumentError.isInstance(error), JSON.stringify(json)).toBe(true);
      expect((error as InvalidArgumentError).parameter).toBe('plan.json');
      for (const format of SCHEDULE_FORMATS) {
        expect((error as Error).message).toContain(`\n  ${format}: `);
      }
    }
    expect(() => detectFormat({ class_path: 'x', _target_: 'y' }, 'f')).toThrow(
      /its keys fit lightning and hydra/,
    );
    expect(() => detectFormat({ type: 'StepLR', name: 'cosine' }, 'f')).toThrow(
      /its keys fit hf and spec|its keys fit spec and hf/,
    );
  });
});
