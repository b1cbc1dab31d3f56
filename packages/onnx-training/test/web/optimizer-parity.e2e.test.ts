import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lrkit from '../../src/index';
import { openTestPage, type TestPage } from './browser-harness';
import { OPTIMIZER_CASES, type OptimizerRun, runOptimizerCase } from './scenarios';

// The optimizer-step graphs on onnxruntime-web (wasm, in Chromium) against onnxruntime-node (this
// process): the same seeded parameters, gradients and schedule, the parameters compared after
// every step.
let tp: TestPage;
const measured: Record<string, { maxAbs: number; maxRel: number }> = {};
beforeAll(async () => {
  tp = await openTestPage();
}, 180_000);
afterAll(async () => {
  await tp?.close();
  console.log('onnxruntime-web vs onnxruntime-node, largest difference over every step:', measured);
});

/** float32: a few units in the last place of the larger value, and an absolute floor near 0. */
const RTOL = 2 ** -20;
const ATOL = 1e-7;

describe('optimizer graphs: onnxruntime-web gives the parameters onnxruntime-node gives', () => {
  OPTIMIZER_CASES.forEach((c, index) => {
    it(c.name, { timeout: 120_000 }, async () => {
      const node = await runOptimizerCase(lrkit, c);
      const web = await tp.call<OptimizerRun>('runOptimizerCase', index);
      expect(web.fed).toEqual(node.fed);
      // The schedule moved the lr (StepLR over 25 steps: 4 values).
      expect(new Set(node.fed.map((f) => f[0]!.lr)).size).toBeGreaterThanOrEqual(4);
      expect(web.params).toHaveLength(c.steps);
      let maxAbs = 0;
      let maxRel = 0;
      node.params.forEach((expected, step) => {
        const actual = web.params[step]!;
        expect(actual).toHaveLength(expected.length);
        expected.forEach((e, i) => {
          const diff = Math.abs(actual[i]! - e);
          maxAbs = Math.max(maxAbs, diff);
          if (e !== 0) maxRel = Math.max(maxRel, diff / Math.abs(e));
          if (diff > ATOL + RTOL * Math.abs(e)) {
            expect.fail(`step ${step}, element ${i}: web ${actual[i]} vs node ${e}`);
          }
        });
      });
      measured[c.name] = { maxAbs, maxRel };
      // The run moved the parameters (a comparison of two frozen runs would prove nothing).
      expect(node.params.at(-1)).not.toEqual(node.params[0]);
    });
  });
});
