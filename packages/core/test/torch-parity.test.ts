import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fromTorch,
  type Optimizer,
  type ParamGroup,
  ScheduleExhaustedError,
  type Scheduler,
} from '../src/index';

interface TraceCase {
  name: string;
  scheduler: string;
  kwargs: Record<string, unknown>;
  groups: { lr: number }[];
  steps: number;
  lambdas: Record<string, string>;
  lrs: number[][];
  momentums?: number[][];
  momentum_key?: 'momentum' | 'betas';
  metrics?: number[];
  epochs?: number[];
  error?: { at_step: number; type: string; message: string };
}

const traces = JSON.parse(
  readFileSync(new URL('./fixtures/torch-traces.json', import.meta.url), 'utf8'),
) as { source: string; cases: TraceCase[] };

/** The trace's lambdas are JS sources written beside PyTorch's Python ones (test data only). */
function withLambdas(value: unknown, lambdas: Record<string, string>): unknown {
  const compile = (name: string) =>
    new Function(`return ${lambdas[name]}`)() as (e: number) => number;
  if (typeof value === 'string' && value in lambdas) return compile(value);
  if (Array.isArray(value)) return value.map((v) => withLambdas(v, lambdas));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLambdas(v, lambdas)]));
  }
  return value;
}

function groupsOf(testCase: TraceCase): ParamGroup[] {
  return testCase.groups.map((g) => {
    if (testCase.momentum_key === 'betas') return { lr: g.lr, betas: [0.9, 0.999] as const };
    if (testCase.momentum_key === 'momentum') return { lr: g.lr, momentum: 0.9 };
    return { lr: g.lr };
  });
}

/** Relative error 1e-10; exact zeros in the trace must be matched to within one ulp of the scale. */
function expectClose(actual: number, expected: number, where: string): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  const ok = actual === expected || Math.abs(actual - expected) <= 1e-10 * scale;
  if (!ok) expect.fail(`${where}: expected ${expected}, got ${actual}`);
}

function momentumOf(group: ParamGroup, key: 'momentum' | 'betas'): number {
  return key === 'betas' ? group.betas![0] : group.momentum!;
}

function stepOnce(scheduler: Scheduler, testCase: TraceCase, i: number): void {
  if (testCase.metrics) scheduler.step(testCase.metrics[i]);
  else if (testCase.epochs) scheduler.step(testCase.epochs[i]);
  else scheduler.step();
}

describe('PyTorch parity (torch-traces.json)', () => {
  it('has the provenance line and every case', () => {
    expect(traces.source).toMatch(/torch 1\.13/);
    expect(traces.cases.length).toBeGreaterThanOrEqual(38);
  });

  for (const testCase of traces.cases) {
    it(testCase.name, () => {
      const optimizer: Optimizer = { paramGroups: groupsOf(testCase) };
      const kwargs = withLambdas(testCase.kwargs, testCase.lambdas) as Record<string, unknown>;
      const scheduler = fromTorch(optimizer, { scheduler: testCase.scheduler, kwargs });
      const check = (i: number) => {
        testCase.lrs[i]!.forEach((lr, g) => {
          expectClose(optimizer.paramGroups[g]!.lr, lr, `lr of group ${g} after step ${i}`);
        });
        expect(scheduler.getLastLr()).toEqual(optimizer.paramGroups.map((g) => g.lr));
        testCase.momentums?.[i]?.forEach((m, g) => {
          expectClose(
            momentumOf(optimizer.paramGroups[g]!, testCase.momentum_key!),
            m,
            `momentum of group ${g} after step ${i}`,
          );
        });
      };
      check(0);
      for (let i = 1; i < testCase.lrs.length; i++) {
        stepOnce(scheduler, testCase, i - 1);
        check(i);
      }
      if (testCase.error) {
        expect(testCase.error.at_step).toBe(testCase.lrs.length);
        const before = optimizer.paramGroups.map((g) => ({ ...g }));
        const state = JSON.stringify(scheduler.stateDict());
        expect(() => stepOnce(scheduler, testCase, testCase.error!.at_step - 1)).toThrow(
          ScheduleExhaustedError,
        );
        expect(() => stepOnce(scheduler, testCase, testCase.error!.at_step - 1)).toThrow(
          testCase.error.message,
        );
        expect(optimizer.paramGroups).toEqual(before);
        expect(JSON.stringify(scheduler.stateDict())).toBe(state);
      }
    });
  }
});

describe('PyTorch parity across a checkpoint (stateDict → JSON → fresh fromTorch → loadStateDict)', () => {
  for (const testCase of traces.cases) {
    it(testCase.name, () => {
      const kwargs = () =>
        withLambdas(testCase.kwargs, testCase.lambdas) as Record<string, unknown>;
      const build = (optimizer: Optimizer) =>
        fromTorch(optimizer, { scheduler: testCase.scheduler, kwargs: kwargs() });
      const steps = testCase.lrs.length - 1;
      const split = Math.floor(steps / 2);
      const first: Optimizer = { paramGroups: groupsOf(testCase) };
      const before = build(first);
      for (let i = 0; i < split; i++) stepOnce(before, testCase, i);
      const saved = JSON.parse(JSON.stringify(before.stateDict()));
      const resumed: Optimizer = { paramGroups: groupsOf(testCase) };
      const after = build(resumed);
      after.loadStateDict(saved);
      expect(resumed.paramGroups).toStrictEqual(first.paramGroups);
      for (let i = split; i < steps; i++) {
        stepOnce(before, testCase, i);
        stepOnce(after, testCase, i);
        // exactly the uninterrupted run, hence PyTorch's numbers
        expect(resumed.paramGroups).toStrictEqual(first.paramGroups);
        testCase.lrs[i + 1]!.forEach((lr, g) => {
          expectClose(resumed.paramGroups[g]!.lr, lr, `lr of group ${g} after step ${i + 1}`);
        });
      }
    });
  }
});
