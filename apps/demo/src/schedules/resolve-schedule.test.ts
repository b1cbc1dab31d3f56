import { fromTorch, InvalidArgumentError, LrkitError, preview } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, preset } from './presets';
import { parseScheduleJson, parseScheduleText, resolveSchedule } from './resolve-schedule';
import { runnerEntry } from './schedule-choice';
import { scheduleCurve } from './schedule-curve';

const plan = { epochs: 20, stepsPerEpoch: 8, baseLr: 0.05 };

describe('presets', () => {
  it('are specs the core builds, stepped when PyTorch users step them', () => {
    for (const name of PRESET_NAMES) {
      const choice = preset(name, plan);
      const entry = runnerEntry(choice, {
        paramGroups: [{ lr: plan.baseLr, betas: [0.9, 0.999] }],
      });
      expect(entry === null).toBe(name === 'constant');
    }
    expect(preset('warmup-cosine', plan).interval).toBe('step');
    expect(preset('one-cycle', plan).interval).toBe('step');
    expect(preset('plateau', plan)).toMatchObject({ interval: 'epoch', monitor: 'val_loss' });
  });

  it('warmup + cosine: the spec gives the trace of the PyTorch config it was written as', () => {
    const total = plan.epochs * plan.stepsPerEpoch;
    const warmup = Math.round(total * 0.05);
    const group = { lr: plan.baseLr };
    const torch = fromTorch(
      { paramGroups: [group] },
      {
        scheduler: 'SequentialLR',
        kwargs: {
          schedulers: [
            { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: warmup } },
            {
              scheduler: 'CosineAnnealingLR',
              kwargs: { T_max: total - warmup, eta_min: plan.baseLr * 0.01 },
            },
          ],
          milestones: [warmup],
        },
      },
    );
    const expected: number[] = [];
    for (let i = 0; i < total; i++) {
      expected.push(group.lr);
      torch.step();
    }
    const curve = scheduleCurve(preset('warmup-cosine', plan), {
      steps: total,
      baseLr: plan.baseLr,
    });
    expect(curve).toHaveLength(total);
    curve.forEach((lr, i) => {
      expect(lr).toBeCloseTo(expected[i] as number, 12);
    });
    expect(Math.max(...curve)).toBeCloseTo(plan.baseLr, 12);
  });

  it('one-cycle peaks at the base lr and ends near zero', () => {
    const curve = scheduleCurve(preset('one-cycle', plan), { steps: 160, baseLr: plan.baseLr });
    expect(Math.max(...curve)).toBeCloseTo(plan.baseLr, 12);
    expect(curve.at(-1)).toBeLessThan(plan.baseLr / 1000);
  });
});

describe('resolveSchedule', () => {
  it('reads PyTorch text, lrkit specs and PyTorch JSON configs to the same curve', () => {
    const fromText = resolveSchedule(parseScheduleText('StepLR(step_size=5, gamma=0.5)'), plan);
    const fromSpec = resolveSchedule(
      parseScheduleJson({ version: 1, type: 'StepLR', stepSize: 5, gamma: 0.5 }, 'file'),
      plan,
    );
    const fromJson = resolveSchedule(
      parseScheduleJson({ scheduler: 'StepLR', kwargs: { step_size: 5, gamma: 0.5 } }, 'file'),
      plan,
    );
    const expected = preview(
      { version: 1, type: 'StepLR', stepSize: 5, gamma: 0.5 },
      { steps: 20, baseLrs: [0.1] },
    ).lr[0];
    for (const choice of [fromText, fromSpec, fromJson]) {
      expect(choice.name).toBe('step-lr');
      expect(choice.interval).toBe('epoch');
      expect(scheduleCurve(choice, { steps: 20, baseLr: 0.1 })).toEqual(expected);
    }
    expect(
      resolveSchedule(parseScheduleText('{"version":1,"type":"StepLR","stepSize":5}'), plan).spec,
    ).toMatchObject({ stepSize: 5 });
  });

  it('steps ReduceLROnPlateau per epoch on val_loss whatever the interval asked', () => {
    const choice = resolveSchedule(
      parseScheduleText('ReduceLROnPlateau(patience=1)'),
      plan,
      'step',
    );
    expect(choice).toMatchObject({
      name: 'reduce-lr-on-plateau',
      interval: 'epoch',
      monitor: 'val_loss',
    });
  });

  it('rejects bad schedules with the core error before training', () => {
    expect(() => parseScheduleText('cosine please')).toThrow(InvalidArgumentError);
    expect(() => resolveSchedule(parseScheduleText('NoSuchLR(x=1)'), plan)).toThrow(LrkitError);
    expect(() => resolveSchedule(parseScheduleText('CosineAnnealingLR(T_max=0)'), plan)).toThrow(
      /T_max|tMax/,
    );
    expect(() =>
      resolveSchedule(
        parseScheduleJson({ version: 1, type: 'StepLR', stepSize: -1 }, 'file'),
        plan,
      ),
    ).toThrow(/stepSize/);
    expect(() => parseScheduleJson([1, 2], 'file.json')).toThrow(/file\.json/);
  });
});
