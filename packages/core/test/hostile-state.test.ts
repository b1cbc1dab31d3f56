import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  InvalidArgumentError,
  LrkitError,
  type Optimizer,
  type RunnerState,
  type Scheduler,
  SchedulerRunner,
  type SchedulerState,
} from '../src/index';
import { snapshot } from './helpers';
import { type StateCase, stateCases, stepOnce } from './state-schedulers';

// biome-ignore lint/suspicious/noExplicitAny: hostile input is the point
type Any = any;
type Path = (string | number)[];

/** Counted per describe and printed at the end: the report quotes these numbers. */
const tried = { mutated: 0, refused: 0, accepted: 0, runner: 0 };
// A mutated `verbose: true` prints every step; the output is not under test here.
beforeAll(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(() => {
  console.info(`hostile state cases: ${JSON.stringify(tried)}`);
});

function pathText(path: Path): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${part}`),
    'state',
  );
}

/** Every path inside a state (objects' keys and arrays' entries), depth first. */
function paths(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...path, i], ...paths(v, [...path, i]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push([...path, k], ...paths(v, [...path, k]));
  }
  return out;
}

function parentOf(root: Any, path: Path): Any {
  let node = root;
  for (const part of path.slice(0, -1)) node = node[part];
  return node;
}

/** A deep copy of `state` with the value at `path` replaced (or deleted when `value` is DELETE). */
const DELETE = Symbol('delete');
function mutated(state: unknown, path: Path, value: unknown): Any {
  const copy = JSON.parse(JSON.stringify(state));
  const parent = parentOf(copy, path);
  const key = path[path.length - 1]!;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = value;
  return copy;
}

/** Extra keys: prototype names, the scheduler's getters and hidden fields, a plain unknown. */
const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'schedulerName',
  'inCooldown',
  'lrBuffer',
  'optimizer',
  'extra',
];

/** Adds an own key (JSON.parse makes even '__proto__' an own key, as a saved file would). */
function withExtra(state: unknown, objectPath: Path, key: string): Any {
  const copy = JSON.parse(JSON.stringify(state));
  const holder =
    objectPath.length === 0
      ? copy
      : (parentOf(copy, [...objectPath, ''])[''] ?? nodeAt(copy, objectPath));
  const extra = JSON.parse(`{${JSON.stringify(key)}: {"gamma": 0.5}}`);
  Object.defineProperty(holder, key, {
    value: extra[key],
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return copy;
}

function nodeAt(root: Any, path: Path): Any {
  let node = root;
  for (const part of path) node = node[part];
  return node;
}

const VALUES: unknown[] = [
  null,
  'NaN',
  'Infinity',
  '-Infinity',
  'constructor',
  '__proto__',
  'toString',
  'bogus',
  true,
  [],
  {},
  -1,
  -5,
  0,
  0.5,
  2.5,
  1e308,
  -1e-3,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A mutation that no stateDict() could have written, whatever the field. */
function clearlyBad(original: unknown, value: unknown, path: Path): boolean {
  const last = path[path.length - 1];
  if (typeof value === 'number' && !Number.isFinite(value)) return last !== 'best';
  if (value === 'Infinity' || value === '-Infinity')
    return typeof original !== 'number' || last !== 'best';
  if (typeof value === 'string' && typeof original === 'string') return value !== original;
  if (Array.isArray(value) && Array.isArray(original)) return value.length !== original.length;
  return kindOf(value) !== kindOf(original);
}

/** Everything a refused load must leave alone: the groups and the scheduler's state. */
function capture(optimizer: Optimizer, scheduler: Scheduler): string {
  return JSON.stringify({
    groups: snapshot(optimizer),
    state: scheduler.stateDict(),
    last: scheduler.getLastLr(),
  });
}

function related(parameter: string, path: string): boolean {
  return parameter === path || path.startsWith(`${parameter}.`) || path.startsWith(`${parameter}[`);
}

/** Tries one hostile state: refused as a whole, or accepted and then sound to step. */
function tryState(
  c: StateCase,
  o: Optimizer,
  s: Scheduler,
  original: SchedulerState,
  bad: Any,
  path: string,
  mustRefuse: boolean,
): void {
  tried.mutated++;
  const before = capture(o, s);
  let validated = true;
  try {
    s.validateStateDict?.(bad);
  } catch {
    validated = false;
  }
  expect(capture(o, s)).toBe(before);
  let error: unknown;
  try {
    s.loadStateDict(bad);
  } catch (e) {
    error = e;
  }
  expect(error === undefined, `validateStateDict and loadStateDict agree on ${path}`).toBe(
    validated,
  );
  if (error !== undefined) {
    tried.refused++;
    expect(LrkitError.isInstance(error), `${path}: ${String(error)}`).toBe(true);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    const parameter = (error as InvalidArgumentError).parameter;
    expect(parameter.startsWith('state')).toBe(true);
    if (mustRefuse) expect(related(parameter, path), `${parameter} names ${path}`).toBe(true);
    expect(capture(o, s), `${path} changed something`).toBe(before);
    return;
  }
  expect(mustRefuse, `${path} = ${JSON.stringify(bad)} was accepted`).toBe(false);
  tried.accepted++;
  // Accepted: it must behave like a state, stepping to finite lrs or refusing a step whole.
  for (let i = 0; i < 3; i++) {
    const at = capture(o, s);
    try {
      stepOnce(c, s, 1 - i * 0.1);
      for (const g of o.paramGroups) expect(Number.isFinite(g.lr)).toBe(true);
    } catch (e) {
      expect(LrkitError.isInstance(e), `${path}: step threw ${String(e)}`).toBe(true);
      expect(capture(o, s)).toBe(at);
    }
  }
  s.validateStateDict?.(JSON.parse(JSON.stringify(s.stateDict())));
  s.loadStateDict(original);
}

describe('every mutated state is refused whole, or loads and steps soundly', () => {
  for (const c of stateCases) {
    it(c.name, () => {
      const o = c.optimizer();
      const s = c.build(o);
      const steps = Math.min(3, c.maxSteps ?? 3);
      for (let i = 0; i < steps; i++) stepOnce(c, s, 1 - i * 0.1);
      const original = JSON.parse(JSON.stringify(s.stateDict())) as SchedulerState;
      s.loadStateDict(original);
      for (const path of paths(original)) {
        const text = pathText(path);
        const value = parentOf(original, path)[path[path.length - 1]!];
        for (const v of VALUES) {
          tryState(c, o, s, original, mutated(original, path, v), text, clearlyBad(value, v, path));
        }
        // A missing key (objects) or a missing entry (arrays: one per group or per phase).
        const parent = parentOf(original, path);
        const missing = mutated(original, path, DELETE);
        if (!Array.isArray(parent) || parent.length > 0) {
          tryState(
            c,
            o,
            s,
            original,
            missing,
            text,
            !Array.isArray(parent) || path[path.length - 2] !== 'notSerialized',
          );
        }
        if (
          !Array.isArray(parent) &&
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value)
        ) {
          for (const key of EXTRA_KEYS)
            tryState(c, o, s, original, withExtra(original, path, key), `${text}.${key}`, true);
        }
      }
      for (const key of EXTRA_KEYS)
        tryState(c, o, s, original, withExtra(original, [], key), `state.${key}`, true);
      // A getter in a saved state is read once, as data; one that throws is not our error to type.
      const getter = JSON.parse(JSON.stringify(original));
      let reads = 0;
      const version = getter.version;
      Object.defineProperty(getter, 'version', {
        enumerable: true,
        get: () => {
          reads++;
          return version;
        },
      });
      s.loadStateDict(getter);
      expect(reads).toBeLessThanOrEqual(2);
      expect(s.stateDict()).toStrictEqual(original);
    });
  }
});

describe('the runner: a mutated state changes no entry, no counter, no history', () => {
  it('top-level fields, entries and nested scheduler fields', () => {
    const o1 = stateCases[2]!.optimizer();
    const o2 = stateCases[19]!.optimizer();
    const runner = new SchedulerRunner([
      { scheduler: stateCases[2]!.build(o1), interval: 'step' },
      { scheduler: stateCases[19]!.build(o2), interval: 'epoch' },
    ]);
    for (let i = 0; i < 3; i++) runner.onStepEnd();
    runner.onEpochEnd();
    const original = JSON.parse(JSON.stringify(runner.stateDict())) as RunnerState;
    const capture = () =>
      JSON.stringify([
        runner.stateDict(),
        runner.history.toJSON(),
        snapshot(o1),
        snapshot(o2),
        runner.globalStep,
        runner.epoch,
      ]);
    for (const path of paths(original)) {
      const value = parentOf(original, path)[path[path.length - 1]!];
      for (const v of [null, 'NaN', 'constructor', '__proto__', -1, 2.5, true, {}, []]) {
        if (!clearlyBad(value, v, path)) continue;
        tried.runner++;
        const bad = mutated(original, path, v);
        const before = capture();
        const error = (() => {
          try {
            runner.loadStateDict(bad);
          } catch (e) {
            return e;
          }
          return undefined;
        })();
        expect(error, pathText(path)).toBeInstanceOf(InvalidArgumentError);
        expect(
          related((error as InvalidArgumentError).parameter, pathText(path)),
          `${(error as InvalidArgumentError).parameter} / ${pathText(path)}`,
        ).toBe(true);
        expect(capture()).toBe(before);
      }
    }
    const before = capture();
    runner.loadStateDict(original);
    expect(capture()).toBe(before);
  });
});

describe('stateDict() round-trips after random stepping', () => {
  it('whatever stateDict() writes, loadStateDict() takes back; fractional epochs only where PyTorch takes them', () => {
    const action = fc.oneof(
      fc.constant({ type: 'step' as const }),
      fc.record({ type: fc.constant('epoch' as const), epoch: fc.integer({ min: 0, max: 40 }) }),
      fc.record({
        type: fc.constant('fraction' as const),
        epoch: fc.double({ min: 0, max: 40, noNaN: true }),
      }),
      fc.record({
        type: fc.constant('metric' as const),
        metric: fc.double({ min: -10, max: 10, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...stateCases),
        fc.array(action, { maxLength: 25 }),
        (c, actions) => {
          const o = c.optimizer();
          const s = c.build(o);
          let steps = 0;
          for (const a of actions) {
            const before = capture(o, s);
            try {
              if (c.kind === 'metric') s.step(a.type === 'metric' ? a.metric : 0.5);
              else if (
                a.type === 'epoch' &&
                c.name !== 'SequentialLR' &&
                c.name !== 'ChainedScheduler'
              )
                s.step(a.epoch);
              else if (a.type === 'fraction' && c.kind === 'fractional') s.step(a.epoch);
              else if (
                a.type === 'fraction' &&
                !Number.isInteger(a.epoch) &&
                !/Sequential|Chained/.test(c.name)
              ) {
                expect(() => s.step(a.epoch)).toThrow(InvalidArgumentError);
                expect(capture(o, s)).toBe(before);
              } else s.step();
              steps++;
            } catch (e) {
              // OneCycleLR past its end, an epoch past it: refused whole.
              expect(LrkitError.isInstance(e), String(e)).toBe(true);
              expect(capture(o, s)).toBe(before);
            }
            const state = JSON.parse(JSON.stringify(s.stateDict()));
            const fresh = c.build(c.optimizer());
            fresh.loadStateDict(state);
            expect(fresh.stateDict()).toStrictEqual(state);
            expect(fresh.getLastLr()).toStrictEqual(s.getLastLr());
          }
          return steps >= 0;
        },
      ),
      { numRuns: 300 },
    );
  });
});
