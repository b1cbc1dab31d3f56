import { InvalidArgumentError, LrkitError, type Optimizer, type ParamGroup } from '@lrkit/core';
import type { InferenceSession, Tensor } from 'onnxruntime-common';
import { getOrtRuntime } from '../runtime/ort-runtime';
import { decodeTensor, type EncodedTensor, encodeTensor } from '../tensor/tensor-codec';
import { boolScalar, float32Tensor, scalarTensor, type TensorMap } from '../tensor/tensors';
import { PackedGroup } from './packed-group';
import type { ParamShape, StepGraph } from './step-graph';

/** A param group of an ONNX optimizer: the core's ParamGroup plus the names of its parameters. */
export interface OnnxParamGroup extends ParamGroup {
  readonly params: readonly string[];
}

/** Parameters for one group (a name → tensor map) or several groups with per-group options. */
export type ParamsArgument<O> = TensorMap | readonly (Partial<O> & { params: TensorMap })[];

export interface OnnxOptimizerOptions {
  /** Passed to `InferenceSession.create` for the optimizer graph (threads, optimization level, ...). */
  sessionOptions?: InferenceSession.SessionOptions;
}

/** The float32 values fed to the graph at the last step, per group (what the runtime really used). */
export interface FedHyperparameters {
  step: number;
  groups: readonly Readonly<Record<string, number>>[];
}

/** A plain-JSON optimizer state (no parameters: those are saved by the checkpoint beside it). */
export interface OnnxOptimizerState {
  version: 1;
  optimizer: string;
  step: number;
  groups: Record<string, unknown>[];
  state: Record<string, Record<string, EncodedTensor>>;
  extra: Record<string, unknown>;
}

const MAX_FLOAT32_INTEGER = 2 ** 24;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits the params argument into named tensors and per-group option overrides. */
export function splitParams<O>(params: ParamsArgument<O>): {
  overrides: Partial<O>[];
  tensors: Map<string, Tensor>;
  groupNames: string[][];
} {
  const list = Array.isArray(params) ? params : [{ params: params as TensorMap }];
  if (list.length === 0) {
    throw new InvalidArgumentError({
      parameter: 'params',
      value: params,
      expected: 'must hold at least one group',
    });
  }
  const tensors = new Map<string, Tensor>();
  const groupNames: string[][] = [];
  const overrides: Partial<O>[] = [];
  list.forEach((entry: Partial<O> & { params: TensorMap }, g: number) => {
    const { params: map, ...rest } = entry;
    const keys = typeof map === 'object' && map !== null ? Object.keys(map) : [];
    if (keys.length === 0) {
      throw new InvalidArgumentError({
        parameter: `params[${g}].params`,
        value: map,
        expected: 'must be a non-empty object mapping parameter names to float32 Tensors',
      });
    }
    for (const key of keys) {
      if (tensors.has(key)) {
        throw new InvalidArgumentError({
          parameter: `params[${g}].params`,
          value: key,
          expected: 'parameter names must be unique across groups',
        });
      }
      tensors.set(key, float32Tensor(`params.${key}`, map[key]));
    }
    groupNames.push(keys);
    overrides.push(rest as Partial<O>);
  });
  return { overrides, tensors, groupNames };
}

/**
 * An lrkit `Optimizer` whose update is one ONNX graph run over every parameter. Schedulers write
 * `paramGroups[i].lr` (and momentum / betas); `step(grads)` reads them, feeds them as rank-0
 * float32 inputs and replaces the parameters and state with the graph's outputs.
 */
export abstract class OnnxOptimizer<G extends OnnxParamGroup> implements Optimizer<G> {
  abstract readonly name: string;
  readonly paramGroups: G[];
  private readonly shapes = new Map<string, readonly number[]>();
  private readonly packed: PackedGroup[];
  /** Each group's parameters, packed: a new tensor per step, so tensors handed out never change. */
  private flatParams: Tensor[];
  /** The per-parameter views `params` hands out, built when first asked for after a change. */
  private views: TensorMap | undefined;
  /**
   * The last step's session, what its graph was built from (a step with the same parts reuses it)
   * and its feeds: one object per graph, rewritten each step (the same inputs, so the same shape).
   */
  private current:
    | { parts: unknown[]; session: InferenceSession; feeds: Record<string, Tensor> }
    | undefined;
  /** Where each step writes its graph parts to compare them (reused: no allocation per step). */
  private readonly parts: unknown[] = [];
  /** Each group's state tensors by key, packed as its parameters are. */
  private flatState: Map<string, Tensor>[];
  /** Where each step packs the gradients: one buffer per group, reused. */
  private readonly flatGrads: Tensor[];
  /** Rank-0 inputs, one tensor per input name, rewritten in place each step. */
  private readonly floats = new Map<string, { tensor: Tensor; data: Float32Array }>();
  private readonly bools = new Map<string, { tensor: Tensor; data: Uint8Array }>();
  private readonly sessions = new Map<string, Promise<InferenceSession>>();
  private readonly sessionOptions: InferenceSession.SessionOptions | undefined;
  private steps = 0;
  private running = false;
  private fed: FedHyperparameters | undefined;

  protected constructor(groups: G[], tensors: Map<string, Tensor>, options: OnnxOptimizerOptions) {
    this.paramGroups = groups;
    for (const [name, t] of tensors) this.shapes.set(name, t.dims);
    this.packed = groups.map(
      (group, g) =>
        new PackedGroup(
          g,
          group.params,
          group.params.map((name) => tensors.get(name)!.dims),
        ),
    );
    this.flatParams = this.packParams((name) => tensors.get(name)!);
    this.flatState = groups.map(() => new Map());
    this.flatGrads = this.packed.map((layout) => layout.flat());
    this.sessionOptions = options.sessionOptions;
  }

  /** New flat parameter tensors holding the given values. */
  private packParams(tensor: (name: string) => Tensor): Tensor[] {
    return this.packed.map((layout) => {
      const flat = layout.flat();
      layout.pack(
        flat.data as Float32Array,
        Object.fromEntries(layout.names.map((n) => [n, tensor(n)])),
      );
      return flat;
    });
  }

  /** The per-parameter tensors (views of the flat ones) that `params` hands out. */
  private buildViews(): TensorMap {
    const views: Record<string, Tensor> = {};
    this.packed.forEach((layout, g) => {
      const tensors = layout.views(this.flatParams[g]!.data as Float32Array);
      layout.names.forEach((name, i) => {
        views[name] = tensors[i]!;
      });
    });
    return Object.freeze(views);
  }

  /**
   * @internal For the Trainer: each group's current flat parameter tensor. A step or a load
   * replaces a group's tensor and never writes into one, so a new tensor means new values. (A
   * plain method: a computed key would keep the class in every bundle.)
   */
  packedParams(): readonly Tensor[] {
    return this.flatParams;
  }

  /** The group's parameters as the graph sees them: one flat tensor `group.<g>`. */
  protected packedShapes(g: number): ParamShape[] {
    return [this.packed[g]!.shape];
  }

  /** Whether group `g` holds a state tensor `key` (e.g. SGD's momentum buffer). */
  protected hasState(g: number, key: string): boolean {
    return this.flatState[g]!.has(key);
  }

  /** Feeds a rank-0 float32 input (its tensor reused across steps); returns the float32 value fed. */
  protected feedScalar(feeds: Record<string, Tensor>, input: string, value: number): number {
    let slot = this.floats.get(input);
    if (slot === undefined) {
      const tensor = scalarTensor(value);
      // The array kept beside the tensor: each step writes it without the tensor's `data` getter.
      slot = { tensor, data: tensor.data as Float32Array };
      this.floats.set(input, slot);
    }
    slot.data[0] = value;
    feeds[input] = slot.tensor;
    return slot.data[0]!;
  }

  protected feedBool(feeds: Record<string, Tensor>, input: string, value: boolean): void {
    let slot = this.bools.get(input);
    if (slot === undefined) {
      const tensor = boolScalar(value);
      slot = { tensor, data: tensor.data as Uint8Array };
      this.bools.set(input, slot);
    }
    slot.data[0] = value ? 1 : 0;
    feeds[input] = slot.tensor;
  }

  /** Checks every group's current (possibly scheduled) hyperparameters; throws before any change. */
  protected abstract validateGroups(): void;
  /** A key of everything baked into the graph; a new key builds (and caches) a new session. */
  protected abstract graphKey(): string;
  /**
   * Writes what `graphKey` is made of into `parts` (equal parts must mean an equal key): each step
   * compares them with the last step's, which costs less than building the key. By default the key.
   */
  protected graphParts(parts: unknown[]): void {
    parts.push(this.graphKey());
  }
  protected abstract buildGraph(): StepGraph;
  /** State keys the next step reads for the params of group `g`. */
  protected abstract stateKeys(g: number): readonly string[];
  /** Adds the per-group rank-0 inputs and returns the float32 values fed. */
  protected abstract hyperFeeds(
    feeds: Record<string, Tensor>,
    step: number,
  ): Record<string, number>[];
  protected afterStep(_fed: readonly Record<string, number>[]): void {}
  protected extraState(): Record<string, unknown> {
    return {};
  }
  /** Validates the optimizer's extra saved state and returns its commit (which cannot fail). */
  protected prepareExtraState(_extra: Record<string, unknown>): () => void {
    return () => {};
  }
  /** Every key a state tensor of this optimizer may have. */
  protected abstract readonly stateKeyNames: readonly string[];
  /** Validates a saved group's fields against this optimizer's group `g` and returns them to assign. */
  protected abstract checkSavedGroup(saved: Record<string, unknown>, g: number): Partial<G>;

  /** The number of updates applied so far (PyTorch's per-parameter `step`). */
  get stepCount(): number {
    return this.steps;
  }

  /**
   * Current parameter tensors by name (read-only views of the packed parameters; a step makes new
   * ones and leaves these as they are). The same frozen object until the parameters change.
   */
  get params(): TensorMap {
    // Built on demand: a training loop that never reads them (the Trainer) pays nothing per step.
    this.views ??= this.buildViews();
    return this.views;
  }

  get lastFed(): FedHyperparameters | undefined {
    return this.fed;
  }

  paramShape(name: string): readonly number[] | undefined {
    return this.shapes.get(name);
  }

  /** Builds the session for the current configuration now instead of at the first step. */
  async prepare(): Promise<void> {
    await this.session();
  }

  /** The last step's session when its graph parts are unchanged (no promise to wait for). */
  private reusableSession(): InferenceSession | undefined {
    const current = this.current;
    if (current === undefined) return undefined;
    const parts = this.parts;
    parts.length = 0;
    this.graphParts(parts);
    const last = current.parts;
    if (parts.length !== last.length) return undefined;
    for (let i = 0; i < parts.length; i++) if (!Object.is(parts[i], last[i])) return undefined;
    return current.session;
  }

  /** The session for the current group fields, made the current one with `feeds` as its feeds. */
  private async keyedSession(feeds: Record<string, Tensor>): Promise<InferenceSession> {
    const parts: unknown[] = [];
    this.graphParts(parts);
    const session = await this.session();
    this.current = { parts, session, feeds };
    return session;
  }

  private session(): Promise<InferenceSession> {
    const key = this.graphKey();
    let session = this.sessions.get(key);
    if (!session) {
      const graph = this.buildGraph();
      session = getOrtRuntime().InferenceSession.create(graph.model, this.sessionOptions ?? {});
      session.catch(() => this.sessions.delete(key));
      this.sessions.set(key, session);
    }
    return session;
  }

  /** Every parameter needs a float32 gradient of its own shape, checked before anything runs. */
  private checkGrads(grads: TensorMap): void {
    if (typeof grads !== 'object' || grads === null) {
      throw new InvalidArgumentError({
        parameter: 'grads',
        value: grads,
        expected: 'must map every parameter name to its gradient',
      });
    }
    for (const [name, dims] of this.shapes) {
      const grad = grads[name];
      if (grad === undefined) {
        throw new InvalidArgumentError({
          parameter: `grads.${name}`,
          value: undefined,
          expected: `must be the gradient of parameter '${name}'`,
        });
      }
      float32Tensor(`grads.${name}`, grad, dims);
    }
  }

  /**
   * Applies one update with the groups' current hyperparameters. Validation (gradients, lr,
   * momentum, betas) happens first; parameters and state change only after the graph succeeds.
   */
  async step(grads: TensorMap): Promise<void> {
    if (this.running)
      throw new LrkitError(
        `${this.name}.step() was called while a step was running; await each step`,
      );
    this.checkGrads(grads);
    this.validateGroups();
    const step = this.steps + 1;
    if (step >= MAX_FLOAT32_INTEGER) {
      throw new LrkitError(
        `${this.name}: step ${step} cannot be fed exactly as float32 (limit 2^24)`,
      );
    }
    this.running = true;
    try {
      let session = this.reusableSession();
      const feeds = session === undefined ? {} : this.current!.feeds;
      const fedGroups = this.hyperFeeds(feeds, step);
      this.feedGroups(feeds, grads);
      let out: InferenceSession.ReturnType;
      try {
        session ??= await this.keyedSession(feeds);
        out = await session.run(feeds);
      } catch (cause) {
        throw new LrkitError(
          `onnxruntime failed to run the ${this.name} step graph: ${(cause as Error).message}`,
          { cause },
        );
      }
      for (let g = 0; g < this.packed.length; g++) {
        const layout = this.packed[g]!;
        this.flatParams[g] = out[layout.nextParam] as Tensor;
        const state = this.flatState[g]!;
        for (const key of this.stateKeys(g))
          state.set(key, out[layout.state(key).output] as Tensor);
      }
      this.views = undefined;
      this.steps = step;
      this.fed = { step, groups: fedGroups };
      this.afterStep(fedGroups);
    } finally {
      this.running = false;
    }
  }

  /** Feeds each group's packed parameters, gradients (copied into the group's buffer) and state. */
  private feedGroups(feeds: Record<string, Tensor>, grads: TensorMap): void {
    for (let g = 0; g < this.packed.length; g++) {
      const layout = this.packed[g]!;
      const flatGrad = this.flatGrads[g]!;
      layout.pack(flatGrad.data as Float32Array, grads);
      feeds[layout.paramInput] = this.flatParams[g]!;
      feeds[layout.gradInput] = flatGrad;
      const state = this.flatState[g]!;
      // PyTorch's lazily created state starts at zero.
      for (const key of this.stateKeys(g))
        feeds[layout.state(key).input] = state.get(key) ?? layout.flat();
    }
  }

  /** Replaces parameter values (same names and shapes, copied), e.g. from a checkpoint. */
  loadParams(params: TensorMap): void {
    const checked = new Map<string, Tensor>();
    for (const [name, dims] of this.shapes)
      checked.set(name, float32Tensor(`params.${name}`, params[name], dims));
    this.flatParams = this.packParams((name) => checked.get(name)!);
    this.views = undefined;
  }

  stateDict(): OnnxOptimizerState {
    const state: Record<string, Record<string, EncodedTensor>> = {};
    this.packed.forEach((layout, g) => {
      const groupState = [...this.flatState[g]!].map(
        ([key, t]) => [key, layout.views(t.data as Float32Array)] as const,
      );
      if (groupState.length === 0) return;
      layout.names.forEach((name, i) => {
        state[name] = Object.fromEntries(
          groupState.map(([key, views]) => [key, encodeTensor(views[i]!)]),
        );
      });
    });
    return {
      version: 1,
      optimizer: this.name,
      step: this.steps,
      groups: this.paramGroups.map((g) => JSON.parse(JSON.stringify(g)) as Record<string, unknown>),
      state,
      extra: this.extraState(),
    };
  }

  /** Checks a saved state as `loadStateDict` would, changing nothing (all-or-nothing restores). */
  validateStateDict(saved: unknown): void {
    this.prepareState(saved);
  }

  /** Restores a stateDict() of the same optimizer over the same parameters; validates it all first. */
  loadStateDict(saved: OnnxOptimizerState): void {
    this.prepareState(saved)();
  }

  /** Validates a saved state completely and returns the commit, which cannot fail. */
  private prepareState(value: unknown): () => void {
    const bad = (parameter: string, v: unknown, expected: string): never => {
      throw new InvalidArgumentError({ parameter: `state.${parameter}`, value: v, expected });
    };
    if (!isRecord(value)) bad('version', value, 'must be a stateDict() object of version 1');
    const saved = value as unknown as OnnxOptimizerState;
    if (saved.version !== 1) bad('version', saved.version, 'must be 1');
    if (saved.optimizer !== this.name) bad('optimizer', saved.optimizer, `must be '${this.name}'`);
    if (!Number.isSafeInteger(saved.step) || saved.step < 0)
      bad('step', saved.step, 'must be a non-negative integer');
    if (!Array.isArray(saved.groups) || saved.groups.length !== this.paramGroups.length) {
      bad('groups', saved.groups, `must hold ${this.paramGroups.length} groups`);
    }
    const groupUpdates = saved.groups.map((sg: unknown, g) => {
      const group = isRecord(sg) ? sg : bad(`groups[${g}]`, sg, 'must be a param group object');
      // A key the live group does not carry (a typo such as weight_decay in an edited file)
      // would be dropped silently: refuse it, naming the fields there are.
      const live = this.paramGroups[g] as unknown as Record<string, unknown>;
      for (const key of Object.keys(group)) {
        if (!Object.hasOwn(live, key) && key !== 'initialLr') {
          bad(
            `groups[${g}].${key}`,
            group[key],
            `is not a field of this param group (its fields: ${Object.keys(live).join(', ')})`,
          );
        }
      }
      const savedNames = group.params;
      if (JSON.stringify(savedNames) !== JSON.stringify(this.paramGroups[g]!.params)) {
        bad(
          `groups[${g}].params`,
          savedNames,
          `must be ${JSON.stringify(this.paramGroups[g]!.params)}`,
        );
      }
      return this.checkSavedGroup(group, g);
    });
    const state = this.packState(this.decodeState(saved.state, bad));
    const commitExtra = this.prepareExtraState(isRecord(saved.extra) ? saved.extra : {});
    return () => {
      this.paramGroups.forEach((group, g) => {
        Object.assign(group, groupUpdates[g]);
      });
      commitExtra();
      this.flatState = state;
      this.steps = saved.step;
    };
  }

  /** Per-parameter saved state packed per group; a key saved for some parameters only is zero elsewhere. */
  private packState(state: Map<string, Record<string, Tensor>>): Map<string, Tensor>[] {
    return this.packed.map((layout) => {
      const groupState = new Map<string, Tensor>();
      layout.names.forEach((name, i) => {
        for (const [key, t] of Object.entries(state.get(name) ?? {})) {
          let flat = groupState.get(key);
          if (flat === undefined) {
            flat = layout.flat();
            groupState.set(key, flat);
          }
          (flat.data as Float32Array).set(t.data as Float32Array, layout.offsets[i]);
        }
      });
      return groupState;
    });
  }

  private decodeState(
    value: unknown,
    bad: (parameter: string, v: unknown, expected: string) => never,
  ): Map<string, Record<string, Tensor>> {
    if (value !== undefined && !isRecord(value))
      bad('state', value, 'must map parameter names to state tensors');
    const state = new Map<string, Record<string, Tensor>>();
    for (const [name, tensors] of Object.entries(value ?? {})) {
      const dims =
        this.shapes.get(name) ??
        bad(`state.${name}`, name, 'must name a parameter of this optimizer');
      if (!isRecord(tensors)) bad(`state.${name}`, tensors, 'must map state keys to tensors');
      const decoded: Record<string, Tensor> = {};
      for (const [key, enc] of Object.entries(tensors)) {
        if (!this.stateKeyNames.includes(key)) {
          bad(`state.${name}.${key}`, key, `must be one of ${this.stateKeyNames.join(', ')}`);
        }
        decoded[key] = float32Tensor(
          `state.state.${name}.${key}`,
          decodeTensor(`state.state.${name}.${key}`, enc as EncodedTensor),
          dims,
        );
      }
      state.set(name, decoded);
    }
    return state;
  }
}
