import { preview } from '@lrkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lrkit from '../../src/index';
import { openTestPage, type TestPage } from './browser-harness';
import {
  type RangeTestRun,
  type ResumeRun,
  rangeTest,
  SPIRALS,
  type SpiralsRun,
} from './scenarios';

// Training in Chromium on onnxruntime-web (wasm): the spirals model of the demo under OneCycleLR.
let tp: TestPage;
beforeAll(async () => {
  tp = await openTestPage();
}, 180_000);
afterAll(async () => {
  await tp?.close();
});

describe('onnx-training/web in Chromium', () => {
  it('runs on onnxruntime-web with its wasm served by the page, nothing fetched elsewhere', async () => {
    expect(await tp.call('runtimeIsWeb')).toBe(true);
  });

  it('trains the spirals MLP: the lr fed at each update is the preview, and the loss falls', {
    timeout: 300_000,
  }, async () => {
    const run: SpiralsRun = await tp.call('trainSpirals');
    const steps = SPIRALS.epochs * 8;
    expect(run.lrFed).toHaveLength(steps);
    // Each fed lr is the float32 of the core's preview, computed in the page.
    run.lrFed.forEach((lr, i) => {
      expect(lr, `update ${i}`).toBe(Math.fround(run.lrPreview[i]!));
    });
    // Node's preview is the same curve: Chromium's V8 may round a cosine 1 ulp apart from Node's,
    // which no float32 lr shows.
    const expected = preview(SPIRALS.schedule, { steps, baseLrs: [1e-3] }).lr[0]!;
    run.lrPreview.forEach((lr, i) => {
      expect(Math.abs(lr - expected[i]!)).toBeLessThanOrEqual(4 * Number.EPSILON * expected[i]!);
      expect(run.lrFed[i]).toBe(Math.fround(expected[i]!));
    });
    const losses = run.epochLosses;
    expect(losses[0]).toBeGreaterThan(0.6);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.5);
    expect(tp.offHost).toEqual([]);
    expect(tp.ortFiles.some((f) => f.endsWith('.wasm'))).toBe(true);
  });

  it('a bytes checkpoint (through a Blob) resumes mid-epoch to the parameters of an uninterrupted run', {
    timeout: 300_000,
  }, async () => {
    const run: ResumeRun = await tp.call('resumeThroughBytes');
    expect(run.resumed).toHaveLength(2 * 32 + 32 + 32 * 32 + 32 + 32 * 2 + 2);
    expect(run.resumed).toEqual(run.straight);
    expect(run.refusedName).toBe('CheckpointError');
    expect(run.refusedParameter).toBe('checkpoint.progress.epoch');
    expect(run.refusedUnchanged).toBe(true);
    expect(run.checkpointBytes).toBeGreaterThan(4 * run.resumed.length);
  });

  it('the LR range test runs there and records the losses onnxruntime-node records', {
    timeout: 300_000,
  }, async () => {
    const web: RangeTestRun = await tp.call('rangeTest');
    const node = await rangeTest(lrkit);
    expect(web.restored).toBe(true);
    // The lrs are float64 powers: Chromium's V8 may round one 1 ulp apart from Node's.
    expect(web.lrs).toHaveLength(node.lrs.length);
    web.lrs.forEach((lr, i) => {
      expect(Math.abs(lr - node.lrs[i]!)).toBeLessThanOrEqual(4 * Number.EPSILON * lr);
    });
    expect(web.losses).toHaveLength(node.losses.length);
    expect(web.losses.length).toBeGreaterThan(20);
    // Gemm may sum in another order in wasm than in native code: float32 rounding apart only.
    // Compared up to the lowest loss: past it the run diverges, which amplifies any difference.
    const lowest = node.losses.indexOf(Math.min(...node.losses));
    expect(lowest).toBeGreaterThan(20);
    let maxRel = 0;
    web.losses.slice(0, lowest + 1).forEach((loss, i) => {
      maxRel = Math.max(maxRel, Math.abs(loss - node.losses[i]!) / Math.abs(node.losses[i]!));
    });
    console.log(
      `range test losses to ${lowest}, web vs node, largest relative difference:`,
      maxRel,
    );
    expect(maxRel).toBeLessThan(1e-4);
    expect(web.lr).not.toBeNull();
  });
});
