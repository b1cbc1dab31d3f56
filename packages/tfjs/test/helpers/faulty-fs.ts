import type { CheckpointFileSystem, WritableFile } from '../../src/checkpoint/durable-fs';
import { nodeFileSystem } from '../../src/checkpoint/durable-fs';

/** An error as the file system gives it (ENOSPC: the disk filled up). */
export class InjectedFault extends Error {
  readonly code = 'ENOSPC';
  constructor(
    readonly point: number,
    readonly call: string,
  ) {
    super(`injected ENOSPC at fault point ${point} (${call})`);
  }
}

/**
 * The real file system with a counter on every call that writes (mkdir, open, write, fsync,
 * close, rename, unlink): the calls whose numbers are in `failAt` throw an {@link InjectedFault}
 * instead of running. `calls` lists every counted call, so a clean run tells how many fault
 * points a save has.
 */
export function faultyFileSystem(failAt: ReadonlySet<number> = new Set()) {
  const calls: string[] = [];
  const faults: InjectedFault[] = [];
  const point = async <T>(
    call: string,
    run: () => Promise<T>,
    onFault?: () => Promise<unknown>,
  ): Promise<T> => {
    const n = calls.length;
    calls.push(call);
    if (failAt.has(n)) {
      const fault = new InjectedFault(n, call);
      faults.push(fault);
      // A failed close(2) still releases the descriptor (POSIX), so the fault does the same.
      await onFault?.().catch(() => {});
      throw fault;
    }
    return run();
  };
  const wrap = (file: WritableFile, path: string): WritableFile => ({
    write: (data) => point(`write ${path}`, () => file.write(data)),
    sync: () => point(`fsync ${path}`, () => file.sync()),
    close: () =>
      point(
        `close ${path}`,
        () => file.close(),
        () => file.close(),
      ),
  });
  const files: CheckpointFileSystem = {
    mkdir: (path) => point(`mkdir ${path}`, () => nodeFileSystem.mkdir(path)),
    open: (path, flags) =>
      point(`open ${path}`, async () => wrap(await nodeFileSystem.open(path, flags), path)),
    rename: (from, to) => point(`rename ${from}`, () => nodeFileSystem.rename(from, to)),
    unlink: (path) => point(`unlink ${path}`, () => nodeFileSystem.unlink(path)),
    readFile: (path) => nodeFileSystem.readFile(path),
    readdir: (path) => nodeFileSystem.readdir(path),
  };
  return { files, calls, faults };
}
