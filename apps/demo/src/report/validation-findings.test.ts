import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpochRecord } from '../runtimes/runtime';
import { bestEpoch, comparisonSentence, validationFindings } from './validation-findings';

/** Epochs from parallel lists of train loss, val loss and val accuracy (epoch numbers 1-based). */
function epochsOf(train: number[], val: number[], accuracy: number[]): EpochRecord[] {
  return val.map((valLoss, i) => ({
    epoch: i + 1,
    lr: 0.01,
    trainLoss: train[i] as number,
    valLoss,
    valAccuracy: accuracy[i] as number,
  }));
}

describe('validationFindings', () => {
  it('a run still improving: trend, best at the last epoch, gap, accuracy', () => {
    const epochs = epochsOf([0.6, 0.4, 0.2], [0.8, 0.5, 0.25], [0.5, 0.75, 0.9]);
    expect(validationFindings(epochs)).toEqual([
      'Validation loss fell from 0.8000 after epoch 1 to 0.2500 after epoch 3 (−68.8%).',
      'It was lowest at the last epoch (3 of 3), so it was still falling when training stopped.',
      'At the end the gap to training loss is 0.0500 (validation 0.2500 above training 0.2000).',
      'Validation accuracy went from 50.0% to 90.0% (as high as at any epoch).',
    ]);
  });

  it('a run that overfits: best epoch, how far the end is above it, and the reading', () => {
    const epochs = epochsOf([0.5, 0.3, 0.2, 0.1], [0.6, 0.4, 0.45, 0.5], [0.6, 0.82, 0.8, 0.79]);
    const findings = validationFindings(epochs);
    expect(findings[0]).toBe(
      'Validation loss fell from 0.6000 after epoch 1 to 0.5000 after epoch 4 (−16.7%).',
    );
    expect(findings[1]).toBe(
      'It was lowest at epoch 2 of 4 (0.4000); the last epoch ends 25.0% above that best.',
    );
    expect(findings[2]).toBe(
      'At the end the gap to training loss is 0.4000 (validation 0.5000 above training 0.1000).',
    );
    expect(findings[3]).toMatch(/^After epoch 2 training loss kept falling \(0\.3000 → 0\.1000\)/);
    expect(findings[3]).toContain('overfit');
    expect(findings[4]).toBe(
      'Validation accuracy went from 60.0% to 79.0% (best 82.0% at epoch 2).',
    );
  });

  it('both losses rising after the best epoch reads as too high a learning rate', () => {
    const epochs = epochsOf([0.5, 0.3, 0.6], [0.5, 0.3, 0.7], [0.7, 0.8, 0.6]);
    const findings = validationFindings(epochs);
    expect(findings[0]).toContain('rose from 0.5000 after epoch 1 to 0.7000 after epoch 3');
    expect(findings[3]).toMatch(/^After epoch 2 training loss rose too: .*not overfitting\.$/);
  });

  it('flat within 1 %, validation below training', () => {
    const epochs = epochsOf([0.31, 0.3], [0.3, 0.299], [0.9, 0.9]);
    const findings = validationFindings(epochs);
    expect(findings[0]).toBe('Validation loss stayed near 0.2990 from epoch 1 to epoch 2.');
    expect(findings[2]).toBe(
      'At the end the gap to training loss is 0.0010 (validation 0.2990 below training 0.3000).',
    );
  });

  it('a diverged run is described up to the epoch before the loss stopped being finite', () => {
    const epochs = epochsOf([0.5, 0.4, Number.NaN], [0.6, 0.5, Number.NaN], [0.6, 0.7, 0.5]);
    const findings = validationFindings(epochs);
    expect(findings[0]).toContain('after epoch 1 to 0.5000 after epoch 2');
    expect(findings.at(-1)).toBe(
      'The loss was not finite from epoch 3 on: the run diverged there.',
    );
    expect(validationFindings(epochsOf([Number.NaN], [Number.NaN], [0]))).toEqual([
      'The loss was not finite from epoch 1 on: the run diverged there.',
      'No epoch finished with finite losses.',
    ]);
  });

  it('no epoch at all (a run stopped in its first epoch)', () => {
    expect(validationFindings([])).toEqual(['No epoch finished with finite losses.']);
  });

  it('a best accuracy equal to the final one as printed is not called a different best', () => {
    const epochs = epochsOf([0.5, 0.4], [0.5, 0.4], [0.9241, 0.924]);
    expect(validationFindings(epochs).at(-1)).toBe(
      'Validation accuracy went from 92.4% to 92.4% (as high as at any epoch).',
    );
  });

  it('bestEpoch takes the first of equal lows', () => {
    expect(bestEpoch(epochsOf([1, 1, 1], [0.5, 0.2, 0.2], [0, 0, 0]))?.epoch).toBe(2);
  });
});

describe('comparisonSentence', () => {
  const run = (schedule: string, val: number[]) => ({
    schedule,
    epochs: epochsOf(
      val,
      val,
      val.map(() => 0.5),
    ),
  });

  it('names the schedule with the lowest final validation loss, against the constant rate', () => {
    expect(
      comparisonSentence('tfjs', [run('constant', [0.5, 0.3]), run('one-cycle', [0.6, 0.1])]),
    ).toBe(
      'On tfjs, one-cycle ended with the lowest validation loss, 0.1000, against 0.3000 at the constant rate.',
    );
    expect(comparisonSentence('onnx', [run('constant', [0.1]), run('plateau', [0.2])])).toBe(
      'On onnx, constant ended with the lowest validation loss, 0.1000.',
    );
  });

  it('says nothing with fewer than two finished runs', () => {
    expect(comparisonSentence('tfjs', [run('constant', [0.5])])).toBeNull();
    expect(comparisonSentence('tfjs', [run('constant', [0.5]), run('x', [])])).toBeNull();
  });
});

describe('validationFindings on any finite run (property)', () => {
  const loss = fc.double({ min: 1e-3, max: 5, noNaN: true });
  const run = fc
    .array(fc.tuple(loss, loss, fc.double({ min: 0, max: 1, noNaN: true })), {
      minLength: 1,
      maxLength: 40,
    })
    .map((rows) =>
      epochsOf(
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
        rows.map((r) => r[2]),
      ),
    );

  it('names a best epoch no other epoch beats, and the final gap to within rounding', () => {
    fc.assert(
      fc.property(run, (epochs) => {
        const text = validationFindings(epochs).join(' ');
        const named = /lowest at (?:the last epoch \((\d+) of|epoch (\d+) of)/.exec(text);
        const bestNumber = Number(named?.[1] ?? named?.[2]);
        const best = epochs[bestNumber - 1] as EpochRecord;
        for (const e of epochs) expect(best.valLoss).toBeLessThanOrEqual(e.valLoss);
        const last = epochs.at(-1) as EpochRecord;
        const gap = Number(/gap to training loss is (\d+\.\d{4})/.exec(text)?.[1]);
        expect(Math.abs(gap - Math.abs(last.valLoss - last.trainLoss))).toBeLessThanOrEqual(5.1e-5);
        // The trend's direction agrees with the first and last values.
        if (/Validation loss fell/.test(text))
          expect(last.valLoss).toBeLessThan(epochs[0]!.valLoss);
        if (/Validation loss rose/.test(text))
          expect(last.valLoss).toBeGreaterThan(epochs[0]!.valLoss);
        // Overfitting is only read when training loss fell while validation loss rose.
        if (/began to overfit/.test(text)) expect(last.trainLoss).toBeLessThan(best.trainLoss);
      }),
      { numRuns: 300 },
    );
  });
});
