import { brand, hasBrand } from '../internal/brand';
import { finiteNumber, invalid, isPlainObject } from '../internal/validate';
import type { Optimizer, ParamGroup } from '../optimizer';

/** The lr (and momentum, or Adam's beta1) of one param group of one named scheduler, over steps. */
export interface LrSeries {
  name: string;
  group: number;
  /** Where each value was recorded: a batch index for step-interval entries, an epoch for epoch ones. */
  step: number[];
  lr: number[];
  /** Present when the group carried momentum or betas; NaN where a record had neither. */
  momentum?: number[];
}

/** `LrHistory.toJSON()`: plain JSON, momentum gaps as null. */
export interface LrHistoryJSON {
  version: 1;
  series: {
    name: string;
    group: number;
    step: number[];
    lr: number[];
    momentum?: (number | null)[];
  }[];
}

interface Track {
  step: number[];
  lr: number[];
  /** Created at the first record with a momentum (earlier entries NaN), so plain runs save it. */
  momentum: number[] | null;
}

function momentumOf(group: Optimizer['paramGroups'][number]): number {
  if (typeof group.momentum === 'number') return group.momentum;
  if (Array.isArray(group.betas) && typeof group.betas[0] === 'number') return group.betas[0];
  return Number.NaN;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A learning-rate log for plots and loggers: per name (a scheduler, an optimizer) and per param
 * group, the lr and momentum at each recorded step. The runner fills one; it also works alone:
 * `history.record('generator', optimizer, step)` after each update.
 */
export class LrHistory {
  private readonly tracks = new Map<string, Track[]>();

  constructor() {
    brand(this, 'LrHistory');
  }

  /** Whether `value` is an LrHistory, also one made by another copy of @lrkit/core. */
  static isInstance(value: unknown): value is LrHistory {
    return value instanceof LrHistory || hasBrand(value, 'LrHistory');
  }

  /** Records every group's current lr and momentum (momentum, else betas[0]) under `name`. */
  record(name: string, optimizer: Optimizer, step: number): void {
    if (typeof name !== 'string' || name.length === 0) {
      invalid('name', name, 'must be a non-empty string');
    }
    const groups = recordableGroups(optimizer);
    finiteNumber('step', step);
    let tracks = this.tracks.get(name);
    if (!tracks) {
      tracks = [];
      this.tracks.set(name, tracks);
    }
    for (let g = 0; g < groups.length; g++) {
      let track = tracks[g];
      if (!track) {
        track = { step: [], lr: [], momentum: null };
        tracks[g] = track;
      }
      const momentum = momentumOf(groups[g]!);
      if (track.momentum === null && !Number.isNaN(momentum)) {
        track.momentum = new Array<number>(track.lr.length).fill(Number.NaN);
      }
      track.step.push(step);
      track.lr.push(groups[g]!.lr);
      track.momentum?.push(momentum);
    }
  }

  /** The names recorded so far, in first-recorded order. */
  get names(): string[] {
    return [...this.tracks.keys()];
  }

  /** Copies of every series (or of one name's), one per name and param group. */
  series(name?: string): LrSeries[] {
    const out: LrSeries[] = [];
    for (const [key, tracks] of this.tracks) {
      if (name !== undefined && key !== name) continue;
      tracks.forEach((track, group) => {
        const series: LrSeries = {
          name: key,
          group,
          step: track.step.slice(),
          lr: track.lr.slice(),
        };
        if (track.momentum) series.momentum = track.momentum.slice();
        out.push(series);
      });
    }
    return out;
  }

  /** The last recorded lr of each group under `name` (empty if nothing was recorded). */
  lastLr(name: string): number[] {
    return (this.tracks.get(name) ?? []).map((t) => t.lr[t.lr.length - 1]!);
  }

  /**
   * Forgets what was recorded under `name` after `step` (a run being rolled back to a
   * checkpoint at `step`); what was recorded up to it stays.
   */
  truncateAfter(name: string, step: number): void {
    for (const track of this.tracks.get(name) ?? []) {
      let keep = track.step.length;
      while (keep > 0 && track.step[keep - 1]! > step) keep--;
      track.step.length = keep;
      track.lr.length = keep;
      if (track.momentum) track.momentum.length = keep;
    }
  }

  /** Whether the last point of every group under `name` is at `step` with the groups' values. */
  endsWith(name: string, optimizer: Optimizer, step: number): boolean {
    const tracks = this.tracks.get(name);
    const groups = optimizer.paramGroups;
    const same =
      tracks !== undefined &&
      tracks.length === groups.length &&
      tracks.every((track, g) => {
        const last = track.step.length - 1;
        if (last < 0 || track.step[last] !== step) return false;
        const momentum = momentumOf(groups[g]!);
        const recorded = track.momentum ? track.momentum[last]! : Number.NaN;
        return Object.is(track.lr[last], groups[g]!.lr) && Object.is(recorded, momentum);
      });
    return same;
  }

  /** Forgets everything recorded under `name`. */
  delete(name: string): boolean {
    return this.tracks.delete(name);
  }

  clear(): void {
    this.tracks.clear();
  }

  toJSON(): LrHistoryJSON {
    return {
      version: 1,
      series: this.series().map((s) => {
        const { momentum, ...rest } = s;
        return momentum
          ? { ...rest, momentum: momentum.map((m) => (Number.isNaN(m) ? null : m)) }
          : rest;
      }),
    };
  }

  /** Long-format CSV: `name,group,step,lr,momentum` (momentum empty where there was none). */
  toCSV(): string {
    const lines = ['name,group,step,lr,momentum'];
    for (const s of this.series()) {
      const name = csvField(s.name);
      for (let i = 0; i < s.step.length; i++) {
        const m = s.momentum?.[i];
        const momentum = m === undefined || Number.isNaN(m) ? '' : String(m);
        lines.push(`${name},${s.group},${s.step[i]},${s.lr[i]},${momentum}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }

  /** Rebuilds a history from `toJSON()` output (validated; a bad input throws and builds nothing). */
  static fromJSON(json: unknown): LrHistory {
    if (!isPlainObject(json) || json.version !== 1 || !Array.isArray(json.series)) {
      invalid('json', json, 'must be the output of LrHistory.toJSON() ({ version: 1, series })');
    }
    const history = new LrHistory();
    json.series.forEach((raw: unknown, i) => {
      const path = `json.series[${i}]`;
      if (!isPlainObject(raw)) invalid(path, raw, 'must be an object { name, group, step, lr }');
      const { name, group, step, lr, momentum } = raw;
      if (typeof name !== 'string' || name.length === 0) {
        invalid(`${path}.name`, name, 'must be a non-empty string');
      }
      if (!Number.isSafeInteger(group) || (group as number) < 0) {
        invalid(`${path}.group`, group, 'must be a non-negative integer');
      }
      const length = Array.isArray(step) ? step.length : -1;
      const numbers = (key: string, value: unknown, nullable: boolean): number[] => {
        if (!Array.isArray(value) || value.length !== length) {
          invalid(`${path}.${key}`, value, `must be an array of ${Math.max(length, 0)} numbers`);
        }
        return value.map((v, j) => {
          if (nullable && v === null) return Number.NaN;
          return finiteNumber(`${path}.${key}[${j}]`, v);
        });
      };
      const track: Track = {
        step: numbers('step', step, false),
        lr: numbers('lr', lr, false),
        momentum: momentum === undefined ? null : numbers('momentum', momentum, true),
      };
      let tracks = history.tracks.get(name);
      if (!tracks) {
        tracks = [];
        history.tracks.set(name, tracks);
      }
      tracks[group as number] = track;
    });
    return history;
  }
}

/**
 * The groups to record: any finite lr, a negative one included. PyTorch's own arithmetic can end
 * a decay to 0 a rounding error below it (LinearLR with endFactor 0 gives about -2e-20), and the
 * history records what the groups hold rather than refusing a step that already happened.
 */
function recordableGroups(optimizer: unknown): readonly ParamGroup[] {
  const groups = (optimizer as { paramGroups?: unknown } | null)?.paramGroups;
  if (!Array.isArray(groups) || groups.length === 0) {
    invalid('optimizer.paramGroups', groups, 'must be a non-empty array of param groups { lr }');
  }
  groups.forEach((group: unknown, i) => {
    const lr = (group as { lr?: unknown } | null)?.lr;
    if (typeof lr !== 'number' || !Number.isFinite(lr)) {
      invalid(`optimizer.paramGroups[${i}].lr`, lr, 'must be a finite number');
    }
  });
  return groups as ParamGroup[];
}
