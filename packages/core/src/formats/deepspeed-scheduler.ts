import { NonFiniteLrError } from '../errors/non-finite-lr-error';
import { checkGroupsWritable } from '../internal/groups';
import { type Commit, PREPARE_LOAD } from '../internal/prepare-load';
import type { FieldRule } from '../internal/state';
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

/** What a step writes: every group's lr (maybe fewer, see lrsAt) and the cycled beta1, if any. */
interface Values {
  lrs: number[];
  momentums: number[] | null;
}

/**
 * What the schedulers of DeepSpeed's `deepspeed/runtime/lr_schedules.py` share: a step index
 * `lastBatchIteration` (-1 before the first step), one `step()` per optimizer step as DeepSpeed's
 * engine does, `step(batchIteration)` to jump, and a state that is lrkit's (`stateDict()`) or
 * DeepSpeed's own `{ last_batch_iteration }` (both accepted by `loadStateDict` and
 * `validateStateDict`).
 */
export abstract class DeepSpeedScheduler extends BaseScheduler {
  static override readonly schedulerName: string = 'DeepSpeedScheduler';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    lastBatchIteration: batchIteration,
  };
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

  /** Writes the momentums (OneCycle: Adam's betas); only schedulers that cycle them override it. */
  protected writeMomentums(_momentums: readonly number[]): void {}

  /** The values at `iteration`, checked finite before anything is written. */
  protected valuesAt(iteration: number): Values {
    const values = { lrs: this.lrsAt(iteration), momentums: this.momentumsAt(iteration) };
    this.checkFinite(values, iteration);
    return values;
  }

  /** What the constructor writes on a fresh start (lastBatchIteration -1). */
  protected initialValues(): Values {
    return this.valuesAt(-1);
  }

  private checkFinite({ lrs, momentums }: Values, step: number): void {
    const bad = (field: 'lr' | 'momentum', list: readonly number[]) => {
      const group = list.findIndex((v) => !Number.isFinite(v));
      if (group !== -1) {
        throw new NonFiniteLrError({
          scheduler: this.schedulerName,
          group,
          field,
          value: list[group]!,
          step,
        });
      }
    };
    bad('lr', lrs);
    if (momentums) bad('momentum', momentums);
  }

  /** Writes computed values; cannot throw once the groups were checked writable. */
  protected write({ lrs, momentums }: Values): void {
    const groups = this.optimizer.paramGroups;
    const n = Math.min(groups.length, lrs.length);
    for (let i = 0; i < n; i++) groups[i]!.lr = lrs[i]!;
    if (momentums) this.writeMomentums(momentums);
    this.recordLastLrs();
  }

  /** Writes what the constructor writes on a fresh start (subclass constructors call it last). */
  protected applyInitial(): void {
    const values = this.initialValues();
    checkGroupsWritable(this.optimizer, this.writtenKeys());
    this.write(values);
  }

  /** One optimizer step (no argument), or DeepSpeed's `step(batch_iteration)`. */
  step(batchIterationArg?: number): void {
    const next =
      batchIterationArg === undefined
        ? this.lastBatchIteration + 1
        : batchIteration('batchIteration', batchIterationArg);
    const values = this.valuesAt(next);
    checkGroupsWritable(this.optimizer, this.writtenKeys());
    this.write(values);
    this.lastBatchIteration = next;
  }

  /** Takes lrkit's state or DeepSpeed's own `{ last_batch_iteration }` (the type says both). */
  override loadStateDict(state: SchedulerState | DeepSpeedState): void {
    super.loadStateDict(state as SchedulerState);
  }

  /**
   * Validates lrkit's state as every scheduler does, or DeepSpeed's `{ last_batch_iteration }`;
   * in both cases the commit writes the lr of the loaded step to the groups, so training resumes
   * even without the optimizer's own state.
   */
  override [PREPARE_LOAD](state: unknown, root: string): Commit {
    if (!isDeepSpeedState(state)) return super[PREPARE_LOAD](state, root);
    for (const key of Object.keys(state)) {
      if (key !== 'last_batch_iteration') {
        invalid(
          `${root}.${key}`,
          (state as unknown as Record<string, unknown>)[key],
          'is not a field of a DeepSpeed scheduler state { last_batch_iteration }',
        );
      }
    }
    const iteration = batchIteration(`${root}.last_batch_iteration`, state.last_batch_iteration);
    const values = iteration === -1 ? this.initialValues() : this.valuesAt(iteration);
    checkGroupsWritable(this.optimizer, this.writtenKeys());
    return () => {
      this.write(values);
      this.lastBatchIteration = iteration;
    };
  }
}
