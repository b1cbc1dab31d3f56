import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { EPOCHS, resumeSetup, SAVE_AT_STEP } from '../../test/helpers/resume-setup';
import { encodeTensor } from '../tensor/tensor-codec';
import { createCheckpoint, restoreCheckpoint } from './checkpoint';
import { loadCheckpoint, saveCheckpoint } from './checkpoint-file';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const child = join(packageDir, 'test/fixtures/resume-child.ts');

function runChild(...args: string[]): void {
  execFileSync(process.execPath, ['--import', 'tsx', child, ...args], {
    cwd: packageDir,
    stdio: 'pipe',
  });
}

describe('checkpoints', () => {
  it('resumes in a new process mid-epoch and ends bit-identical to an uninterrupted run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-onnx-resume-'));
    const checkpoint = join(dir, 'checkpoint.json');
    const out = join(dir, 'resumed.json');
    runChild('save', checkpoint);
    runChild('resume', checkpoint, out);
    const resumed = JSON.parse(readFileSync(out, 'utf8'));

    const full = await resumeSetup();
    await full.fit();
    const expected = Object.fromEntries(
      Object.entries(full.trainer.params).map(([n, t]) => [n, encodeTensor(t)]),
    );

    expect(resumed.pid).not.toBe(resumed.savedBy);
    expect(resumed.pid).not.toBe(process.pid);
    expect(resumed.resumedAt).toMatchObject({
      globalStep: SAVE_AT_STEP,
      epoch: 1,
      batchInEpoch: SAVE_AT_STEP - 8,
    });
    expect(resumed.globalStep).toBe(EPOCHS * 8);
    expect(resumed.params).toEqual(expected); // same float32 bytes, base64
    expect(resumed.lr.at(-1)).toBe(full.runner.history.series()[0]!.lr.at(-1));
  }, 60_000);

  it('restores nothing from a broken checkpoint (all-or-nothing)', async () => {
    const run = await resumeSetup();
    await run
      .fit(async (step) => {
        if (step === 3) throw new Error('stop');
      })
      .catch(() => {});
    const good = createCheckpoint(run.trainer);
    const before = JSON.stringify(createCheckpoint(run.trainer));

    const badParam = structuredClone(good);
    badParam.params['layer0.weight']!.data = 'AAAA';
    expect(() => restoreCheckpoint(run.trainer, badParam)).toThrow(
      /checkpoint\.params\.layer0\.weight/,
    );

    const badRunner = structuredClone(good) as typeof good & {
      hooks: { entries: { name: string }[] };
    };
    badRunner.hooks.entries[0]!.name = 'other';
    badRunner.progress.globalStep = 99;
    expect(() => restoreCheckpoint(run.trainer, badRunner)).toThrow(InvalidArgumentError);

    const badOptimizer = structuredClone(good);
    badOptimizer.optimizer.groups[0]!.lr = -1;
    expect(() => restoreCheckpoint(run.trainer, badOptimizer)).toThrow(
      /checkpoint\.optimizer\.groups\[0\]\.lr/,
    );

    expect(() => restoreCheckpoint(run.trainer, { format: 'other' } as never)).toThrow(
      /checkpoint/,
    );
    expect(JSON.stringify(createCheckpoint(run.trainer))).toBe(before);
  });

  it('writes a file that loads back, and reports an unreadable one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-onnx-ckpt-'));
    const run = await resumeSetup();
    await saveCheckpoint(join(dir, 'a.json'), run.trainer, { metadata: { note: 'x' } });
    const loaded = await loadCheckpoint(join(dir, 'a.json'), run.trainer);
    expect(loaded.metadata).toEqual({ note: 'x' });
    writeFileSync(join(dir, 'b.json'), '{ not json');
    await expect(loadCheckpoint(join(dir, 'b.json'), run.trainer)).rejects.toThrow(
      /path: must be a readable checkpoint/,
    );
  });
});
