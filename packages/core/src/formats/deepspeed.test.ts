import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer, ParamGroup } from '../optimizer';
import type { Scheduler, SchedulerState } from '../scheduler';
import { fromDeepSpeed } from './deepspeed';
import type { DeepSpeedScheduler } from './deepspeed-scheduler';

// Oracle: test/fixtures/deepspeed-traces.json, recorded from microsoft/DeepSpeed
// deepspeed/runtime/lr_schedules.py at 38327e07f6cd39b63418f60cedd1651b0be3e7c3 (see its `source`).

interface TraceCase {
  name: string;
  type: string;
  params?: Record<string, unknown>;
  optimizer: 'sgd' | 'adam';
  groups: { lr: number }[];
  steps: number;
  expect: 'trace' | 'error' | 'trace-or-error';
  lrs?: number[][];
  at?: number[];
  momentums?: number[][];
  beta2s?: number[][];
  last_lr_from?: number | null;
  resume?: { at: number; state_dict: { last_batch_iteration: number } };
  mention?: string[];
  error?: { class: string; message: string; at: number; lrs_after_construction?: number[] };
  warnings: string[];
  no_params?: boolean;
}

const traces = JSON.parse(
  readFileSync(new URL('../../test/fixtures/deepspeed-traces.json', import.meta.url), 'utf8'),
) as { cases: TraceCase[] };

const TOLERANCE = 1e-12;

function close(actual: number | undefined, expected: number, where: string): void {
  if (actual === undefined) expect.fail(`${where}: missing, expected ${expected}`);
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (actual !== expected && Math.abs(actual - expected) > TOLERANCE * scale) {
    expect.fail(`${where}: expected ${expected}, got ${actual}`);
  }
}

function optimizerOf(c: TraceCase): Optimizer {
  const paramGroups: ParamGroup[] = c.groups.map((g) =>
    c.optimizer === 'adam'
      ? { lr: g.lr, betas: [0.9, 0.999] as const }
      : { lr: g.lr, momentum: 0.9 },
  );
  return { paramGroups };
}

function configOf(c: TraceCase) {
  return c.no_params ? { type: c.type } : { type: c.type, params: c.params ?? {} };
}

/** The trace row recorded after `step` steps, if that step was recorded. */
function rowIndex(c: TraceCase, step: number): number | undefined {
  if (!c.at) return step;
  const j = c.at.indexOf(step);
  return j === -1 ? undefined : j;
}

function checkRow(c: TraceCase, optimizer: Optimizer, step: number, scheduler?: Scheduler): void {
  const row = rowIndex(c, step);
  if (row === undefined) return;
  const groups = optimizer.paramGroups;
  c.lrs![row]!.forEach((lr, g) => {
    close(groups[g]!.lr, lr, `${c.name} step ${step} group ${g} lr`);
  });
  c.momentums?.[row]?.forEach((m, g) => {
    const group = groups[g]!;
    const actual = c.optimizer === 'adam' ? group.betas?.[0] : group.momentum;
    close(actual, m, `${c.name} step ${step} group ${g} momentum`);
  });
  c.beta2s?.[row]?.forEach((b, g) => {
    close(groups[g]!.betas?.[1], b, `${c.name} step ${step} group ${g} beta2`);
  });
  if (scheduler && c.last_lr_from != null && step >= c.last_lr_from) {
    scheduler.getLastLr().forEach((lr, g) => {
      close(lr, c.lrs![row]![g]!, `${c.name} step ${step} getLastLr()[${g}]`);
    });
  }
}

const traceCases = traces.cases.filter((c) => c.expect !== 'error');
const errorCases = traces.cases.filter((c) => c.expect === 'error');

describe('fromDeepSpeed against DeepSpeed traces', () => {
  it('has the published cases', () => {
    expect(traceCases.length + errorCases.length).toBe(traces.cases.length);
    expect(traceCases.length).toBeGreaterThanOrEqual(13);
  });

  it.each(traceCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const optimizer = optimizerOf(c);
    const warnings: string[] = [];
    let scheduler: Scheduler;
    try {
      scheduler = fromDeepSpeed(optimizer, configOf(c), { onWarning: (m) => warnings.push(m) });
    } catch (error) {
      if (c.expect !== 'trace-or-error') throw error;
      expect(c.mention!.some((m) => String(error).includes(m))).toBe(true);
      return;
    }
    const saved: SchedulerState[] = [];
    checkRow(c, optimizer, 0, scheduler);
    saved.push(scheduler.stateDict());
    for (let step = 1; step <= c.steps; step++) {
      scheduler.step();
      checkRow(c, optimizer, step, scheduler);
      saved.push(scheduler.stateDict());
    }
    if (c.warnings.some((w) => w.includes('cycle_momentum'))) {
      expect(warnings.some((w) => w.includes('cycle_momentum'))).toBe(true);
    }
    if (c.resume) resumeBoth(c, saved);
  });

  it.each(errorCases.map((c) => [c.name, c] as const))('%s is rejected', (_name, c) => {
    const optimizer = optimizerOf(c);
    const before = structuredClone(optimizer.paramGroups);
    // The step at which lrkit threw: 0 at construction (DeepSpeed may raise later, at error.at).
    let thrownAt = -1;
    let error: unknown;
    try {
      const scheduler = fromDeepSpeed(optimizer, configOf(c), { onWarning: () => {} });
      for (thrownAt = 1; thrownAt <= c.steps; thrownAt++) scheduler.step();
    } catch (e) {
      error = e;
    }
    if (error === undefined) expect.fail(`${c.name}: expected an error (${c.error?.message})`);
    thrownAt = Math.max(thrownAt, 0);
    expect(thrownAt).toBeLessThanOrEqual(c.error!.at);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    if (thrownAt === 0) expect(optimizer.paramGroups).toEqual(before);
    const parameter = (error as InvalidArgumentError).parameter;
    expect(c.mention!.some((m) => parameter.includes(m) || String(error).includes(m))).toBe(true);
  });
});

/** DeepSpeed's `{ last_batch_iteration }` and lrkit's stateDict() both resume the run exactly. */
function resumeBoth(c: TraceCase, saved: SchedulerState[]): void {
  const { at, state_dict } = c.resume!;
  expect(saved[at]!.lastBatchIteration).toBe(state_dict.last_batch_iteration);
  for (const state of [state_dict, saved[at]!]) {
    const optimizer = optimizerOf(c);
    const scheduler = fromDeepSpeed(optimizer, configOf(c), { onWarning: () => {} });
    scheduler.loadStateDict(state as SchedulerState);
    checkRow(c, optimizer, at);
    for (let step = at + 1; step <= c.steps; step++) {
      scheduler.step();
      checkRow(c, optimizer, step, scheduler);
    }
  }
}

describe('fromDeepSpeed', () => {
  const sgd = (): Optimizer => ({ paramGroups: [{ lr: 0.1, momentum: 0.9 }] });
  const quiet = { onWarning: () => {} };

  it('defaults WarmupLR to the log warmup of 1000 steps from 0 to 0.001', () => {
    const optimizer = sgd();
    const s = fromDeepSpeed(optimizer, { type: 'WarmupLR', params: {} }, quiet);
    expect(optimizer.paramGroups[0]!.lr).toBe(0);
    for (let i = 0; i < 10; i++) s.step();
    // After 10 steps last_batch_iteration is 9: log(10) / log(1000) of the way.
    close(optimizer.paramGroups[0]!.lr, (0.001 * Math.log(10)) / Math.log(1000), 'lr');
  });

  it('steps to an explicit batch iteration as DeepSpeed step(batch_iteration) does', () => {
    const optimizer = sgd();
    const s = fromDeepSpeed(
      optimizer,
      {
        type: 'WarmupLR',
        params: { warmup_num_steps: 10, warmup_type: 'linear', warmup_max_lr: 1 },
      },
      quiet,
    );
    s.step(4);
    close(optimizer.paramGroups[0]!.lr, 0.4, 'lr');
    expect((s as DeepSpeedScheduler).lastBatchIteration).toBe(4);
  });

  it('falls back to torch.optim.lr_scheduler, naming params in errors', () => {
    const optimizer = sgd();
    const s = fromDeepSpeed(optimizer, { type: 'StepLR', params: { step_size: 2, gamma: 0.5 } });
    s.step();
    s.step();
    close(optimizer.paramGroups[0]!.lr, 0.05, 'lr');
    const error = (() => {
      try {
        fromDeepSpeed(sgd(), { type: 'StepLR', params: { step_size: 0 } });
      } catch (e) {
        return e as InvalidArgumentError;
      }
      return expect.fail('expected an error');
    })();
    expect(error.parameter).toBe('params.step_size');
  });

  it('warns and uses log for an unknown WarmupLR warmup_type, as DeepSpeed does', () => {
    const warnings: string[] = [];
    const a = sgd();
    const b = sgd();
    const sa = fromDeepSpeed(
      a,
      { type: 'WarmupLR', params: { warmup_type: 'exp' } },
      {
        onWarning: (m) => warnings.push(m),
      },
    );
    const sb = fromDeepSpeed(b, { type: 'WarmupLR', params: {} }, quiet);
    for (let i = 0; i < 5; i++) {
      sa.step();
      sb.step();
    }
    expect(a.paramGroups[0]!.lr).toBe(b.paramGroups[0]!.lr);
    expect(warnings.join()).toContain('warmup_type');
  });

  it('resumes from params.last_batch_iteration without writing the groups', () => {
    const optimizer = sgd();
    const s = fromDeepSpeed(
      optimizer,
      { type: 'LRRangeTest', params: { last_batch_iteration: 9, lr_range_test_step_size: 10 } },
      quiet,
    );
    expect(optimizer.paramGroups[0]!.lr).toBe(0.1);
    s.step();
    close(optimizer.paramGroups[0]!.lr, 1e-3 * (1 + 11 / 10), 'lr');
  });

  it('keeps OneCycle stair counts, which DeepSpeed never reads', () => {
    const build = (params: Record<string, unknown>) => {
      const optimizer = { paramGroups: [{ lr: 0.1, betas: [0.9, 0.999] as const }] };
      const s = fromDeepSpeed(optimizer, { type: 'OneCycle', params }, quiet);
      const lrs: number[] = [];
      for (let i = 0; i < 30; i++) {
        s.step();
        lrs.push(optimizer.paramGroups[0]!.lr);
      }
      return lrs;
    };
    const base = { cycle_min_lr: 0.01, cycle_max_lr: 0.1, cycle_first_step_size: 8 };
    expect(build({ ...base, cycle_first_stair_count: 4 })).toEqual(build(base));
  });

  const hostile: [string, Record<string, unknown>, string][] = [
    ['WarmupLR', { warmup_num_steps: Number.NaN }, 'params.warmup_num_steps'],
    ['WarmupLR', { warmup_max_lr: -1 }, 'params.warmup_max_lr'],
    ['WarmupLR', { warmup_min_lr: [0.1, 0.2] }, 'params.warmup_min_lr'],
    ['WarmupLR', { warmup_type: 3 }, 'params.warmup_type'],
    ['WarmupLR', { warmup_steps: 3 }, 'params.warmup_steps'],
    ['WarmupLR', { last_batch_iteration: -2 }, 'params.last_batch_iteration'],
    ['WarmupCosineLR', { total_num_steps: 10, warmup_num_steps: 10 }, 'params.total_num_steps'],
    ['WarmupCosineLR', { total_num_steps: 10, warmup_type: 'exp' }, 'params.warmup_type'],
    ['WarmupCosineLR', {}, 'params.total_num_steps'],
    ['OneCycle', { cycle_min_lr: [0.1], cycle_max_lr: 1 }, 'params.cycle_min_lr'],
    [
      'OneCycle',
      { cycle_min_lr: 0.1, cycle_max_lr: 1, cycle_first_step_size: 0 },
      'params.cycle_first_step_size',
    ],
    ['OneCycle', { cycle_min_lr: 0.1, cycle_max_lr: 1, decay_lr_rate: -1 }, 'params.decay_lr_rate'],
    [
      'OneCycle',
      { cycle_min_lr: 0.1, cycle_max_lr: 1, cycle_momentum: 'yes' },
      'params.cycle_momentum',
    ],
    ['LRRangeTest', { lr_range_test_step_size: 0 }, 'params.lr_range_test_step_size'],
    ['LRRangeTest', { lr_range_test_staircase: 1 }, 'params.lr_range_test_staircase'],
  ];

  it.each(hostile)('%s %j is rejected naming %s, changing nothing', (type, params, parameter) => {
    const optimizer = { paramGroups: [{ lr: 0.1, betas: [0.9, 0.999] as const }] };
    const before = structuredClone(optimizer.paramGroups);
    let error: unknown;
    try {
      fromDeepSpeed(optimizer, { type, params }, quiet);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).parameter).toBe(parameter);
    expect(optimizer.paramGroups).toEqual(before);
  });

  it('rejects a section without params (DeepSpeed calls cls(optimizer, **None)) and bad states', () => {
    const optimizer = sgd();
    expect(() => fromDeepSpeed(optimizer, { type: 'WarmupLR' })).toThrow(/params/);
    const s = fromDeepSpeed(optimizer, { type: 'WarmupLR', params: {} }, quiet);
    s.step();
    const lr = optimizer.paramGroups[0]!.lr;
    for (const bad of [
      { last_batch_iteration: 1.5 },
      { last_batch_iteration: 2, extra: 1 },
      { last_batch_iteration: '3' },
    ]) {
      expect(() => s.loadStateDict(bad as unknown as SchedulerState)).toThrow(InvalidArgumentError);
    }
    expect(() => s.step(-3)).toThrow(InvalidArgumentError);
    expect(optimizer.paramGroups[0]!.lr).toBe(lr);
    expect((s as DeepSpeedScheduler).lastBatchIteration).toBe(0);
  });
});

describe('DeepSpeed scheduler states', () => {
  const quiet = { onWarning: () => {} };
  const section = {
    type: 'OneCycle',
    params: { cycle_min_lr: 0.01, cycle_max_lr: 0.1, cycle_first_step_size: 4 },
  } as const;
  const adam = (): Optimizer => ({ paramGroups: [{ lr: 0.1, betas: [0.9, 0.999] as const }] });

  it('validateStateDict takes both forms and names the bad field, changing nothing', () => {
    const s = fromDeepSpeed(adam(), section, quiet);
    s.step();
    const before = { groups: structuredClone(s.optimizer.paramGroups), state: s.stateDict() };
    s.validateStateDict({ last_batch_iteration: 7 });
    s.validateStateDict(JSON.parse(JSON.stringify(s.stateDict())));
    const bad: [unknown, string][] = [
      [{ last_batch_iteration: -2 }, 'state.last_batch_iteration'],
      [{ ...s.stateDict(), totalSize: 0 }, 'state.totalSize'],
      [{ ...s.stateDict(), lastBatchIteration: 0.5 }, 'state.lastBatchIteration'],
      [{ ...s.stateDict(), cycleMomentum: 'yes' }, 'state.cycleMomentum'],
      [{ ...s.stateDict(), scheduler: 'DeepSpeedWarmupLR' }, 'state.scheduler'],
    ];
    for (const [state, parameter] of bad) {
      for (const call of [
        () => s.validateStateDict(state),
        () => s.loadStateDict(state as never),
      ]) {
        let error: unknown;
        try {
          call();
        } catch (e) {
          error = e;
        }
        expect((error as InvalidArgumentError).parameter).toBe(parameter);
      }
    }
    expect({ groups: s.optimizer.paramGroups, state: s.stateDict() }).toEqual(before);
  });

  it('a SchedulerRunner saves and restores a DeepSpeed scheduler with its betas', async () => {
    const { SchedulerRunner } = await import('../runner/scheduler-runner');
    const a = adam();
    const runner = new SchedulerRunner({
      scheduler: fromDeepSpeed(a, section, quiet),
      interval: 'step',
    });
    for (let i = 0; i < 5; i++) runner.onStepEnd();
    const saved = JSON.parse(JSON.stringify(runner.stateDict()));
    const b = adam();
    const restored = new SchedulerRunner({
      scheduler: fromDeepSpeed(b, section, quiet),
      interval: 'step',
    });
    restored.loadStateDict(saved);
    expect(b.paramGroups).toEqual(a.paramGroups);
    runner.onStepEnd();
    restored.onStepEnd();
    expect(b.paramGroups).toEqual(a.paramGroups);
  });
});
