import { describe, expect, it } from 'vitest';
import {
  fromSpec,
  fromTorch,
  InvalidArgumentError,
  LIMITS,
  parseTorchString,
  preview,
  scheduleFromSpec,
} from '../src/index';
import { sgd, snapshot, thrown } from './helpers';

function invalidAt(fn: () => unknown, parameter: string): InvalidArgumentError {
  const error = thrown(fn) as InvalidArgumentError;
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect(error.parameter).toBe(parameter);
  return error;
}

/** A SequentialLR spec nested `depth` times (each level holds the next as its first child). */
function deepSequential(depth: number): Record<string, unknown> {
  let spec: Record<string, unknown> = { type: 'StepLR', stepSize: 2 };
  for (let i = 0; i < depth; i++) {
    spec = {
      type: 'SequentialLR',
      schedulers: [spec, { type: 'StepLR', stepSize: 2 }],
      milestones: [3],
    };
  }
  return spec;
}

describe('limits instead of crashes', () => {
  it('preview refuses more than LIMITS.maxPreviewSteps points (1e9 would exhaust memory)', () => {
    const error = invalidAt(
      () => preview({ version: 1, type: 'StepLR', stepSize: 2 }, { steps: 1e9 }),
      'steps',
    );
    expect(error.message).toContain(String(LIMITS.maxPreviewSteps));
  });

  it('parseTorchString refuses deep nesting and over-long sources with a typed error', () => {
    const brackets = `StepLR(step_size=${'['.repeat(100_000)}`;
    expect(() => parseTorchString(brackets)).toThrow(InvalidArgumentError);
    const deep = `MultiStepLR(milestones=${'['.repeat(LIMITS.maxNestingDepth + 1)}1${']'.repeat(LIMITS.maxNestingDepth + 1)})`;
    expect(() => parseTorchString(deep)).toThrow(/LIMITS.maxNestingDepth/);
    expect(() => parseTorchString(`StepLR(step_size=${'-'.repeat(50_000)}1)`)).toThrow(
      InvalidArgumentError,
    );
    invalidAt(
      () => parseTorchString(`StepLR(step_size=1${' '.repeat(LIMITS.maxSourceLength)})`),
      'source',
    );
  });

  it('a 3000-deep SequentialLR spec or fromTorch config is refused, the optimizer untouched', () => {
    const o = sgd(1);
    const before = snapshot(o);
    invalidAt(() => fromSpec(o, { version: 1, ...deepSequential(3000) }), 'spec');
    let config: Record<string, unknown> = { scheduler: 'StepLR', kwargs: { step_size: 2 } };
    for (let i = 0; i < 3000; i++) {
      config = { scheduler: 'SequentialLR', kwargs: { schedulers: [config], milestones: [] } };
    }
    invalidAt(() => fromTorch(o, config as never), 'config');
    expect(snapshot(o)).toStrictEqual(before);
  });

  it('closed-form specs nested beyond the limit are refused', () => {
    let spec: Record<string, unknown> = { type: 'constant', lr: 1 };
    for (let i = 0; i < 1000; i++) spec = { type: 'warmup', warmupSteps: 1, schedule: spec };
    invalidAt(() => scheduleFromSpec(spec), 'spec');
  });

  it('nesting within the limit still builds', () => {
    let spec: Record<string, unknown> = { type: 'constant', lr: 1 };
    for (let i = 0; i < 10; i++) spec = { type: 'warmup', warmupSteps: 1, schedule: spec };
    expect(scheduleFromSpec(spec).lrAt(20)).toBe(1);
    const s = fromSpec(sgd(1), { version: 1, ...deepSequential(1) });
    s.step();
    expect(s.getLastLr()).toHaveLength(1);
  });
});
