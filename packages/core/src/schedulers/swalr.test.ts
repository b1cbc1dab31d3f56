import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer } from '../optimizer';
import type { Scheduler } from '../scheduler';
import { fromTorch } from '../torch/from-torch';
import { SWALR } from './swalr';

// Oracle: test/fixtures/swalr-traces.json, recorded from PyTorch 1.13's own
// torch.optim.swa_utils.SWALR by test/fixtures/swalr-traces.py (see its `source`).

interface SwalrCase {
  name: string;
  groups: number[];
  kwargs: Record<string, unknown>;
  steps?: number;
  before?: { scheduler: string; kwargs: Record<string, unknown>; steps: number };
  lrs_before?: number[];
  lrs?: number[][];
  error?: { class: string; message: string };
}

const traces = JSON.parse(
  readFileSync(new URL('../../test/fixtures/swalr-traces.json', import.meta.url), 'utf8'),
) as { source: string; cases: SwalrCase[] };

function close(actual: number, expected: number, where: string): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (actual !== expected && Math.abs(actual - expected) > 1e-12 * scale) {
    expect.fail(`${where}: expected ${expected}, got ${actual}`);
  }
}

function optimizerOf(c: SwalrCase): Optimizer {
  return { paramGroups: c.groups.map((lr) => ({ lr, momentum: 0 })) };
}

/** Runs the scheduler stepped before SWA started, as the recording did. */
function runBefore(c: SwalrCase, optimizer: Optimizer): void {
  if (!c.before) return;
  const other = fromTorch(optimizer, { scheduler: c.before.scheduler, kwargs: c.before.kwargs });
  for (let i = 0; i < c.before.steps; i++) other.step();
  c.lrs_before!.forEach((lr, g) => {
    close(optimizer.paramGroups[g]!.lr, lr, `${c.name} before`);
  });
}

describe('SWALR against PyTorch 1.13', () => {
  it('the fixture holds traces and rejections', () => {
    expect(traces.source).toContain('torch 1.13');
    expect(traces.cases.filter((c) => c.lrs).length).toBeGreaterThanOrEqual(8);
  });

  for (const c of traces.cases.filter((x) => x.lrs)) {
    it(c.name, () => {
      const optimizer = optimizerOf(c);
      runBefore(c, optimizer);
      const scheduler: Scheduler = fromTorch(optimizer, { scheduler: 'SWALR', kwargs: c.kwargs });
      c.lrs!.forEach((row, step) => {
        if (step > 0) scheduler.step();
        row.forEach((lr, g) => {
          close(optimizer.paramGroups[g]!.lr, lr, `${c.name} step ${step} group ${g}`);
        });
        expect(scheduler.getLastLr()).toEqual(optimizer.paramGroups.map((g) => g.lr));
      });
    });
  }

  for (const c of traces.cases.filter((x) => x.error)) {
    it(`${c.name} is rejected as PyTorch rejects it`, () => {
      const optimizer = optimizerOf(c);
      const before = structuredClone(optimizer.paramGroups);
      expect(() => fromTorch(optimizer, { scheduler: 'SWALR', kwargs: c.kwargs })).toThrow(
        InvalidArgumentError,
      );
      expect(optimizer.paramGroups).toEqual(before);
    });
  }
});

describe('SWALR', () => {
  it('resumes from its state exactly', () => {
    const make = () => ({ paramGroups: [{ lr: 0.1 }, { lr: 0.02 }] });
    const a = make();
    const s = new SWALR(a, { swaLr: [0.01, 0.005], annealEpochs: 6 });
    s.step();
    s.step();
    const state = s.stateDict();
    const b = make();
    const t = new SWALR(b, { swaLr: [0.01, 0.005], annealEpochs: 6 });
    t.loadStateDict(JSON.parse(JSON.stringify(state)));
    for (let i = 0; i < 6; i++) {
      s.step();
      t.step();
      expect(b.paramGroups.map((g) => g.lr)).toEqual(a.paramGroups.map((g) => g.lr));
    }
    close(a.paramGroups[0]!.lr, 0.01, 'settled');
  });

  it('validateStateDict names a bad field and loadStateDict then changes nothing', () => {
    const o = { paramGroups: [{ lr: 0.1 }] };
    const s = new SWALR(o, { swaLr: 0.01, annealEpochs: 4 });
    s.step();
    const before = { lr: o.paramGroups[0]!.lr, state: s.stateDict() };
    for (const [field, value] of [
      ['swaLrs', [-1]],
      ['annealEpochs', 1.5],
      ['annealStrategy', 'exp'],
    ] as const) {
      const bad = { ...s.stateDict(), [field]: value };
      expect(() => s.validateStateDict(bad)).toThrow(`state.${field}`);
      expect(() => s.loadStateDict(bad as never)).toThrow(InvalidArgumentError);
    }
    expect({ lr: o.paramGroups[0]!.lr, state: s.stateDict() }).toEqual(before);
  });

  it('names the option in errors', () => {
    const o = { paramGroups: [{ lr: 0.1 }] };
    for (const [options, parameter] of [
      [{ swaLr: -1 }, 'swaLr'],
      [{ swaLr: 0.1, annealEpochs: 2.5 }, 'annealEpochs'],
      [{ swaLr: 0.1, annealStrategy: 'exp' }, 'annealStrategy'],
      [{ swaLr: [0.1, 0.2] }, 'swaLr'],
      [{}, 'swaLr'],
    ] as const) {
      let error: unknown;
      try {
        new SWALR(o, options as never);
      } catch (e) {
        error = e;
      }
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
      expect(o.paramGroups[0]!.lr).toBe(0.1);
    }
  });
});

describe('SWALR specs', () => {
  it('toSpec/fromSpec and PyTorch text carry it with the same trace', async () => {
    const { toSpec } = await import('../spec/to-spec');
    const { fromSpec } = await import('../spec/from-spec');
    const { specFromTorch } = await import('../spec/torch-spec');
    const { parseTorchString } = await import('../spec/torch-string');
    const a = { paramGroups: [{ lr: 0.1 }, { lr: 0.02 }] };
    const original = new SWALR(a, {
      swaLr: [0.01, 0.005],
      annealEpochs: 4,
      annealStrategy: 'linear',
    });
    const spec = JSON.parse(JSON.stringify(toSpec(original)));
    expect(spec).toMatchObject({ version: 1, type: 'SWALR', annealEpochs: 4 });
    const fromText = specFromTorch(
      parseTorchString('SWALR(swa_lr=[0.01, 0.005], anneal_epochs=4, anneal_strategy="linear")'),
    );
    const b = { paramGroups: [{ lr: 0.1 }, { lr: 0.02 }] };
    const c = { paramGroups: [{ lr: 0.1 }, { lr: 0.02 }] };
    const rebuilt = fromSpec(b, spec);
    const parsed = fromSpec(c, fromText);
    for (let i = 0; i < 6; i++) {
      original.step();
      rebuilt.step();
      parsed.step();
      expect(b.paramGroups).toEqual(a.paramGroups);
      expect(c.paramGroups).toEqual(a.paramGroups);
    }
  });
});
