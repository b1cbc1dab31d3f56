// The same durable-write helpers as @lrkit/tfjs's checkpoint/durable-fs.ts: the adapters share no
// runtime package but the core, which stays free of node:fs.
import * as fs from 'node:fs/promises';

/** An open file: the three calls a durable write makes. */
export interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls a checkpoint save or load makes, one method per call so that a test can
 * fail any single one of them (fault injection on the real file system). (The same helper as
 * @lrkit/tfjs's: the adapters share no runtime package besides the core, which has no fs.)
 */
export interface CheckpointFileSystem {
  mkdir(path: string): Promise<void>;
  /** `'wx'` creates a new file (fails if it exists); `'r'` opens a directory to fsync it. */
  open(path: string, flags: 'wx' | 'r'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
}

/** node:fs/promises behind {@link CheckpointFileSystem}. */
export const nodeFileSystem: CheckpointFileSystem = {
  async mkdir(path) {
    await fs.mkdir(path, { recursive: true });
  },
  async open(path, flags) {
    const handle = await fs.open(path, flags);
    return {
      write: async (data) => {
        await handle.writeFile(data);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  readFile: (path) => fs.readFile(path),
  readdir: (path) => fs.readdir(path),
};

/**
 * Writes a new file and fsyncs it before closing, so that a later rename that refers to it never
 * publishes a file whose bytes are still only in the page cache. On failure the partial file is
 * removed; if that fails too, the first error is thrown with the cleanup error attached.
 */
export async function writeDurably(
  files: CheckpointFileSystem,
  path: string,
  data: Uint8Array,
): Promise<void> {
  let file: WritableFile | undefined;
  try {
    file = await files.open(path, 'wx');
    await file.write(data);
    await file.sync();
    const opened = file;
    file = undefined;
    await opened.close();
  } catch (error) {
    if (file) await file.close().catch(() => {});
    throw await withCleanup(error, () => removeQuietly(files, path));
  }
}

/** fsyncs a directory so that a rename in it survives a power loss (a no-op where unsupported). */
export async function syncDirectory(files: CheckpointFileSystem, path: string): Promise<void> {
  let dir: WritableFile;
  try {
    dir = await files.open(path, 'r');
  } catch (error) {
    if (isUnsupportedDirSync(error)) return;
    throw error;
  }
  try {
    await dir.sync();
  } catch (error) {
    if (!isUnsupportedDirSync(error)) throw error;
  } finally {
    await dir.close().catch(() => {});
  }
}

/** Removes a file that may not exist; other errors propagate. */
export async function removeQuietly(files: CheckpointFileSystem, path: string): Promise<void> {
  try {
    await files.unlink(path);
  } catch (error) {
    if ((error as { code?: unknown })?.code !== 'ENOENT') throw error;
  }
}

/**
 * Runs a cleanup after `error` (retried once); returns `error` to rethrow, keeping it as the one
 * reported. A cleanup that fails twice is attached to it (`suppressed`), never thrown in its place.
 */
export async function withCleanup(error: unknown, cleanup: () => Promise<void>): Promise<unknown> {
  try {
    // Twice: a transient failure (EBUSY, EINTR, an injected fault) must not leave a partial file.
    await cleanup().catch(() => cleanup());
  } catch (cleanupError) {
    if (typeof error === 'object' && error !== null) {
      try {
        Object.defineProperty(error, 'suppressed', { value: cleanupError, configurable: true });
      } catch {
        // A frozen error object: the original error still wins.
      }
    }
  }
  return error;
}

function isUnsupportedDirSync(error: unknown): boolean {
  // Windows cannot open or fsync a directory; the rename is as durable as that platform allows.
  const code = (error as { code?: unknown })?.code;
  return (
    process.platform === 'win32' && (code === 'EISDIR' || code === 'EPERM' || code === 'EACCES')
  );
}
