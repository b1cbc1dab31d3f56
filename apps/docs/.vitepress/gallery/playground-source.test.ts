import { describe, expect, it } from 'vitest';
import {
  defaultMetric,
  fixedLengthOf,
  lineOfPath,
  needsMetric,
  readSource,
  SourceError,
} from './playground-source';

describe('playground source', () => {
  it('reads JSON specs and PyTorch text', () => {
    expect(readSource('{"version":1,"type":"constant","lr":0.1}')).toEqual({
      kind: 'spec',
      spec: { version: 1, type: 'constant', lr: 0.1 },
    });
    const torch = readSource('StepLR(step_size=30, gamma=0.5)');
    expect(torch.kind).toBe('torch');
    expect(torch.kind === 'torch' && torch.config.scheduler).toBe('StepLR');
  });

  it('puts a JSON syntax error under its line', () => {
    const text = '{\n  "version": 1,\n  "type": "constant",,\n  "lr": 0.1\n}';
    const caught = (() => {
      try {
        readSource(text);
      } catch (error) {
        return error;
      }
    })();
    expect(caught).toBeInstanceOf(SourceError);
    expect((caught as SourceError).line).toBe(3);
    expect(() => readSource('NotAScheduler(')).toThrow(SourceError);
  });

  it('knows OneCycleLR’s length in both spellings, and plateau schedulers', () => {
    expect(fixedLengthOf(readSource('{"version":1,"type":"OneCycleLR","totalSteps":80}'))).toBe(80);
    expect(fixedLengthOf(readSource('OneCycleLR(max_lr=0.1, epochs=3, steps_per_epoch=7)'))).toBe(
      21,
    );
    expect(fixedLengthOf(readSource('StepLR(step_size=3)'))).toBeNull();
    expect(needsMetric(readSource('ReduceLROnPlateau(patience=2)'))).toBe(true);
    expect(needsMetric(readSource('{"version":1,"type":"StepLR","stepSize":3}'))).toBe(false);
  });

  it('finds the line of an error’s path and has a falling default metric', () => {
    const text = '{\n  "version": 1,\n  "type": "cosine",\n  "decaySteps": 0\n}';
    const message =
      'Invalid argument for parameter spec.decaySteps: must be a positive integer, got 0';
    expect(lineOfPath(text, message)).toBe(4);
    expect(lineOfPath(text, 'something else')).toBe(1);
    const metric = defaultMetric(50);
    expect(metric[0]).toBe(1);
    for (let t = 1; t < 50; t++) expect(metric[t]!).toBeLessThan(metric[t - 1]!);
  });
});
