import { randomBytes } from 'node:crypto';
import { isAbsolute, join, resolve, win32 } from 'node:path';
import { LrkitError } from '@lrkit/core';
import type { io } from '@tensorflow/tfjs-core';
import { joinBuffers } from './checkpoint';
import { CheckpointError, CheckpointSaveError } from './checkpoint-error';
import {
  type CheckpointFileSystem,
  nodeFileSystem,
  removeQuietly,
  syncDirectory,
  withCleanup,
  writeDurably,
} from './durable-fs';
import { weightBytesOf } from './weights-manifest';

const MODEL_FILE = 'model.json';
/** Files a save writes, named `<pid>-<random>` so that concurrent saves never share a name. */
const OWN_FILE = /^(?:weights-(\d+)-([0-9a-f]+)\.bin|model\.json\.(\d+)-([0-9a-f]+)\.tmp)$/;
/** Saves of this process that have not finished (their files must not be swept). */
const inFlight = new Set<string>();
/** The commit step (rename, fsync, sweep) of saves to one directory, one at a time per process. */
const commits = new Map<string, Promise<unknown>>();

/**
 * A directory IOHandler for Node without `@tensorflow/tfjs-node`, in tfjs's layout: `model.json`
 * (topology, weights manifest, user-defined metadata) and the weights file it names.
 *
 * A save is atomic: it writes a new, uniquely named weights file and a temporary `model.json`,
 * fsyncs both, then renames the temporary file over `model.json`. That rename is the only step
 * that changes which checkpoint the directory holds, so an error or a crash at any point leaves
 * either the complete old checkpoint or the complete new one, and concurrent saves never mix
 * (the last to rename wins). Files of older, failed or killed saves are removed by later saves.
 */
export function fileCheckpoint(directory: string): io.IOHandler {
  return createFileCheckpoint(directory, nodeFileSystem);
}

/** {@link fileCheckpoint} over any {@link CheckpointFileSystem} (the fault-injection tests use it). */
export function createFileCheckpoint(directory: string, files: CheckpointFileSystem): io.IOHandler {
  if (typeof directory !== 'string' || directory.length === 0 || directory.includes('\0')) {
    throw new CheckpointError({
      parameter: 'directory',
      value: directory,
      expected: 'must be a directory path',
    });
  }
  const root = resolve(directory);
  return {
    save: async (artifacts) => {
      try {
        return await saveFiles(root, files, artifacts);
      } catch (error) {
        throw LrkitError.isInstance(error) ? error : new CheckpointSaveError(root, error);
      }
    },
    load: () => loadFiles(root, files),
  };
}

async function saveFiles(
  root: string,
  files: CheckpointFileSystem,
  artifacts: io.ModelArtifacts,
): Promise<io.SaveResult> {
  const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const weightsName = `weights-${id}.bin`;
  const weightsPath = join(root, weightsName);
  const temporary = join(root, `${MODEL_FILE}.${id}.tmp`);
  const weightData = new Uint8Array(joinBuffers([artifacts.weightData]));
  const modelJson = new TextEncoder().encode(JSON.stringify(modelJsonOf(artifacts, weightsName)));
  inFlight.add(id);
  let committed = false;
  try {
    await files.mkdir(root);
    await writeDurably(files, weightsPath, weightData);
    await writeDurably(files, temporary, modelJson);
    await serialized(root, async () => {
      await files.rename(temporary, join(root, MODEL_FILE));
      committed = true;
      await syncDirectory(files, root);
      await sweep(root, files);
    });
  } catch (error) {
    if (committed) throw error;
    throw await withCleanup(error, async () => {
      await removeQuietly(files, temporary);
      await removeQuietly(files, weightsPath);
    });
  } finally {
    inFlight.delete(id);
  }
  return {
    modelArtifactsInfo: {
      dateSaved: new Date(),
      modelTopologyType: 'JSON',
      weightDataBytes: weightData.byteLength,
    },
  };
}

function modelJsonOf(artifacts: io.ModelArtifacts, weightsName: string): io.ModelJSON {
  return {
    modelTopology: artifacts.modelTopology as io.ModelJSON['modelTopology'],
    format: artifacts.format as string,
    generatedBy: artifacts.generatedBy as string,
    convertedBy: artifacts.convertedBy as string,
    ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
    ...(artifacts.userDefinedMetadata
      ? { userDefinedMetadata: artifacts.userDefinedMetadata }
      : {}),
    weightsManifest: [{ paths: [`./${weightsName}`], weights: artifacts.weightSpecs ?? [] }],
  };
}

async function serialized<T>(root: string, task: () => Promise<T>): Promise<T> {
  const previous = commits.get(root) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => {});
  commits.set(root, settled);
  try {
    return await run;
  } finally {
    if (commits.get(root) === settled) commits.delete(root);
  }
}

/**
 * Best effort: removes the files of saves that can no longer commit (failed, superseded, or of a
 * process that has died) and that the current `model.json` does not name. Never throws: the new
 * checkpoint is already in place.
 */
async function sweep(root: string, files: CheckpointFileSystem): Promise<void> {
  try {
    const manifest = parseModelJson(await files.readFile(join(root, MODEL_FILE)), root);
    const live = new Set(manifest.weightsManifest.flatMap((entry) => entry.paths.map(fileNameOf)));
    for (const name of await files.readdir(root)) {
      const match = OWN_FILE.exec(name);
      if (!match || live.has(name)) continue;
      const pid = Number(match[1] ?? match[3]);
      const id = `${pid}-${match[2] ?? match[4]}`;
      const active = pid === process.pid ? inFlight.has(id) : isAlive(pid);
      if (!active) await removeQuietly(files, join(root, name)).catch(() => {});
    }
  } catch {
    // Leftovers stay until the next save; they are never read.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

async function loadFiles(root: string, files: CheckpointFileSystem): Promise<io.ModelArtifacts> {
  // A concurrent save may remove the weights file named by the model.json read just before it
  // committed; reading again then finds the newer checkpoint.
  for (let attempt = 1; ; attempt++) {
    const modelJson = parseModelJson(
      await readOrFail(files, join(root, MODEL_FILE), 'directory', root),
      root,
    );
    try {
      return await artifactsOf(root, files, modelJson);
    } catch (error) {
      const missing = (error as { cause?: { code?: unknown } }).cause?.code === 'ENOENT';
      if (!missing || attempt >= 5) throw error;
    }
  }
}

async function artifactsOf(
  root: string,
  files: CheckpointFileSystem,
  modelJson: io.ModelJSON,
): Promise<io.ModelArtifacts> {
  const buffers: Uint8Array[] = [];
  for (const [i, entry] of modelJson.weightsManifest.entries()) {
    const expected = weightBytesOf(entry.weights, `model.json.weightsManifest[${i}].weights`);
    let actual = 0;
    for (const [j, path] of entry.paths.entries()) {
      const bytes = await readOrFail(
        files,
        join(root, fileNameOf(path)),
        `model.json.weightsManifest[${i}].paths[${j}]`,
        path,
      );
      buffers.push(bytes);
      actual += bytes.byteLength;
    }
    if (actual !== expected) {
      throw new CheckpointError({
        parameter: `model.json.weightsManifest[${i}]`,
        value: entry.paths,
        expected: `must hold the ${expected} bytes its weights manifest describes, found ${actual}`,
      });
    }
  }
  const weightData = joinBuffers(
    buffers.map((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer),
  );
  const { weightsManifest, ...rest } = modelJson;
  return {
    ...rest,
    weightSpecs: weightsManifest.flatMap((e) => e.weights),
    weightData,
  } as io.ModelArtifacts;
}

async function readOrFail(
  files: CheckpointFileSystem,
  path: string,
  parameter: string,
  value: unknown,
): Promise<Uint8Array> {
  try {
    return await files.readFile(path);
  } catch (cause) {
    const code = (cause as { code?: unknown })?.code;
    const expected =
      code === 'ENOENT'
        ? `must name an existing file (${path} does not exist)`
        : `must name a readable file (${(cause as Error)?.message ?? String(cause)})`;
    throw new CheckpointError({ parameter, value, expected, cause });
  }
}

/** Parses and checks model.json: JSON, a weights manifest, and paths that stay in `root`. */
function parseModelJson(bytes: Uint8Array, root: string): io.ModelJSON {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new CheckpointError({
      parameter: 'model.json',
      value: join(root, MODEL_FILE),
      expected: `must be the JSON a checkpoint save writes (${(cause as Error).message})`,
      cause,
    });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new CheckpointError({
      parameter: 'model.json',
      value: json,
      expected: 'must be an object',
    });
  }
  const manifest = (json as { weightsManifest?: unknown }).weightsManifest;
  if (!Array.isArray(manifest)) {
    throw new CheckpointError({
      parameter: 'model.json.weightsManifest',
      value: manifest,
      expected: 'must be an array of { paths, weights }',
    });
  }
  manifest.forEach((entry: unknown, i) => {
    const paths = (entry as { paths?: unknown } | null)?.paths;
    if (!Array.isArray(paths)) {
      throw new CheckpointError({
        parameter: `model.json.weightsManifest[${i}].paths`,
        value: paths,
        expected: 'must be an array of file names',
      });
    }
    paths.forEach((p: unknown, j) => {
      checkFileName(p, `model.json.weightsManifest[${i}].paths[${j}]`);
    });
  });
  return json as io.ModelJSON;
}

/**
 * A manifest path must name a file directly in the checkpoint directory (`./name` or `name`):
 * absolute paths, `..` and subdirectories are refused, so a crafted checkpoint cannot make the
 * loader read any other file.
 */
function checkFileName(path: unknown, parameter: string): void {
  const name = typeof path === 'string' ? fileNameOf(path) : '';
  const ok =
    typeof path === 'string' &&
    !isAbsolute(path) &&
    !win32.isAbsolute(path) &&
    name.length > 0 &&
    name !== '.' &&
    name !== '..' &&
    !/[/\\\0:]/.test(name);
  if (!ok) {
    throw new CheckpointError({
      parameter,
      value: path,
      expected:
        'must be the name of a file inside the checkpoint directory (no directories, no ..)',
    });
  }
}

function fileNameOf(path: string): string {
  return path.startsWith('./') ? path.slice(2) : path;
}
