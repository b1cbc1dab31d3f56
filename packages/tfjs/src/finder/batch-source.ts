import type { Tensor, TensorContainer } from '@tensorflow/tfjs-core';
import { dispose, slice as sliceRows } from '@tensorflow/tfjs-core';
import { invalid, positiveInteger } from '../internal/validate';

/** fit-style training data: the `x` and `y` you would give `model.fit(x, y)`. */
export interface FitData {
  x: Tensor | Tensor[];
  y: Tensor | Tensor[];
}

/** The part of a `tf.data.Dataset` of `{ xs, ys }` batches the range test reads. */
export interface BatchDataset {
  iterator(): Promise<{ next(): Promise<{ done: boolean; value: TensorContainer }> }>;
}

/** One batch and the tensors to release after training on it. */
export interface Batch {
  xs: Tensor | Tensor[];
  ys: Tensor | Tensor[];
  release(): void;
}

/** An endless source of batches: the data is cycled, as fastai runs extra epochs for num_it. */
export interface BatchSource {
  next(): Promise<Batch>;
}

function isDataset(data: unknown): data is BatchDataset {
  return typeof (data as BatchDataset | null)?.iterator === 'function';
}

function rowsOf(parameter: string, value: unknown): number {
  const tensors = Array.isArray(value) ? value : [value];
  if (tensors.length === 0)
    invalid(parameter, value, 'must be a tensor or a non-empty array of tensors');
  let rows = -1;
  tensors.forEach((t: unknown, i) => {
    const shape = (t as Tensor | null)?.shape;
    if (!Array.isArray(shape) || shape.length === 0 || (t as Tensor).isDisposed) {
      invalid(
        Array.isArray(value) ? `${parameter}[${i}]` : parameter,
        t,
        'must be a live tensor with a batch dimension',
      );
    }
    if (rows !== -1 && shape[0] !== rows)
      invalid(parameter, shape, `must have ${rows} rows in every tensor`);
    rows = shape[0]!;
  });
  if (rows <= 0) invalid(parameter, rows, 'must have at least one row');
  return rows;
}

/** Checks the data (before anything trains) and returns a cycling batch source. */
export function batchSource(data: unknown, batchSize: unknown): BatchSource {
  if (isDataset(data)) return datasetSource(data);
  if (typeof data !== 'object' || data === null || !('x' in data) || !('y' in data)) {
    invalid(
      'data',
      data,
      'must be { x, y } tensors (as for model.fit) or a tf.data.Dataset of { xs, ys }',
    );
  }
  const { x, y } = data as FitData;
  const rows = rowsOf('data.x', x);
  const yRows = rowsOf('data.y', y);
  if (yRows !== rows) invalid('data.y', yRows, `must have as many rows as data.x (${rows})`);
  const size = Math.min(positiveInteger('batchSize', batchSize ?? 32), rows);
  let start = 0;
  const slice = (t: Tensor | Tensor[], from: number, count: number) =>
    Array.isArray(t) ? t.map((u) => sliceRows(u, from, count)) : sliceRows(t, from, count);
  return {
    async next() {
      // Last partial batches are dropped so every batch trains with the same size.
      if (start + size > rows) start = 0;
      const xs = slice(x, start, size);
      const ys = slice(y, start, size);
      start += size;
      return { xs, ys, release: () => dispose([xs, ys] as Tensor[]) };
    },
  };
}

function datasetSource(dataset: BatchDataset): BatchSource {
  let iterator: Awaited<ReturnType<BatchDataset['iterator']>> | null = null;
  return {
    async next() {
      for (let attempt = 0; attempt < 2; attempt++) {
        iterator ??= await dataset.iterator();
        const item = await iterator.next();
        if (!item.done) {
          const value = item.value as { xs?: Tensor | Tensor[]; ys?: Tensor | Tensor[] };
          if (!value || value.xs === undefined || value.ys === undefined) {
            dispose(item.value);
            invalid(
              'data',
              item.value,
              'must be a tf.data.Dataset whose elements are { xs, ys } batches',
            );
          }
          return { xs: value.xs, ys: value.ys, release: () => dispose(item.value) };
        }
        iterator = null; // an epoch ended: start the next one
      }
      return invalid('data', dataset, 'must be a tf.data.Dataset with at least one batch');
    },
  };
}
