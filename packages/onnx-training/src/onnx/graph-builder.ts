import {
  type AttributeValue,
  type ElementType,
  encodeModel,
  type NodeSpec,
  type TensorConstant,
  type ValueInfo,
} from './model-proto';

/** The one opset lrkit's graphs are written against (ReduceSum takes axes as an input from 13). */
export const OPSET_VERSION = 17;
/** IR version 8 is the one that goes with opset 17. */
export const IR_VERSION = 8;
export const PRODUCER_NAME = '@lrkit/onnx-training';

/**
 * Collects nodes, inputs, outputs and constants and serializes them as one ONNX model.
 * Intermediate values get unique generated names; scalar constants are shared.
 */
export class GraphBuilder {
  private readonly nodes: NodeSpec[] = [];
  private readonly inputs: ValueInfo[] = [];
  private readonly outputs: ValueInfo[] = [];
  private readonly initializers: TensorConstant[] = [];
  private readonly scalarNames = new Map<string, string>();
  private readonly used = new Set<string>();
  private readonly aliases = new Map<string, string>();
  private readonly computed = new Set<string>();
  private counter = 0;

  constructor(private readonly name: string) {}

  /** Reserves a name given by the caller; a duplicate is a bug in the builder using it. */
  private claim(name: string): string {
    if (this.used.has(name)) throw new Error(`duplicate ONNX value name '${name}'`);
    this.used.add(name);
    return name;
  }

  /** A fresh name for an intermediate value, readable in a model viewer. */
  fresh(hint: string): string {
    let name: string;
    do name = `${hint}__${this.counter++}`;
    while (this.used.has(name));
    return this.claim(name);
  }

  input(name: string, dims: readonly (number | string)[], type: ElementType = 'float32'): string {
    this.inputs.push({ name: this.claim(name), type, dims });
    return name;
  }

  /**
   * Declares `value` as a graph output named `name`. A value computed by a node is renamed at
   * build time (no Identity copy on the hot path); an input or constant goes through an Identity.
   */
  output(name: string, value: string, dims: readonly (number | string)[]): string {
    if (name !== value && this.computed.has(value) && !this.aliases.has(value)) {
      this.claim(name);
      this.aliases.set(value, name);
    } else if (name !== value) {
      this.nodes.push({ opType: 'Identity', inputs: [value], outputs: [this.claim(name)] });
    }
    this.outputs.push({ name, type: 'float32', dims });
    return name;
  }

  inputNames(): string[] {
    return this.inputs.map((i) => i.name);
  }

  outputNames(): string[] {
    return this.outputs.map((o) => o.name);
  }

  private renamedNodes(): NodeSpec[] {
    if (this.aliases.size === 0) return this.nodes;
    const rename = (v: string) => this.aliases.get(v) ?? v;
    return this.nodes.map((n) => ({
      ...n,
      inputs: n.inputs.map(rename),
      outputs: n.outputs.map(rename),
    }));
  }

  /** Adds one node with a single output and returns that output's name. */
  op(
    opType: string,
    inputs: readonly string[],
    attributes?: Readonly<Record<string, AttributeValue>>,
    outputName?: string,
  ): string {
    const out =
      outputName === undefined ? this.fresh(opType.toLowerCase()) : this.claim(outputName);
    this.nodes.push(
      attributes
        ? { opType, inputs, outputs: [out], attributes }
        : { opType, inputs, outputs: [out] },
    );
    this.computed.add(out);
    return out;
  }

  /** A rank-0 float32 constant, stored once per distinct float32 value. */
  scalar(value: number): string {
    const f = Math.fround(value);
    const key = Object.is(f, -0) ? '-0' : String(f);
    const existing = this.scalarNames.get(key);
    if (existing !== undefined) return existing;
    const name = this.fresh(`const_${key.replace(/[^0-9a-zA-Z]/g, '_')}`);
    this.initializers.push({ name, dims: [], data: Float32Array.of(f) });
    this.scalarNames.set(key, name);
    return name;
  }

  /** A 1-D int64 constant (axes, shapes). */
  int64s(values: readonly number[]): string {
    const name = this.fresh('ints');
    this.initializers.push({
      name,
      dims: [values.length],
      data: BigInt64Array.from(values, BigInt),
    });
    return name;
  }

  /** A rank-0 int64 constant (a Gather index, a OneHot depth). */
  int64Scalar(value: number): string {
    const name = this.fresh('int');
    this.initializers.push({ name, dims: [], data: BigInt64Array.of(BigInt(value)) });
    return name;
  }

  /** A float32 constant stored under a given name (e.g. trained weights frozen into a model). */
  initializer(name: string, data: Float32Array, dims: readonly number[]): string {
    this.initializers.push({ name: this.claim(name), dims, data });
    return name;
  }

  /** A float32 constant of any shape. */
  tensor(data: Float32Array, dims: readonly number[], hint = 'tensor'): string {
    const name = this.fresh(hint);
    this.initializers.push({ name, dims, data });
    return name;
  }

  build(metadata?: Readonly<Record<string, string>>): Uint8Array {
    return encodeModel({
      graph: {
        name: this.name,
        nodes: this.renamedNodes(),
        inputs: this.inputs,
        outputs: this.outputs,
        initializers: this.initializers,
      },
      irVersion: IR_VERSION,
      opsetVersion: OPSET_VERSION,
      producerName: PRODUCER_NAME,
      producerVersion: '0.1.0',
      ...(metadata ? { metadata } : {}),
    });
  }
}
