import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LrkitError } from '@lrkit/core';
import type { io } from '@tensorflow/tfjs-core';
import { joinBuffers } from './checkpoint';

const MODEL_FILE = 'model.json';
const WEIGHTS_FILE = 'weights.bin';

/**
 * A directory IOHandler for Node without `@tensorflow/tfjs-node`: writes tfjs's standard layout
 * (`model.json` with the topology, weights manifest and user-defined metadata, plus
 * `weights.bin`), each file written to a temporary name first and renamed, so an interrupted save
 * never leaves a half-written checkpoint behind.
 */
export function fileCheckpoint(directory: string): io.IOHandler {
  if (typeof directory !== 'string' || directory.length === 0) {
    throw new LrkitError(`fileCheckpoint needs a directory path, got ${String(directory)}`);
  }
  const modelPath = join(directory, MODEL_FILE);
  const weightsPath = join(directory, WEIGHTS_FILE);
  return {
    async save(artifacts) {
      await mkdir(directory, { recursive: true });
      const weightData = joinBuffers([artifacts.weightData]);
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
        ...(artifacts.userDefinedMetadata
          ? { userDefinedMetadata: artifacts.userDefinedMetadata }
          : {}),
        weightsManifest: [{ paths: [`./${WEIGHTS_FILE}`], weights: artifacts.weightSpecs ?? [] }],
      };
      await writeAtomically(weightsPath, new Uint8Array(weightData));
      await writeAtomically(modelPath, JSON.stringify(modelJson));
      return {
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON',
          weightDataBytes: weightData.byteLength,
        },
      };
    },
    async load() {
      const modelJson = JSON.parse(await readFile(modelPath, 'utf8')) as io.ModelJSON;
      const weightSpecs = modelJson.weightsManifest.flatMap((entry) => entry.weights);
      const buffers = await Promise.all(
        modelJson.weightsManifest.flatMap((entry) =>
          entry.paths.map((p) => readFile(join(directory, p))),
        ),
      );
      const weightData = joinBuffers(
        buffers.map(
          (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
        ),
      );
      const { weightsManifest: _manifest, ...rest } = modelJson;
      return { ...rest, weightSpecs, weightData } as io.ModelArtifacts;
    },
  };
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}
