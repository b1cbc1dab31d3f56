import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { cosineSchedule } from './cosine';
import { joinSchedules } from './join';
import { linearSchedule } from './linear';
import { scheduleFromSpec, scheduleTypes } from './registry';
import { warmupSchedule } from './warmup';

function errorOf(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidArgumentError');
}

const nested = {
  type: 'join',
  boundaries: [10],
  schedules: [
    { type: 'constant', lr: 0.1 },
    {
      type: 'warmup',
      warmupSteps: 5,
      startLr: 0,
      shape: 'linear',
      prefix: true,
      schedule: { type: 'cosine', peakLr: 0.1, minLr: 0, decaySteps: 50, exponent: 1 },
    },
  ],
};

describe('scheduleFromSpec', () => {
  it('rebuilds a nested spec with the same spec and values', () => {
    const schedule = scheduleFromSpec({ version: 1, ...nested });
    expect(schedule.spec).toEqual(nested);
    const direct = joinSchedules({
      boundaries: [10],
      schedules: [
        linearSchedule({ startLr: 0.1, endLr: 0.1, transitionSteps: 1 }),
        warmupSchedule({
          warmupSteps: 5,
          schedule: cosineSchedule({ peakLr: 0.1, decaySteps: 50 }),
        }),
      ],
    });
    for (let t = 0; t < 80; t++) expect(schedule.lrAt(t)).toBe(direct.lrAt(t));
  });

  it('names the path of a wrong-typed nested field', () => {
    const bad = structuredClone(nested) as typeof nested;
    (bad.schedules[1] as Record<string, unknown>).warmupSteps = 'five';
    const error = errorOf(() => scheduleFromSpec(bad));
    expect(error.parameter).toBe('schedules[1].warmupSteps');
    expect(error.value).toBe('five');
    expect(errorOf(() => scheduleFromSpec(bad, 'schedulers[2]')).parameter).toBe(
      'schedulers[2].schedules[1].warmupSteps',
    );
  });

  it('names the path of a missing field deep inside', () => {
    const bad = structuredClone(nested) as typeof nested;
    delete (bad.schedules[1]!.schedule as Record<string, unknown>).decaySteps;
    expect(errorOf(() => scheduleFromSpec(bad)).parameter).toBe('schedules[1].schedule.decaySteps');
  });

  it('rejects an unknown type, listing the valid ones', () => {
    const error = errorOf(() => scheduleFromSpec({ type: 'cosin', peakLr: 1 }));
    expect(error.parameter).toBe('type');
    for (const type of scheduleTypes()) expect(error.expected).toContain(type);
  });

  it('rejects unknown fields and functions', () => {
    expect(errorOf(() => scheduleFromSpec({ type: 'constant', lr: 1, lrr: 2 })).parameter).toBe(
      'lrr',
    );
    const withFunction = { type: 'constant', lr: () => 1 };
    const error = errorOf(() => scheduleFromSpec(withFunction, 'schedulers[0]'));
    expect(error.parameter).toBe('schedulers[0].lr');
    expect(error.expected).toContain('not serializable');
  });

  it('accepts a version only at the top level', () => {
    expect(errorOf(() => scheduleFromSpec({ version: 2, type: 'constant', lr: 1 })).parameter).toBe(
      'version',
    );
    expect(
      errorOf(() => scheduleFromSpec({ type: 'constant', lr: 1, version: 1 }, 'schedule'))
        .parameter,
    ).toBe('schedule.version');
  });

  it('rejects a nested schedule that is not a spec', () => {
    const error = errorOf(() => scheduleFromSpec({ type: 'warmup', warmupSteps: 3, schedule: 5 }));
    expect(error.parameter).toBe('schedule');
  });
});
