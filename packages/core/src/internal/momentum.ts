import type { Optimizer, ParamGroup } from '../optimizer';
import { invalid } from './validate';

/** Which field a momentum-cycling schedule writes: SGD's `momentum` or Adam's `betas[0]`. */
export type MomentumKey = 'momentum' | 'betas';

/** Every group must carry `betas` (beta1 is cycled) or `momentum`, as PyTorch's optimizer defaults do. */
export function momentumKeyOf(optimizer: Optimizer, parameter: string): MomentumKey {
  const groups = optimizer.paramGroups;
  if (groups.every((g) => Array.isArray(g.betas) && g.betas.length === 2)) return 'betas';
  if (groups.every((g) => typeof g.momentum === 'number')) return 'momentum';
  return invalid(
    parameter,
    true,
    'needs param groups that all carry momentum (SGD-style) or betas (Adam-style, beta1 is cycled); set it to false for an optimizer without momentum',
  );
}

export function writeMomentum(group: ParamGroup, key: MomentumKey, value: number): void {
  if (key === 'betas') group.betas = [value, group.betas![1]];
  else group.momentum = value;
}

export function readMomentum(group: ParamGroup, key: MomentumKey): number {
  return key === 'betas' ? group.betas![0] : group.momentum!;
}

/** A momentum or beta1 value: in [0, 1]. */
export function unit(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    invalid(parameter, value, 'must be a number in [0, 1]');
  }
  return value;
}

/** Writes saved momentums back to the groups after a state was loaded. */
export function restoreMomentums(
  optimizer: Optimizer,
  key: MomentumKey | null,
  momentums: readonly number[],
): void {
  if (!key) return;
  const groups = optimizer.paramGroups;
  for (let i = 0; i < groups.length; i++) writeMomentum(groups[i]!, key, momentums[i]!);
}

/** Everything a momentum-cycling scheduler (CyclicLR, OneCycleLR) needs to write its momentums. */
export interface MomentumWriter {
  key: MomentumKey | null;
  /** This step's momentums, computed before anything is written. */
  buffer: number[];
  /** Each group's momentum (or beta1) before a write, to undo it. */
  saved: number[];
}

export function momentumWriterOf(key: MomentumKey | null, groupCount: number): MomentumWriter {
  // Built by push from a double so the array is packed doubles from the start (no elements-kind
  // transition on the step path).
  const buffer: number[] = [];
  for (let i = 0; i < groupCount; i++) buffer.push(0.5);
  return { key, buffer, saved: buffer.slice() };
}

/**
 * After a step wrote them: this step's momentums become the scheduler's `lastMomentums` and the
 * old array is the next buffer (trading places instead of copying, as the lrs do).
 */
export function takeMomentums(writer: MomentumWriter | null, last: number[]): number[] {
  if (writer === null || writer.key === null) return last;
  const written = writer.buffer;
  if (written.length !== last.length) {
    for (let i = 0; i < written.length; i++) last[i] = written[i]!;
    return last;
  }
  writer.buffer = last;
  return written;
}

/** A saved `momentumKey`: 'momentum', 'betas' or null. */
export function momentumKeyRule(parameter: string, value: unknown): MomentumKey | null {
  if (value === null || value === 'momentum' || value === 'betas') return value;
  return invalid(parameter, value, "must be 'momentum', 'betas' or null");
}

/** A saved state cycles momentum on the same kind of optimizer as the live scheduler. */
export function checkMomentumConfig(
  next: Readonly<Record<string, unknown>>,
  root: string,
  live: MomentumKey | null,
): void {
  if (next.momentumKey !== live) {
    invalid(
      `${root}.momentumKey`,
      next.momentumKey,
      `must be ${live === null ? 'null' : `'${live}'`} (the state was saved with another kind of optimizer or cycleMomentum setting)`,
    );
  }
}
