import { ProtobufWriter } from './protobuf-writer';

/** The ONNX element types lrkit's graphs use (TensorProto.DataType numbers). */
export const ELEMENT_TYPE = { float32: 1, int64: 7, bool: 9 } as const;
export type ElementType = keyof typeof ELEMENT_TYPE;

/** A graph input or output: its name, element type and shape (a string is a symbolic dimension). */
export interface ValueInfo {
  name: string;
  type: ElementType;
  dims: readonly (number | string)[];
}

/** A constant tensor stored in the model (an initializer). */
export interface TensorConstant {
  name: string;
  dims: readonly number[];
  data: Float32Array | BigInt64Array;
}

export type AttributeValue =
  | { int: number }
  | { float: number }
  | { ints: readonly number[] }
  | { string: string };

export interface NodeSpec {
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  name?: string;
  attributes?: Readonly<Record<string, AttributeValue>>;
}

export interface GraphSpec {
  name: string;
  nodes: readonly NodeSpec[];
  inputs: readonly ValueInfo[];
  outputs: readonly ValueInfo[];
  initializers: readonly TensorConstant[];
  docString?: string;
}

export interface ModelSpec {
  graph: GraphSpec;
  /** ONNX IR version; 8 goes with opset 17 (onnxruntime-node 1.18+ reads IR ≤ 10). */
  irVersion: number;
  /** The one default-domain opset every node binds against. */
  opsetVersion: number;
  producerName: string;
  producerVersion: string;
  metadata?: Readonly<Record<string, string>>;
}

function encodeValueInfo(info: ValueInfo): ProtobufWriter {
  const shape = new ProtobufWriter();
  for (const d of info.dims) {
    const dim = new ProtobufWriter();
    if (typeof d === 'number') dim.int(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtobufWriter().int(1, ELEMENT_TYPE[info.type]).message(2, shape);
  const type = new ProtobufWriter().message(1, tensorType);
  return new ProtobufWriter().string(1, info.name).message(2, type);
}

function encodeTensor(tensor: TensorConstant): ProtobufWriter {
  const w = new ProtobufWriter();
  for (const d of tensor.dims) w.int(1, d);
  const type = tensor.data instanceof Float32Array ? ELEMENT_TYPE.float32 : ELEMENT_TYPE.int64;
  w.int(2, type).string(8, tensor.name);
  // raw_data is little-endian; copy through a DataView so big-endian hosts stay correct.
  const raw = new Uint8Array(tensor.data.length * tensor.data.BYTES_PER_ELEMENT);
  const view = new DataView(raw.buffer);
  tensor.data.forEach((v: number | bigint, i: number) => {
    if (typeof v === 'bigint') view.setBigInt64(i * 8, v, true);
    else view.setFloat32(i * 4, v, true);
  });
  return w.bytes(9, raw);
}

function encodeAttribute(name: string, value: AttributeValue): ProtobufWriter {
  const w = new ProtobufWriter().string(1, name);
  // AttributeProto.type: FLOAT 1, INT 2, STRING 3, INTS 7.
  if ('int' in value) return w.int(20, 2).int(3, value.int);
  if ('float' in value) return w.int(20, 1).float(2, value.float);
  if ('string' in value) return w.int(20, 3).string(4, value.string);
  return w.int(20, 7).packedInts(8, value.ints);
}

function encodeNode(node: NodeSpec): ProtobufWriter {
  const w = new ProtobufWriter();
  for (const i of node.inputs) w.string(1, i);
  for (const o of node.outputs) w.string(2, o);
  if (node.name !== undefined) w.string(3, node.name);
  w.string(4, node.opType);
  for (const [k, v] of Object.entries(node.attributes ?? {})) w.message(5, encodeAttribute(k, v));
  return w;
}

function encodeGraph(graph: GraphSpec): ProtobufWriter {
  const w = new ProtobufWriter();
  for (const n of graph.nodes) w.message(1, encodeNode(n));
  w.string(2, graph.name);
  for (const t of graph.initializers) w.message(5, encodeTensor(t));
  if (graph.docString !== undefined) w.string(10, graph.docString);
  for (const i of graph.inputs) w.message(11, encodeValueInfo(i));
  for (const o of graph.outputs) w.message(12, encodeValueInfo(o));
  return w;
}

/** Serializes a model to the ONNX protobuf bytes that `InferenceSession.create` accepts. */
export function encodeModel(model: ModelSpec): Uint8Array {
  const opset = new ProtobufWriter().string(1, '').int(2, model.opsetVersion);
  const w = new ProtobufWriter()
    .int(1, model.irVersion)
    .string(2, model.producerName)
    .string(3, model.producerVersion)
    .message(7, encodeGraph(model.graph))
    .message(8, opset);
  for (const [key, value] of Object.entries(model.metadata ?? {})) {
    w.message(14, new ProtobufWriter().string(1, key).string(2, value));
  }
  return w.finish();
}
