import { invalid, nonNegativeInteger } from '../internal/validate';
import {
  checkOptions,
  countAtOrBelow,
  increasing,
  numberList,
  scheduleListOption,
} from './options';
import { fillOf, formulaOf, makeSchedule, type RangeFill, type Schedule } from './schedule';

/** Options of {@link joinSchedules}. */
export interface JoinSchedulesOptions {
  /** The schedules, in order. */
  schedules: readonly Schedule[];
  /** Non-decreasing steps where the next schedule takes over; one fewer than schedules. */
  boundaries: readonly number[];
}

/** Option keys of the `'join'` spec. */
export const JOIN_KEYS = ['schedules', 'boundaries'] as const;

/**
 * Runs schedules one after the other (optax `join_schedules`): from boundaries[i] on,
 * schedules[i + 1] runs with its own step counted from that boundary (its step 0 is the
 * boundary). Spec type `'join'`.
 *
 * @example joinSchedules({ schedules: [linearSchedule(...), cosineSchedule(...)], boundaries: [1000] })
 */
export function joinSchedules(options: JoinSchedulesOptions): Schedule {
  checkOptions('join', options, JOIN_KEYS);
  const schedules = scheduleListOption('schedules', options.schedules);
  const boundaries = numberList('boundaries', options.boundaries, nonNegativeInteger);
  if (boundaries.length !== schedules.length - 1) {
    invalid(
      'boundaries',
      options.boundaries,
      `must have one entry fewer than schedules (${schedules.length - 1}), but it has ${boundaries.length}`,
    );
  }
  increasing('boundaries', boundaries, false);
  const specs = schedules.map((s) => s.spec);
  const parts = schedules.map(formulaOf);
  const offsets = [0, ...boundaries];
  const partFills = schedules.map(fillOf);
  // Part by part, so each part runs its own loop.
  const fill: RangeFill = (out, offset, from, count) => {
    let done = 0;
    while (done < count) {
      const t = from + done;
      const i = countAtOrBelow(boundaries, t);
      const end = i < boundaries.length ? boundaries[i]! : Number.POSITIVE_INFINITY;
      const n = Math.min(count - done, end - t);
      partFills[i]!(out, offset + done, t - offsets[i]!, n);
      done += n;
    }
  };
  const spec = { type: 'join', boundaries, schedules: specs };
  if (boundaries.length > 8) {
    return makeSchedule(
      spec,
      (t) => {
        const i = countAtOrBelow(boundaries, t);
        return parts[i]!(t - offsets[i]!);
      },
      fill,
    );
  }
  // A few boundaries: a scan from the last one beats the binary search.
  const last = boundaries.length;
  return makeSchedule(
    spec,
    (t) => {
      let i = last;
      while (i > 0 && t < boundaries[i - 1]!) i--;
      return parts[i]!(t - offsets[i]!);
    },
    fill,
  );
}
