import { torchKwargsOf, toTorchCode } from '@lrkit/core';
import type { GalleryEntry, OptionValues, SpecJson } from './types';

/**
 * The code tabs of a schedule page: complete programs (imports, an optimizer, the scheduler, the
 * steps) for the core, fromTorch, @lrkit/tfjs and @lrkit/onnx-training, and the PyTorch code
 * `toTorchCode(spec)` writes. A tab whose program does not exist for the schedule has a note
 * instead, saying why.
 */
export type CodeTabId = 'core' | 'fromTorch' | 'tfjs' | 'onnx' | 'pytorch';

export interface CodeTab {
  id: CodeTabId;
  label: string;
  lang: 'ts' | 'py';
  /** The program, or null when the tab only has a note. */
  code: string | null;
  note: string | null;
}

export interface CodeInput {
  values: OptionValues;
  baseLrs: readonly number[];
  steps: number;
}

/** A scheduled group field other than the lr, by slug (the gallery's HyperparameterScheduler page). */
const SCHEDULED_FIELD: Readonly<Record<string, string>> = {
  'weight-decay-schedule': 'weightDecay',
};

/** The synthetic validation loss of the plateau pages (torch-entries' syntheticLoss), as source. */
const VAL_LOSS_SOURCE =
  'const valLoss = (epoch: number) => 0.3 + 0.7 * Math.exp(-epoch / 12) + 0.015 * Math.sin(1.7 * epoch);';

/** A JS literal of JSON-like data: single-quoted strings, bare keys, full-precision numbers. */
export function jsLiteral(value: unknown, indent = ''): string {
  if (typeof value === 'string')
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => jsLiteral(v, inner));
    const flat = `[${items.join(', ')}]`;
    if (flat.length <= 60 && !flat.includes('\n')) return flat;
    return `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const fields = Object.entries(value as Record<string, unknown>).map(
    ([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}: ${jsLiteral(v, inner)}`,
  );
  if (fields.length === 0) return '{}';
  const flat = `{ ${fields.join(', ')} }`;
  if (flat.length <= 72 && !flat.includes('\n')) return flat;
  return `{\n${fields.map((f) => `${inner}${f},`).join('\n')}\n${indent}}`;
}

/** The spec the programs build: the entry's, wrapped when the page schedules another field. */
export function programSpec(
  entry: GalleryEntry,
  values: OptionValues,
  groups: number,
): SpecJson | null {
  if (!entry.spec) return null;
  const spec = entry.spec(values, groups);
  const field = SCHEDULED_FIELD[entry.slug];
  if (!field) return spec;
  const { version: _version, ...schedule } = spec;
  return { version: 1, type: 'HyperparameterScheduler', field, schedule };
}

/** The scheduler's construction: setup lines, the expression, and what it imports from the core. */
interface Construction {
  setup: string[];
  expression: string;
  imports: string[];
}

/** `new X(optimizer, …)` from the page's usage text, when it is one (and does not vary with groups). */
function classConstruction(entry: GalleryEntry, values: OptionValues): Construction | null {
  if (SCHEDULED_FIELD[entry.slug]) return null;
  if (entry.spec) {
    const one = JSON.stringify(entry.spec(values, 1));
    if (one !== JSON.stringify(entry.spec(values, 2))) return null;
  }
  const lines = entry.usage(values).split('\n');
  while (lines.length > 0 && lines.at(-1)!.trim().startsWith('//')) lines.pop();
  const start = lines.findIndex((line) => line.startsWith('new '));
  if (start < 0) return null;
  // The expression ends at a blank or comment line (what follows is an alternative spelling).
  const end = lines.findIndex(
    (line, i) => i > start && (line.trim() === '' || line.startsWith('//')),
  );
  const expression = lines.slice(start, end < 0 ? undefined : end).join('\n');
  const imports = [...new Set([...expression.matchAll(/new (\w+)\(/g)].map((m) => m[1]!))];
  return { setup: lines.slice(0, start), expression, imports };
}

function specConstruction(spec: SpecJson): Construction {
  return {
    setup: [`const spec = ${jsLiteral(spec)};`],
    expression: 'fromSpec(optimizer, spec)',
    imports: ['fromSpec'],
  };
}

/** How the core builds the page's scheduler: its class, or fromSpec. */
export function coreConstruction(entry: GalleryEntry, input: CodeInput): Construction | null {
  const byClass = classConstruction(entry, input.values);
  if (byClass) return byClass;
  const spec = programSpec(entry, input.values, input.baseLrs.length);
  return spec ? specConstruction(spec) : null;
}

/** The fromTorch config of a spec of PyTorch classes, or null when a field has no PyTorch kwarg. */
export function torchConfigOf(spec: Record<string, unknown>): Record<string, unknown> | null {
  let kwargs: Readonly<Record<string, string>>;
  try {
    kwargs = torchKwargsOf(String(spec.type));
  } catch {
    return null;
  }
  const byOption = Object.fromEntries(Object.entries(kwargs).map(([k, option]) => [option, k]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'version' || key === 'type') continue;
    const kwarg = byOption[key];
    if (!kwarg) return null;
    if (key === 'schedulers' && Array.isArray(value)) {
      const children = value.map((child) => torchConfigOf(child as Record<string, unknown>));
      if (children.some((child) => child === null)) return null;
      out[kwarg] = children;
    } else out[kwarg] = value;
  }
  return { scheduler: spec.type, kwargs: out };
}

/** The fromTorch construction: from the spec, or the page's lrLambda for LambdaLR-like pages. */
function fromTorchConstruction(entry: GalleryEntry, input: CodeInput): Construction | null {
  if (SCHEDULED_FIELD[entry.slug]) return null;
  const spec = entry.spec?.(input.values, input.baseLrs.length);
  if (spec) {
    const config = torchConfigOf(spec);
    return config
      ? {
          setup: [],
          expression: `fromTorch(optimizer, ${jsLiteral(config)})`,
          imports: ['fromTorch'],
        }
      : null;
  }
  const byClass = classConstruction(entry, input.values);
  const match = byClass?.expression.match(
    /^new (LambdaLR|MultiplicativeLR)\(optimizer, \{ lrLambda: (.*) \}\)$/s,
  );
  if (!byClass || !match) return null;
  return {
    setup: byClass.setup,
    // fromTorch's kwargs are untyped: the function's parameter needs its type spelled out.
    expression: `fromTorch(optimizer, { scheduler: '${match[1]}', kwargs: { lr_lambda: ${match[2]!.replace(/^\(t\)/, '(t: number)')} } })`,
    imports: ['fromTorch'],
  };
}

function importLine(names: readonly string[], from: string): string {
  const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return `import { ${sorted.join(', ')} } from '${from}';`;
}

/** One plain param group per base lr, with momentum where the schedule cycles it. */
function plainGroups(entry: GalleryEntry, input: CodeInput): string {
  const extra = input.values.cycleMomentum === true ? ', momentum: 0.9' : '';
  const field = SCHEDULED_FIELD[entry.slug];
  const own = field ? `, ${field}: 0` : '';
  return input.baseLrs.map((lr) => `{ lr: ${lr}${extra}${own} }`).join(', ');
}

/** The argument of step() in the programs, for plateau schedules. */
function metricArgument(entry: GalleryEntry, input: CodeInput, epoch: string): string {
  if (!entry.stepArg) return '';
  return input.values.mode === 'max' ? `1 - valLoss(${epoch})` : `valLoss(${epoch})`;
}

/** A core program that steps the scheduler and prints every group's value at every step. */
function nodeProgram(entry: GalleryEntry, input: CodeInput, built: Construction): string {
  const field = SCHEDULED_FIELD[entry.slug] ?? 'lr';
  const metric = metricArgument(entry, input, 'step');
  return [
    importLine(built.imports, '@lrkit/core'),
    '',
    `// ${input.baseLrs.length === 1 ? 'One param group' : `${input.baseLrs.length} param groups`}, as a PyTorch optimizer's: the scheduler writes their ${field}.`,
    `const optimizer = { paramGroups: [${plainGroups(entry, input)}] };`,
    ...(entry.stepArg ? [VAL_LOSS_SOURCE] : []),
    ...built.setup,
    `const scheduler = ${built.expression};`,
    '',
    `for (let step = 0; step < ${input.steps}; step++) {`,
    `  console.log(step, ...optimizer.paramGroups.map((group) => group.${field}));`,
    `  // … one training step with these values …`,
    `  scheduler.step(${metric});`,
    '}',
  ].join('\n');
}

function tfjsProgram(entry: GalleryEntry, input: CodeInput, built: Construction): string {
  const groups = input.baseLrs.length;
  const field = SCHEDULED_FIELD[entry.slug];
  const layers = Array.from({ length: groups }, (_, l) => {
    if (l === groups - 1)
      return `    tf.layers.dense({ ${l === 0 ? 'inputShape: [4], ' : ''}units: 1 }),`;
    return `    tf.layers.dense({ ${l === 0 ? 'inputShape: [4], ' : ''}units: 8, activation: 'tanh' }),`;
  });
  const groupLines = input.baseLrs.map(
    (lr, g) => `    { params: model.layers[${g}]!, lr: ${lr}${field ? `, ${field}: 0` : ''} },`,
  );
  const monitor = entry.stepArg ? ", monitor: 'val_loss'" : '';
  return [
    "import * as tf from '@tensorflow/tfjs';",
    importLine(built.imports, '@lrkit/core'),
    "import { GroupedOptimizer, LrSchedulerCallback } from '@lrkit/tfjs';",
    '',
    `// A small regression model, one param group per layer (${groups}).`,
    'const model = tf.sequential({',
    '  layers: [',
    ...layers,
    '  ],',
    '});',
    'const xs = tf.randomNormal([64, 4]);',
    'const ys = xs.sum(1, true); // learn the sum of the features',
    'const optimizer = new GroupedOptimizer({',
    '  groups: [',
    ...groupLines,
    '  ],',
    '  optimizer: (lr) => tf.train.adam(lr), // betas[0] is what momentum-cycling schedules cycle',
    '});',
    ...built.setup,
    `const scheduler = ${built.expression};`,
    "model.compile({ optimizer, loss: 'meanSquaredError' });",
    '',
    `// One batch per epoch, ${input.steps} epochs: the scheduler steps after each.`,
    'const history = await model.fit(xs, ys, {',
    `  epochs: ${input.steps},`,
    '  batchSize: 64,',
    ...(entry.stepArg
      ? ['  validationSplit: 0.25, // gives val_loss, the metric of the schedule']
      : []),
    `  callbacks: [new LrSchedulerCallback({ scheduler, interval: 'epoch'${monitor} })],`,
    '  verbose: 0,',
    '});',
    "console.log(history.history.lr); // the lr of each epoch (group 1's is 'lr_1')",
  ].join('\n');
}

function onnxProgram(entry: GalleryEntry, input: CodeInput, built: Construction): string {
  const groups = input.baseLrs.length;
  const field = SCHEDULED_FIELD[entry.slug];
  const groupLines = input.baseLrs.map(
    (lr, g) => `    { params: layer(${g}), lr: ${lr}${field ? `, ${field}: 0` : ''} },`,
  );
  const monitor = entry.stepArg ? ", monitor: 'val_loss'" : '';
  return [
    importLine([...built.imports, 'SchedulerRunner'], '@lrkit/core'),
    "import { Adam, buildMlp, initMlpParams, Trainer } from '@lrkit/onnx-training';",
    "import { Tensor } from 'onnxruntime-node';",
    '',
    '// Toy regression data: y is the sum of the 4 features.',
    'function batchOf(size: number): Record<string, Tensor> {',
    '  const x = Float32Array.from({ length: size * 4 }, () => Math.random() * 2 - 1);',
    '  const y = Float32Array.from({ length: size }, (_, i) => x[4 * i]! + x[4 * i + 1]! + x[4 * i + 2]! + x[4 * i + 3]!);',
    "  return { x: new Tensor('float32', x, [size, 4]), y: new Tensor('float32', y, [size, 1]) };",
    '}',
    'const train = [batchOf(64)];',
    'const validation = [batchOf(64)];',
    '',
    `// An MLP of ${groups} Gemm layers, one param group per layer.`,
    `const mlp = buildMlp({ inputSize: 4, hiddenSizes: [${Array(groups - 1)
      .fill(8)
      .join(', ')}], outputSize: 1, loss: 'mse' });`,
    'const params = initMlpParams(mlp.params, { seed: 0 });',
    'const layer = (l: number) => {',
    "  const name = (what: string) => 'layer' + l + '.' + what;",
    "  return { [name('weight')]: params[name('weight')]!, [name('bias')]: params[name('bias')]! };",
    '};',
    'const optimizer = new Adam([',
    ...groupLines,
    ']);',
    ...built.setup,
    `const scheduler = ${built.expression};`,
    `const runner = new SchedulerRunner({ scheduler, interval: 'epoch'${monitor} });`,
    'const trainer = await Trainer.create({',
    '  gradientModel: mlp.trainModel,',
    '  evalModel: mlp.evalModel,',
    '  optimizer,',
    '  hooks: runner,',
    '});',
    '',
    `// One batch per epoch, ${input.steps} epochs: the runner steps the scheduler after each.`,
    'const logs = await trainer.fit({',
    `  epochs: ${input.steps},`,
    '  trainBatches: () => train,',
    '  validationBatches: () => validation,',
    '});',
    'console.log(logs.map((log) => log.lr));',
  ].join('\n');
}

function pytorchTab(entry: GalleryEntry, input: CodeInput): CodeTab {
  const base = { id: 'pytorch' as const, label: 'PyTorch', lang: 'py' as const };
  const spec = programSpec(entry, input.values, input.baseLrs.length);
  if (!spec && entry.family === 'torch') {
    return {
      ...base,
      code: null,
      note: `PyTorch has torch.optim.lr_scheduler.${entry.name}, which takes a Python function; this page's function is JavaScript (a spec never holds code), so there is no generated PyTorch code: write the same function as a Python lambda.`,
    };
  }
  if (!spec) {
    return {
      ...base,
      code: null,
      note: `${entry.name} is built in code here (it has no spec), so toTorchCode has nothing to write: in Python it is the original library's own scheduler, configured as the page's code shows.`,
    };
  }
  try {
    return { ...base, code: toTorchCode(spec), note: null };
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    return { ...base, code: null, note: `toTorchCode does not write this spec: ${reason}` };
  }
}

function tab(id: CodeTabId, label: string, code: string | null, note: string): CodeTab {
  return { id, label, lang: 'ts', code, note: code ? null : note };
}

/** Every code tab of a page, for the given control values. */
export function codeTabs(entry: GalleryEntry, input: CodeInput): CodeTab[] {
  const core = coreConstruction(entry, input);
  const torch = fromTorchConstruction(entry, input);
  const noCore = 'This schedule has no program here.';
  return [
    tab('core', '@lrkit/core', core && nodeProgram(entry, input, core), noCore),
    tab(
      'fromTorch',
      'fromTorch',
      torch && nodeProgram(entry, input, torch),
      'No torch.optim.lr_scheduler class computes this schedule with these options, so fromTorch (which reads PyTorch scheduler configs) does not apply: use the @lrkit/core tab, and the PyTorch tab for the Python side.',
    ),
    tab('tfjs', '@lrkit/tfjs', core && tfjsProgram(entry, input, core), noCore),
    tab('onnx', '@lrkit/onnx-training', core && onnxProgram(entry, input, core), noCore),
    pytorchTab(entry, input),
  ];
}
