import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactLog, floorLogRatio } from './exact-log';

// Reference: test/fixtures/exact-log-reference.json (exact-log-reference.py beside it): ln(x) to
// 50 digits by Python's decimal module, rounded once to the nearest double, with CPython's
// math.log (glibc 2.36) beside it.

const { rows } = JSON.parse(
  readFileSync(new URL('../../test/fixtures/exact-log-reference.json', import.meta.url), 'utf8'),
) as { rows: [number, number, number][] };

describe('exactLog', () => {
  it('is the correctly rounded ln for every reference value', () => {
    expect(rows.length).toBeGreaterThan(1000);
    const wrong = rows.filter(([x, y]) => exactLog(x) !== y);
    expect(wrong).toEqual([]);
  });

  it('differs from Math.log where V8 is one ulp off (the reason it exists)', () => {
    expect(rows.some(([x, y]) => Math.log(x) !== y)).toBe(true);
    expect(exactLog(3)).toBe(1.0986122886681098);
    expect(Math.log(3)).not.toBe(exactLog(3));
  });

  it('gives what Math.log gives outside (0, ∞)', () => {
    expect(exactLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(exactLog(-1)).toBeNaN();
    expect(exactLog(Number.NaN)).toBeNaN();
    expect(exactLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(exactLog(1)).toBe(0);
  });

  it('stays within one ulp of Math.log for any positive double', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        const a = exactLog(x);
        const b = Math.log(x);
        return a === b || Math.abs(a - b) <= 2.3e-16 * Math.max(1, Math.abs(a));
      }),
    );
  });
});

describe('floorLogRatio', () => {
  it('takes its fast path only where the exact logs agree', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.double({ min: 1.01, max: 50, noNaN: true }),
        (x, base) => floorLogRatio(x, base) === Math.floor(exactLog(x) / exactLog(base)),
      ),
    );
  });

  it('decides exact powers as CPython does: log(243, 3) < 5, log(8, 2) = 3', () => {
    expect(floorLogRatio(243, 3)).toBe(4);
    expect(floorLogRatio(8, 2)).toBe(3);
    expect(floorLogRatio(1000, 10)).toBe(2);
  });
});
