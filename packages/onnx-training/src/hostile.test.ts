// Hostile inputs for every boundary of @lrkit/onnx-training (issue 10): each refused input must
// throw an LrkitError subclass naming the parameter, and leave the parameters, the optimizer
// state, the position and the scheduler state exactly as they were.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, LrkitError } from '@lrkit/core';
import * as fc from 'fast-check';
import { Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeSetup } from '../test/helpers/resume-setup';
import { Adam, AdamW } from './optim/adam';
import { SGD } from './optim/sgd';
import { createCheckpoint, restoreCheckpoint, type TrainerCheckpoint } from './trainer/checkpoint';
import { CheckpointError, CheckpointSaveError } from './trainer/checkpoint-error';
import { loadCheckpoint, saveCheckpoint } from './trainer/checkpoint-file';
import { Trainer } from './trainer/trainer';

const HOSTILE: readonly unknown[] = [
  null,
  undefined,
  'NaN',
  'Infinity',
  'constructor',
  '__proto__',
  'toString',
  '',
  -5,
  -1e-9,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  2 ** 53,
  2.5,
  true,
  {},
  [],
  [1, 2, 3],
  [0.9],
  [0.9, 1],
  { extra: 1 },
  () => 0.1,
];
const hostile = fc.constantFrom(...HOSTILE);
const counts: Record<string, number> = {};
const count = (suite: string) => {
  counts[suite] = (counts[suite] ?? 0) + 1;
};

type Run = Awaited<ReturnType<typeof resumeSetup>>;
let run: Run;
let good: TrainerCheckpoint;
let workDir: string;

/** Everything a refused input must leave alone (the runner's lr history kept apart). */
const stateOf = () =>
  JSON.stringify({
    checkpoint: createCheckpoint(run.trainer),
    groups: run.optimizer.paramGroups,
  });
const historyOf = () => JSON.stringify(run.runner.history.series());
const snapshot = () => `${stateOf()}\n${historyOf()}`;

/**
 * Refusals after which only the runner's lr history differs: the core's runner let the state
 * through its validation, refused it while loading, and its rollback restarted the history.
 * Reported as a core finding; everything of this package is still checked to be unchanged.
 */
const historyOnly: string[] = [];

function expectRefused(error: unknown, before: string) {
  expect(LrkitError.isInstance(error)).toBe(true);
  expect(InvalidArgumentError.isInstance(error)).toBe(true);
  const parameter = (error as InvalidArgumentError).parameter;
  expect(parameter.length).toBeGreaterThan(0);
  const after = snapshot();
  expect(after.split('\n')[0]).toBe(before.split('\n')[0]);
  if (after !== before) {
    expect(parameter).toMatch(/^checkpoint\.hooks/);
    historyOnly.push(parameter);
  }
}

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function mutate(
  root: unknown,
  kind: 'set' | 'delete' | 'extra',
  path: (string | number)[],
  value: unknown,
) {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  if (path.length === 0)
    return kind === 'set' ? value : kind === 'delete' ? undefined : { ...copy, unexpected: value };
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (
    kind === 'extra' &&
    typeof target === 'object' &&
    target !== null &&
    !Array.isArray(target)
  ) {
    (target as Record<string, unknown>).unexpected = value;
  } else parent[last] = value;
  return copy;
}

beforeAll(async () => {
  run = await resumeSetup();
  await run
    .fit(async (step) => {
      if (step === 5) throw new Error('stop');
    })
    .catch(() => {});
  good = createCheckpoint(run.trainer);
  workDir = await mkdtemp(join(tmpdir(), 'lrkit-onnx-hostile-'));
});

afterAll(async () => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.info('onnx-training hostile cases', counts, total);
  console.info("refusals after which only the core runner's history changed:", historyOnly);
  await rm(workDir, { recursive: true, force: true });
});

describe('hostile checkpoints', () => {
  it('a mutated checkpoint is refused before anything changes, or is a valid one', {
    timeout: 60_000,
  }, () => {
    const paths = pathsOf(good).filter((p) => p[0] !== 'metadata');
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom('set' as const, 'delete' as const, 'extra' as const),
        hostile,
        (path, kind, value) => {
          count('checkpoint');
          const mutated = mutate(good, kind, path, value);
          const before = snapshot();
          let error: unknown;
          try {
            restoreCheckpoint(run.trainer, mutated as TrainerCheckpoint);
          } catch (e) {
            error = e;
          }
          if (error === undefined) {
            accepted++;
            restoreCheckpoint(run.trainer, good);
            return;
          }
          expect(
            CheckpointError.isInstance(error) || (error as Error).name === 'InvalidArgumentError',
          ).toBe(true);
          expectRefused(error, before);
        },
      ),
      { numRuns: 500, seed: 20 },
    );
    expect(accepted).toBeLessThan(150);
  });

  it('damaged checkpoint files: CheckpointError naming the path, nothing changed', async () => {
    const text = JSON.stringify(good);
    const cases: [string, string | Uint8Array | null][] = [
      ['truncated', text.slice(0, text.length >> 1)],
      ['one byte short', text.slice(0, -1)],
      ['empty', ''],
      ['not UTF-8', new Uint8Array([0xff, 0xfe, 0x7b])],
      ['null', 'null'],
      ['array', '[]'],
      ['missing', null],
    ];
    for (const [name, content] of cases) {
      count('files');
      const path = join(workDir, `${name.replace(/\W/g, '-')}.json`);
      if (content !== null) await writeFile(path, content);
      const before = snapshot();
      const error = await loadCheckpoint(path, run.trainer).catch((e: unknown) => e);
      expect(CheckpointError.isInstance(error), name).toBe(true);
      expectRefused(error, before);
    }
  });

  it('save errors are lrkit errors: a missing directory, bad arguments', async () => {
    const before = snapshot();
    count('save');
    const missing = await saveCheckpoint(
      join(workDir, 'no', 'such', 'dir.json'),
      run.trainer,
    ).catch((e: unknown) => e);
    expect(CheckpointSaveError.isInstance(missing)).toBe(true);
    expect(((missing as Error).cause as { code?: string }).code).toBe('ENOENT');
    for (const [path, options] of [
      ['', {}],
      [42, {}],
      [join(workDir, 'a.json'), { metadata: 10n }],
      [join(workDir, 'a.json'), { meta: 1 }],
      [join(workDir, 'a.json'), null],
    ] as const) {
      count('save');
      const error = await saveCheckpoint(path as string, run.trainer, options as never).catch(
        (e: unknown) => e,
      );
      expectRefused(error, before);
    }
    const guess = await saveCheckpoint(join(workDir, 'a.json'), run.trainer, {
      meta: 1,
    } as never).catch((e: unknown) => e);
    expect((guess as Error).message).toMatch(/did you mean 'metadata'/);
  });
});

describe('hostile optimizer states and options', () => {
  it('a mutated optimizer stateDict is refused by loadStateDict before anything changes', () => {
    const state = run.optimizer.stateDict();
    const paths = pathsOf(state);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom('set' as const, 'delete' as const, 'extra' as const),
        hostile,
        (path, kind, value) => {
          count('optimizer state');
          const before = snapshot();
          try {
            run.optimizer.loadStateDict(mutate(state, kind, path, value) as never);
          } catch (error) {
            expect((error as InvalidArgumentError).parameter).toMatch(/^state/);
            expectRefused(error, before);
            return;
          }
          run.optimizer.loadStateDict(state);
        },
      ),
      { numRuns: 300, seed: 21 },
    );
  });

  const tensor = () => new Tensor('float32', new Float32Array([1, 2, 3]), [3]);
  const KEYS = [
    'lr',
    'momentum',
    'dampening',
    'weightDecay',
    'nesterov',
    'maximize',
    'betas',
    'eps',
    'amsgrad',
    'sessionOptions',
    'weight_decay',
    'amsGrad',
    'Lr',
    'constructor',
    '__proto__',
    'foo',
  ];

  it('constructor options and per-group options of SGD, Adam and AdamW', () => {
    const makers = {
      SGD: (p: never, o: never) => new SGD(p, o),
      Adam: (p: never, o: never) => new Adam(p, o),
      AdamW: (p: never, o: never) => new AdamW(p, o),
    };
    fc.assert(
      fc.property(
        fc.constantFrom('SGD', 'Adam', 'AdamW'),
        fc.dictionary(fc.constantFrom(...KEYS), hostile, { minKeys: 1, maxKeys: 3 }),
        fc.boolean(),
        (name, options, perGroup) => {
          count('optimizer options');
          const w = tensor();
          const params = perGroup ? [{ params: { w }, ...options }] : { w };
          let error: unknown;
          try {
            makers[name as keyof typeof makers](
              params as never,
              (perGroup ? {} : options) as never,
            );
          } catch (e) {
            error = e;
          }
          expect(Array.from(w.data as Float32Array)).toEqual([1, 2, 3]);
          if (error === undefined) return; // every key valid for this optimizer, every value in range
          expect(InvalidArgumentError.isInstance(error)).toBe(true);
          expect((error as InvalidArgumentError).parameter).toMatch(
            /^(options|params\[0\]|paramGroups\[0\])/,
          );
        },
      ),
      { numRuns: 400, seed: 22 },
    );
  });

  it('misspelled options name the option meant', () => {
    const cases: [() => unknown, RegExp][] = [
      [
        () => new SGD({ w: tensor() }, { weight_decay: 0.01 } as never),
        /options\.weight_decay.*did you mean 'weightDecay'/,
      ],
      [
        () => new Adam({ w: tensor() }, { amsGrad: true } as never),
        /options\.amsGrad.*did you mean 'amsgrad'/,
      ],
      [() => new AdamW({ w: tensor() }, { beta: [0.9, 0.99] } as never), /did you mean 'betas'/],
      [
        () => new SGD([{ params: { w: tensor() }, nesterov: true, momentm: 0.9 }] as never),
        /params\[0\]\.momentm.*did you mean 'momentum'/,
      ],
      [
        () => new SGD({ w: tensor() }, { momentum: 1.5 }),
        /paramGroups\[0\]\.momentum: must be a number in \[0, 1\]/,
      ],
      [() => new SGD({ w: tensor() }, { dampening: -0.1 }), /paramGroups\[0\]\.dampening/],
      [() => new Adam({ w: tensor() }, { eps: -1 }), /paramGroups\[0\]\.eps/],
      [() => new Adam({ w: tensor() }, { sessionOptions: 5 } as never), /options\.sessionOptions/],
    ];
    for (const [make, message] of cases) {
      count('optimizer options');
      expect(make).toThrow(InvalidArgumentError);
      expect(make).toThrow(message);
    }
  });

  it('Trainer.create options', async () => {
    const base = {
      gradientModel: new Uint8Array(0),
      optimizer: run.optimizer,
    };
    const cases: unknown[] = [
      null,
      5,
      { ...base, hook: run.runner },
      { ...base, non_finite_loss: 'apply' },
      { ...base, optimizer: {} },
      { ...base, hooks: {} },
      { ...base, nonFiniteLoss: 'ignore' },
      { ...base, gradientModel: 5 },
    ];
    for (const options of cases) {
      count('trainer options');
      const before = snapshot();
      const error = await Trainer.create(options as never).catch((e: unknown) => e);
      expectRefused(error, before);
    }
    const typo = await Trainer.create({ ...base, hook: run.runner } as never).catch(
      (e: unknown) => e,
    );
    expect((typo as Error).message).toMatch(/options\.hook.*did you mean 'hooks'/);
  });
});
