import { LrkitError } from '@lrkit/core';
import type { io } from '@tensorflow/tfjs-core';
import { joinBuffers } from './checkpoint';

/** An IOHandler that keeps the last saved checkpoint in memory (tests, workers, custom storage). */
export interface MemoryCheckpoint extends io.IOHandler {
  save(artifacts: io.ModelArtifacts): Promise<io.SaveResult>;
  load(): Promise<io.ModelArtifacts>;
  /** The saved artifacts, or undefined before the first save. */
  readonly artifacts: io.ModelArtifacts | undefined;
}

/**
 * An in-memory save/load target for {@link saveCheckpoint} and {@link loadCheckpoint}. The weight
 * data is copied on save, so later training cannot change what was saved.
 */
export function memoryCheckpoint(): MemoryCheckpoint {
  let saved: (io.ModelArtifacts & { weightData: ArrayBuffer }) | undefined;
  return {
    get artifacts() {
      return saved;
    },
    async save(artifacts) {
      const weightData = joinBuffers([artifacts.weightData]);
      saved = { ...artifacts, weightData, weightSpecs: [...(artifacts.weightSpecs ?? [])] };
      return {
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON',
          weightDataBytes: weightData.byteLength,
        },
      };
    },
    async load() {
      if (!saved) throw new LrkitError('Nothing was saved to this memory checkpoint yet');
      return { ...saved, weightData: saved.weightData.slice(0) };
    },
  };
}
