import { invalid, readOptions } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { checkStep } from '../schedules/schedule';

/** A multiplier of the base lr as a function of the step (PyTorch's `lr_lambda`). */
export type LrLambda = (epoch: number) => number;

export interface LambdaLROptions extends SchedulerBaseOptions {
  /** One function for every group, or one per group. Not saved by `stateDict()`. */
  lrLambda: LrLambda | readonly LrLambda[];
}

/** Resolves one lambda or a list with exactly one lambda per group. */
export function lambdasPerGroup(
  value: unknown,
  optimizer: Optimizer,
  parameter = 'lrLambda',
): LrLambda[] {
  const count = validateOptimizer(optimizer).paramGroups.length;
  if (Array.isArray(value)) {
    if (value.length !== count) {
      invalid(
        parameter,
        value,
        `must be one function or a list of ${count} functions (one per param group), but the list has ${value.length}`,
      );
    }
    return value.map((f, i) => lambdaOf(`${parameter}[${i}]`, f));
  }
  const one = lambdaOf(parameter, value);
  return Array.from({ length: count }, () => one);
}

/** Functions are not saved by stateDict(): the message says so, as a rebuild is where it bites. */
function lambdaOf(parameter: string, value: unknown): LrLambda {
  if (typeof value !== 'function') {
    invalid(
      parameter,
      value,
      'must be a function of the step (functions are not part of stateDict(): pass the same one again when rebuilding the scheduler to load a checkpoint)',
    );
  }
  return value as LrLambda;
}

/** Checks what a user's lambda returned: a finite number, or a clear error naming the step. */
export function checkedFactor(value: unknown, group: number, epoch: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    invalid(`lrLambda[${group}]`, value, `must return a finite number (at step ${epoch})`);
  }
  return value;
}

/** lr = baseLr × lrLambda(step). */
export class LambdaLR extends LRScheduler {
  static override readonly schedulerName = 'LambdaLR';
  private readonly lrLambdas: LrLambda[];

  constructor(optimizer: Optimizer, options: LambdaLROptions) {
    options = readOptions('LambdaLR', options, ['lrLambda', 'lastEpoch', 'verbose']);
    const lambdas = lambdasPerGroup(options.lrLambda, optimizer);
    super(optimizer, options);
    this.lrLambdas = lambdas;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const epoch = this.lastEpoch;
    for (let i = 0; i < out.length; i++) {
      out[i] = this.baseLrs[i]! * checkedFactor(this.lrLambdas[i]!(epoch), i, epoch);
    }
  }

  /** baseLr × lrLambda(step) for every group at `step` (an integer ≥ 0), without stepping. */
  lrAt(step: number): number[] {
    checkStep(step);
    return this.baseLrs.map(
      (baseLr, i) => baseLr * checkedFactor(this.lrLambdas[i]!(step), i, step),
    );
  }
}
