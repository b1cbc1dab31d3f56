// asciichart ships no types; the demo uses only `plot` and the colour constants.
declare module 'asciichart' {
  export interface PlotConfig {
    height?: number;
    min?: number;
    max?: number;
    offset?: number;
    padding?: string;
    colors?: string[];
    format?: (value: number, index: number) => string;
  }
  export function plot(series: number[] | number[][], config?: PlotConfig): string;
  export const blue: string;
  export const red: string;
  export const green: string;
  export const yellow: string;
  export const magenta: string;
  export const cyan: string;
  export const lightgray: string;
  export const reset: string;
  const asciichart: { plot: typeof plot; blue: string; red: string; green: string };
  export default asciichart;
}
