import { invalid, isPlainObject } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { BaseScheduler, type SchedulerState } from '../scheduler';

/** DeepSpeed's own checkpoint of a scheduler (`state_dict()` in lr_schedules.py). */
export interface DeepSpeedState {
  last_batch_iteration: number;
}

/** A step index DeepSpeed accepts: -1 (before the first step) or a later one. */
export function batchIteration(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < -1) {
    invalid(parameter, value, 'must be an integer ≥ -1 (DeepSpeed’s last_batch_iteration)');
  }
  return value;
}

function isDeepSpeedState(state: unknown): state is DeepSpeedState {
  return isPlainObject(state) && 'last_batch_iteration' in state && !('version' in state);
}

/**
 * What the schedulers of DeepSpeed's `deepspeed/runtime/lr_schedules.py` share: a step index
 * `lastBatchIteration` (-1 before the first step), one `step()` per optimizer step as DeepSpeed's
 * engine does, `step(batchIteration)` to jump, and a state that is lrkit's (`stateDict()`) or
 * DeepSpeed's own `{ last_batch_iteration }` (both accepted by `loadStateDict`).
 */
export abstract class DeepSpeedScheduler extends BaseScheduler {
  static override readonly schedulerName: string = 'DeepSpeedScheduler';
  /** DeepSpeed's `last_batch_iteration`: -1 after construction, +1 per `step()`. */
  lastBatchIteration: number;

  constructor(optimizer: Optimizer, lastBatchIteration: number) {
    super(optimizer, false);
    this.lastBatchIteration = lastBatchIteration;
  }

  /**
   * DeepSpeed's `get_lr()` at `iteration`. It may hold fewer lrs than there are groups
   * (WarmupCosineLR before its first step returns one), as DeepSpeed zips them with the groups.
   */
  abstract lrsAt(iteration: number): number[];

  /** The beta1 of every group at `iteration`, for schedulers that cycle it (else null). */
  protected momentumsAt(_iteration: number): number[] | null {
    return null;
  }

  /** Writes a momentum (OneCycle: Adam's betas); only schedulers that cycle momentum override it. */
  protected writeMomentums(_momentums: readonly number[]): void {}

  /** Computes everything first, then writes: a step that cannot be computed changes nothing. */
  protected applyAt(
    iteration: number,
    lrs = this.lrsAt(iteration),
    momentums = this.momentumsAt(iteration),
  ): void {
    lrs.forEach((lr, i) => {
      if (!Number.isFinite(lr)) invalid(`lr[${i}]`, lr, `must be finite (at step ${iteration})`);
    });
    const groups = this.optimizer.paramGroups;
    const n = Math.min(groups.length, lrs.length);
    for (let i = 0; i < n; i++) groups[i]!.lr = lrs[i]!;
    if (momentums) this.writeMomentums(momentums);
    this.recordLastLrs();
  }

  /** One optimizer step (no argument), or DeepSpeed's `step(batch_iteration)`. */
  step(batchIterationArg?: number): void {
    const next =
      batchIterationArg === undefined
        ? this.lastBatchIteration + 1
        : batchIteration('batchIteration', batchIterationArg);
    this.applyAt(next);
    this.lastBatchIteration = next;
  }

  /**
   * Loads lrkit's `stateDict()`, or DeepSpeed's `{ last_batch_iteration }`; in both cases the
   * groups get the lr of the loaded step, so training resumes even without the optimizer's state.
   */
  override loadStateDict(state: SchedulerState | DeepSpeedState): void {
    if (isDeepSpeedState(state)) {
      const keys = Object.keys(state).filter((k) => k !== 'last_batch_iteration');
      if (keys.length > 0) {
        invalid(
          `state.${keys[0]}`,
          state[keys[0] as keyof DeepSpeedState],
          'is not a field of a DeepSpeed scheduler state { last_batch_iteration }',
        );
      }
      const iteration = batchIteration('state.last_batch_iteration', state.last_batch_iteration);
      if (iteration === -1) this.applyInitial();
      else this.applyAt(iteration);
      this.lastBatchIteration = iteration;
      return;
    }
    super.loadStateDict(state);
    this.afterLoad();
  }

  /** Writes what the constructor writes on a fresh start (lastBatchIteration -1). */
  protected applyInitial(): void {
    this.applyAt(-1);
  }

  /** Restores what lrkit's state holds beyond the lrs (OneCycle: momentums). */
  protected afterLoad(): void {}

  protected override checkState(next: Readonly<Record<string, unknown>>): void {
    super.checkState(next);
    if ('lastBatchIteration' in next) {
      batchIteration('state.lastBatchIteration', next.lastBatchIteration);
    }
  }
}
