import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resumeSetup } from '../../test/helpers/resume-setup';
import { createCheckpoint, loadCheckpointFromBytes, saveCheckpointToBytes } from './checkpoint';
import { loadCheckpoint } from './checkpoint-file';

async function trained(steps: number) {
  const run = await resumeSetup();
  await run
    .fit(async (step) => {
      if (step === steps) throw new Error('stop');
    })
    .catch((error: Error) => {
      if (error.message !== 'stop') throw error;
    });
  return run;
}

const snapshot = (run: Awaited<ReturnType<typeof resumeSetup>>) =>
  JSON.stringify([createCheckpoint(run.trainer), run.optimizer.paramGroups]);

describe('checkpoints as bytes', () => {
  it('round trip: the restored trainer saves the same checkpoint; a file of the bytes loads too', async () => {
    const source = await trained(11);
    const bytes = saveCheckpointToBytes(source.trainer, { metadata: { note: 'bytes' } });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(
      createCheckpoint(source.trainer, { note: 'bytes' }),
    );

    const fromView = await resumeSetup();
    // A view at an offset into a larger buffer, as a slice of a bigger store would be.
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 7);
    expect(loadCheckpointFromBytes(padded.subarray(7), fromView.trainer).metadata).toEqual({
      note: 'bytes',
    });
    expect(snapshot(fromView)).toBe(snapshot(source));

    const fromBuffer = await resumeSetup();
    loadCheckpointFromBytes(bytes.slice().buffer, fromBuffer.trainer);
    expect(snapshot(fromBuffer)).toBe(snapshot(source));

    const path = join(mkdtempSync(join(tmpdir(), 'lrkit-bytes-')), 'run.ckpt.json');
    writeFileSync(path, bytes);
    const fromFile = await resumeSetup();
    await loadCheckpoint(path, fromFile.trainer);
    expect(snapshot(fromFile)).toBe(snapshot(source));
  });

  it('refuses what is not checkpoint bytes with a CheckpointError, changing nothing', async () => {
    const good = saveCheckpointToBytes((await trained(5)).trainer);
    const target = await trained(3);
    const before = snapshot(target);
    const text = new TextDecoder().decode(good);
    const cases: [unknown, string][] = [
      ['{"format":1}', 'bytes'],
      [null, 'bytes'],
      [[123, 34], 'bytes'],
      [new Float32Array(4), 'bytes'],
      [new Blob([good]), 'bytes'],
      [Uint8Array.of(0xff, 0xfe), 'bytes'],
      [new TextEncoder().encode(text.slice(0, -1)), 'bytes'],
      [new TextEncoder().encode('[]'), 'checkpoint'],
      [new TextEncoder().encode(text.replace('"version":1', '"version":2')), 'checkpoint'],
      [
        new TextEncoder().encode(text.replace('"globalStep":5', '"globalStep":5.5')),
        'checkpoint.progress.globalStep',
      ],
    ];
    for (const [input, parameter] of cases) {
      expect(() => loadCheckpointFromBytes(input as Uint8Array, target.trainer)).toThrow(
        expect.objectContaining({ name: 'CheckpointError', parameter }),
      );
      expect(snapshot(target)).toBe(before);
    }
  });

  it('refuses metadata that is not JSON and unknown options before encoding anything', async () => {
    const { trainer } = await resumeSetup();
    expect(() => saveCheckpointToBytes(trainer, { metadata: 1n as never })).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', parameter: 'options.metadata' }),
    );
    expect(() => saveCheckpointToBytes(trainer, { metaData: {} } as never)).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', parameter: 'options.metaData' }),
    );
  });
});
