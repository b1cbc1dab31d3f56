import { InvalidArgumentError, type LrFinderResult, LrkitError } from '@lrkit/core';
import type { InferenceSession, Tensor } from 'onnxruntime-common';
import {
  type RangeTestBatches,
  runRangeTest,
  type TrainerFindLrOptions,
} from '../finder/range-test';
import { names } from '../optim/naming';
import type { OnnxOptimizer, OnnxParamGroup } from '../optim/onnx-optimizer';
import { checkOptionKeys } from '../optim/option-keys';
import { describeTensor, sameDims, type TensorMap } from '../tensor/tensors';
import { ParamFeed } from './param-feed';
import {
  batchChecker,
  checkBatch,
  declaredDims,
  fitsDims,
  type ModelSource,
  openSession,
  runError,
  runSession,
} from './sessions';
import type { StepHooks } from './step-hooks';

export interface TrainerOptions<G extends OnnxParamGroup> {
  /**
   * The gradient graph: inputs are the parameters (by their names) and the batch; outputs are
   * `loss` (rank-0 float32) and `grad.<name>` for every parameter of the optimizer.
   */
  gradientModel: ModelSource;
  /** Optional evaluation graph: same inputs (without gradients needed), output `loss`. */
  evalModel?: ModelSource;
  optimizer: OnnxOptimizer<G>;
  /** Called after each update and epoch; a core `SchedulerRunner` steps the schedulers. */
  hooks?: StepHooks;
  /** Passed to `InferenceSession.create` for the gradient and eval models. */
  sessionOptions?: InferenceSession.SessionOptions;
  /** 'throw' (default): a NaN/Infinity loss stops before the update; 'apply': update anyway. */
  nonFiniteLoss?: 'throw' | 'apply';
}

export interface StepResult {
  /** 1-based number of this update. */
  step: number;
  loss: number;
  /** The float32 lr of each group fed to the optimizer graph for this update. */
  lr: number[];
}

/** Position of training, saved in checkpoints. */
export interface TrainerProgress {
  globalStep: number;
  epoch: number;
  /** Updates done in the current (unfinished) epoch; a resumed `fit` skips that many batches. */
  batchInEpoch: number;
  /** Sum of this epoch's batch losses, so a resumed epoch reports the same mean loss. */
  epochLossSum: number;
}

export interface EpochLog {
  /** 1-based number of the epoch that ended. */
  epoch: number;
  /** Mean training loss of the epoch's batches. */
  loss: number;
  /** Mean eval-model loss over the validation batches, when given. */
  val_loss?: number;
  /** The groups' lr after the epoch's hooks ran (what the next epoch starts with). */
  lr: number[];
}

const TRAINER_OPTION_KEYS = [
  'gradientModel',
  'evalModel',
  'optimizer',
  'hooks',
  'sessionOptions',
  'nonFiniteLoss',
];

type Batches = Iterable<TensorMap> | AsyncIterable<TensorMap>;

export interface FitOptions {
  /** Total number of epochs: training continues from the trainer's epoch up to this one. */
  epochs: number;
  /** The training batches of an epoch (0-based), in the same order each time it is asked for. */
  trainBatches: (epoch: number) => Batches;
  /** Validation batches; their mean eval loss is passed to the hooks as `val_loss`. */
  validationBatches?: (epoch: number) => Batches;
  onStepEnd?: (result: StepResult) => void | Promise<void>;
  onEpochEnd?: (log: EpochLog) => void | Promise<void>;
}

function missingOutputs(session: InferenceSession, wanted: readonly string[]): string[] {
  const have = new Set(session.outputNames);
  return wanted.filter((n) => !have.has(n));
}

/**
 * Trains an ONNX gradient graph with an lrkit ONNX optimizer: per batch one gradient run and one
 * optimizer run, the parameters staying onnxruntime Tensors in between (the optimizer graph's
 * outputs are fed back as they are). Hooks (a SchedulerRunner) step the schedules.
 */
export class Trainer<G extends OnnxParamGroup = OnnxParamGroup> {
  readonly optimizer: OnnxOptimizer<G>;
  readonly hooks: StepHooks | undefined;
  private readonly gradientSession: InferenceSession;
  private readonly evalSession: InferenceSession | undefined;
  private readonly fetches: string[];
  /** Each parameter with its gradient's output name and its shape, looked up once. */
  private readonly gradOutputs: readonly {
    name: string;
    output: string;
    dims: readonly number[];
  }[];
  private readonly paramNames: ReadonlySet<string>;
  private readonly checkTrainBatch: (batch: TensorMap) => void;
  private readonly paramFeed: ParamFeed;
  private readonly nonFiniteLoss: 'throw' | 'apply';
  private busy = false;
  private progress: TrainerProgress = { globalStep: 0, epoch: 0, batchInEpoch: 0, epochLossSum: 0 };

  private constructor(
    options: TrainerOptions<G>,
    gradientSession: InferenceSession,
    evalSession: InferenceSession | undefined,
  ) {
    this.optimizer = options.optimizer;
    this.hooks = options.hooks;
    this.gradientSession = gradientSession;
    this.evalSession = evalSession;
    this.paramNames = new Set(Object.keys(options.optimizer.params));
    this.fetches = [names.loss, ...[...this.paramNames].map(names.grad)];
    this.gradOutputs = [...this.paramNames].map((name) => ({
      name,
      output: names.grad(name),
      dims: options.optimizer.paramShape(name)!,
    }));
    this.checkTrainBatch = batchChecker(gradientSession, this.paramNames, 'batch');
    this.paramFeed = new ParamFeed(options.optimizer, [...this.paramNames]);
    this.nonFiniteLoss = options.nonFiniteLoss ?? 'throw';
  }

  /** Opens the models and checks they fit the optimizer's parameters (names and shapes). */
  static async create<G extends OnnxParamGroup>(options: TrainerOptions<G>): Promise<Trainer<G>> {
    checkOptionKeys('Trainer', 'options', options, TRAINER_OPTION_KEYS);
    if (
      typeof options !== 'object' ||
      options === null ||
      typeof options.optimizer?.step !== 'function'
    ) {
      throw new InvalidArgumentError({
        parameter: 'optimizer',
        value: options?.optimizer,
        expected: 'must be an lrkit ONNX optimizer (SGD, Adam, AdamW)',
      });
    }
    const hooks = options.hooks;
    if (
      hooks !== undefined &&
      (typeof hooks.onStepEnd !== 'function' || typeof hooks.onEpochEnd !== 'function')
    ) {
      throw new InvalidArgumentError({
        parameter: 'hooks',
        value: hooks,
        expected: 'must have onStepEnd and onEpochEnd (e.g. a SchedulerRunner)',
      });
    }
    const nonFinite = options.nonFiniteLoss ?? 'throw';
    if (nonFinite !== 'throw' && nonFinite !== 'apply') {
      throw new InvalidArgumentError({
        parameter: 'nonFiniteLoss',
        value: nonFinite,
        expected: "must be 'throw' or 'apply'",
      });
    }
    const gradient = await openSession(
      'gradientModel',
      options.gradientModel,
      options.sessionOptions,
    );
    const evaluation =
      options.evalModel === undefined
        ? undefined
        : await openSession('evalModel', options.evalModel, options.sessionOptions);
    const params = options.optimizer.params;
    checkModel('gradientModel', gradient, params, [
      names.loss,
      ...Object.keys(params).map(names.grad),
    ]);
    if (evaluation) checkModel('evalModel', evaluation, params, [names.loss]);
    return new Trainer(options, gradient, evaluation);
  }

  get params(): TensorMap {
    return this.optimizer.params;
  }

  get globalStep(): number {
    return this.progress.globalStep;
  }

  get epoch(): number {
    return this.progress.epoch;
  }

  get batchInEpoch(): number {
    return this.progress.batchInEpoch;
  }

  /**
   * One update: gradients of the batch, then the optimizer graph with the groups' current lr,
   * then `hooks.onStepEnd({ loss })`. Every check runs before the parameters change.
   */
  async trainStep(batch: TensorMap): Promise<StepResult> {
    if (this.busy)
      throw new LrkitError('trainStep() was called while a step was running; await each step');
    this.checkTrainBatch(batch);
    this.busy = true;
    // One async frame for the whole step: every extra await costs the small model measurably.
    try {
      const feeds = this.gradientFeeds(batch);
      let out: InferenceSession.ReturnType;
      try {
        out = await this.gradientSession.run(feeds, this.fetches);
      } catch (cause) {
        throw runError('gradient model', cause);
      }
      const loss = out[names.loss]!.data[0] as number;
      if (!Number.isFinite(loss) && this.nonFiniteLoss === 'throw') {
        throw new LrkitError(
          `The loss is ${loss} at step ${this.progress.globalStep + 1}; the parameters were left unchanged (nonFiniteLoss: 'apply' updates anyway)`,
        );
      }
      await this.optimizer.step(this.checkedGrads(out));
      return this.afterUpdate(loss);
    } finally {
      this.busy = false;
    }
  }

  /** Counts the update, runs the step hooks and reports it. */
  private afterUpdate(loss: number): StepResult {
    // In place: the progress object is the Trainer's own (getProgress hands out copies).
    const p = this.progress;
    p.globalStep += 1;
    p.batchInEpoch += 1;
    p.epochLossSum += loss;
    // A non-finite loss (nonFiniteLoss: 'apply') is not a metric a scheduler should see.
    this.hooks?.onStepEnd(Number.isFinite(loss) ? { loss } : {});
    const groups = this.optimizer.lastFed!.groups;
    const lr: number[] = [];
    for (const fed of groups) lr.push(fed.lr!);
    return { step: p.globalStep, loss, lr };
  }

  /** The batch and the current parameters (a loop: spreading the frozen params map is slow). */
  private gradientFeeds(batch: TensorMap): Record<string, Tensor> {
    const feeds: Record<string, Tensor> = {};
    for (const key in batch) feeds[key] = batch[key]!;
    this.paramFeed.feed(feeds);
    return feeds;
  }

  /** The gradients of the run, each checked (the model may not declare their shapes). */
  private checkedGrads(out: InferenceSession.ReturnType): TensorMap {
    const grads: Record<string, Tensor> = {};
    for (const { name, output, dims } of this.gradOutputs) {
      const grad = out[output]!;
      if (grad.type !== 'float32' || !sameDims(grad.dims, dims)) {
        throw new InvalidArgumentError({
          parameter: `gradientModel.outputs.${output}`,
          value: describeTensor(grad),
          expected: `must be float32 with the parameter's shape [${dims.join(', ')}]`,
        });
      }
      grads[name] = grad;
    }
    return grads;
  }

  /** Mean loss of the eval model over the batches, weighted by each batch's leading dimension. */
  async evaluate(
    batches: Iterable<TensorMap> | AsyncIterable<TensorMap>,
  ): Promise<{ loss: number; examples: number }> {
    const session = this.evalSession;
    if (!session) throw new LrkitError('evaluate() needs an evalModel: pass one to Trainer.create');
    let total = 0;
    let examples = 0;
    for await (const batch of batches) {
      checkBatch(session, batch, this.paramNames, 'batch');
      const out = await runSession(session, 'eval model', { ...batch, ...this.optimizer.params }, [
        names.loss,
      ]);
      const size = Object.values(batch).find((t) => t.dims.length > 0)?.dims[0] ?? 1;
      total += (out[names.loss]!.data[0] as number) * size;
      examples += size;
    }
    if (examples === 0)
      throw new InvalidArgumentError({
        parameter: 'batches',
        value: [],
        expected: 'must hold at least one batch',
      });
    return { loss: total / examples, examples };
  }

  /** Ends an epoch: `hooks.onEpochEnd(metrics)` (e.g. with val_loss for ReduceLROnPlateau). */
  endEpoch(metrics?: Readonly<Record<string, number>>): void {
    this.hooks?.onEpochEnd(metrics);
    this.progress = {
      ...this.progress,
      epoch: this.progress.epoch + 1,
      batchInEpoch: 0,
      epochLossSum: 0,
    };
  }

  /**
   * Trains epoch by epoch: every batch through `trainStep`, then the validation loss, then
   * `endEpoch({ loss, val_loss })`. After a checkpoint restore it resumes mid-epoch by skipping
   * the batches already trained, so deterministic batches give bit-identical results.
   */
  async fit(options: FitOptions): Promise<EpochLog[]> {
    const epochs = options?.epochs;
    if (typeof epochs !== 'number' || !Number.isSafeInteger(epochs) || epochs < 0) {
      throw new InvalidArgumentError({
        parameter: 'epochs',
        value: epochs,
        expected: 'must be a non-negative integer',
      });
    }
    if (typeof options.trainBatches !== 'function') {
      throw new InvalidArgumentError({
        parameter: 'trainBatches',
        value: options.trainBatches,
        expected: 'must be a function (epoch) => batches',
      });
    }
    if (options.validationBatches !== undefined && !this.evalSession) {
      throw new InvalidArgumentError({
        parameter: 'validationBatches',
        value: 'given',
        expected: 'needs an evalModel passed to Trainer.create',
      });
    }
    const logs: EpochLog[] = [];
    while (this.progress.epoch < epochs) {
      const epoch = this.progress.epoch;
      let skip = this.progress.batchInEpoch;
      for await (const batch of options.trainBatches(epoch)) {
        if (skip > 0) {
          skip -= 1;
          continue;
        }
        const result = await this.trainStep(batch);
        await options.onStepEnd?.(result);
      }
      const trained = this.progress.batchInEpoch;
      if (trained === 0)
        throw new LrkitError(`trainBatches(${epoch}) yielded no batch to train on`);
      const metrics: Record<string, number> = { loss: this.progress.epochLossSum / trained };
      if (options.validationBatches)
        metrics.val_loss = (await this.evaluate(options.validationBatches(epoch))).loss;
      this.endEpoch(metrics);
      const log: EpochLog = {
        epoch: epoch + 1,
        loss: metrics.loss!,
        lr: this.optimizer.paramGroups.map((g) => g.lr),
      };
      if (metrics.val_loss !== undefined) log.val_loss = metrics.val_loss;
      logs.push(log);
      await options.onEpochEnd?.(log);
    }
    return logs;
  }

  /**
   * An LR range test on this trainer's model and optimizer (see `runRangeTest`): returns the
   * curve and the suggestions, and leaves parameters, optimizer state, hooks and progress as they
   * were. `const { lr } = await trainer.findLr(batches, { numIt: 100 })`.
   */
  async findLr(batches: RangeTestBatches, options?: TrainerFindLrOptions): Promise<LrFinderResult> {
    if (this.busy)
      throw new LrkitError('findLr() was called while a step was running; await each step');
    this.busy = true;
    try {
      const parts = {
        optimizer: this.optimizer,
        session: this.gradientSession,
        fetches: this.fetches,
        paramNames: this.paramNames,
      };
      return await runRangeTest(parts, batches, options);
    } finally {
      this.busy = false;
    }
  }

  getProgress(): TrainerProgress {
    return { ...this.progress };
  }

  /** Restores a saved position (checkpoints do this); counters only, validated first. */
  setProgress(progress: TrainerProgress): void {
    this.progress = checkProgress(progress, 'progress');
  }
}

/** A saved training position, checked field by field (own properties only); returns a copy. */
export function checkProgress(progress: unknown, path: string): TrainerProgress {
  if (typeof progress !== 'object' || progress === null || Array.isArray(progress)) {
    throw new InvalidArgumentError({
      parameter: path,
      value: progress,
      expected: 'must be { globalStep, epoch, batchInEpoch, epochLossSum }',
    });
  }
  const p = progress as Record<string, unknown>;
  for (const key of ['globalStep', 'epoch', 'batchInEpoch'] as const) {
    const v = Object.hasOwn(p, key) ? p[key] : undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      throw new InvalidArgumentError({
        parameter: `${path}.${key}`,
        value: v,
        expected: 'must be a non-negative integer',
      });
    }
  }
  if (typeof p.epochLossSum !== 'number' || Number.isNaN(p.epochLossSum)) {
    throw new InvalidArgumentError({
      parameter: `${path}.epochLossSum`,
      value: p.epochLossSum,
      expected: 'must be a number',
    });
  }
  return {
    globalStep: p.globalStep as number,
    epoch: p.epoch as number,
    batchInEpoch: p.batchInEpoch as number,
    epochLossSum: p.epochLossSum,
  };
}

/** The model must take every parameter as an input and produce the wanted outputs, in fitting shapes. */
function checkModel(
  parameter: string,
  session: InferenceSession,
  params: TensorMap,
  outputs: readonly string[],
): void {
  const missing = missingOutputs(session, outputs);
  if (missing.length > 0) {
    throw new InvalidArgumentError({
      parameter,
      value: `outputs [${session.outputNames.join(', ')}]`,
      expected: `must output 'loss' and 'grad.<name>' for every optimized parameter; missing ${missing.map((m) => `'${m}'`).join(', ')}`,
    });
  }
  const inputs = new Set(session.inputNames);
  const absent = Object.keys(params).filter((p) => !inputs.has(p));
  if (absent.length > 0) {
    throw new InvalidArgumentError({
      parameter,
      value: `inputs [${session.inputNames.join(', ')}]`,
      expected: `must take every optimized parameter as an input; missing ${absent.map((m) => `'${m}'`).join(', ')}`,
    });
  }
  for (const [name, t] of Object.entries(params)) {
    const checks: [string, 'input' | 'output'][] = [[name, 'input']];
    if (outputs.includes(names.grad(name))) checks.push([names.grad(name), 'output']);
    for (const [value, kind] of checks) {
      const dims = declaredDims(session, value, kind);
      if (dims && !fitsDims(dims, t.dims)) {
        throw new InvalidArgumentError({
          parameter: `${parameter}.${kind}s.${value}`,
          value: `shape [${dims.join(', ')}]`,
          expected: `must match parameter '${name}' of shape [${t.dims.join(', ')}]`,
        });
      }
    }
  }
}
