import { describe, expect, it } from 'vitest';
import { lineChartSvg, logTicks, niceTicks } from './svg-chart';

describe('lineChartSvg', () => {
  it('draws one path per series through every point, with a legend entry each', () => {
    const svg = lineChartSvg(
      [
        { name: 'a', ys: [1, 2, 3, 4] },
        { name: 'b<&>', xs: [0, 3], ys: [4, 1], dashed: true },
      ],
      { title: 'T', xLabel: 'x', yLabel: 'y' },
    );
    const paths = [...svg.matchAll(/<path d="([^"]+)"[^>]*data-series="([^"]+)"/g)];
    expect(paths.map((p) => p[2])).toEqual(['a', 'b&lt;&amp;&gt;']);
    expect(paths[0]?.[1]?.match(/[ML]/g)).toHaveLength(4);
    expect(paths[1]?.[1]?.match(/[ML]/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('drops non-positive values on a log axis and thins long series', () => {
    const ys = Array.from({ length: 5000 }, (_, i) => (i === 7 ? 0 : 1 / (i + 1)));
    const svg = lineChartSvg([{ name: 'loss', ys }], {
      title: 'L',
      xLabel: 'x',
      yLabel: 'y',
      logY: true,
    });
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/[ML]/g)?.length).toBe(800);
    expect(svg).not.toContain('NaN');
  });
});

describe('ticks', () => {
  it('are round numbers covering the range', () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0.05)).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05]);
    expect(logTicks(-3, 0).map((t) => 10 ** t)).toEqual(
      [0.001, 0.01, 0.1, 1].map((v) => expect.closeTo(v, 12)),
    );
    const short = logTicks(Math.log10(0.05), Math.log10(0.3)).map((t) =>
      Number((10 ** t).toPrecision(6)),
    );
    expect(short).toEqual([0.05, 0.1, 0.2]);
  });
});
