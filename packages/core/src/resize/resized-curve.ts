import type { ResizePlan } from './resize-plan';

/** The old plan's value at an integer step ≥ 0. */
export type StepValue = (step: number) => number;

/**
 * The old plan at `from + (t − t0) · span / width`, a real position: exact at integer positions
 * (integer arithmetic where it fits), linear between two steps otherwise. Linear interpolation
 * keeps a stretched plan within its neighbouring steps' values, so nothing overshoots.
 */
function mapped(f: StepValue, from: number, offset: number, span: number, width: number): number {
  if (width <= 0 || span === 0) return f(from);
  const product = offset * span;
  if (Number.isSafeInteger(product)) {
    const whole = Math.floor(product / width);
    const rest = product - whole * width;
    const i = from + whole;
    if (rest === 0) return f(i);
    const a = f(i);
    return a + (f(i + 1) - a) * (rest / width);
  }
  const x = from + (offset * span) / width;
  const i = Math.floor(x);
  const a = f(i);
  return x === i ? a : a + (f(i + 1) - a) * (x - i);
}

function cooldownFactor(shape: ResizePlan['cooldownShape'], s: number): number {
  if (shape === 'cosine') return 0.5 * (1 + Math.cos(Math.PI * s));
  if (shape === '1-sqrt') return 1 - Math.sqrt(s);
  return 1 - s;
}

/** The first step of the old plan's highest value in [0, end] (the peak a rewarm returns to). */
export function peakStep(f: StepValue, end: number): number {
  let best = 0;
  let value = f(0);
  for (let t = 1; t <= end; t++) {
    const v = f(t);
    if (v > value) {
      value = v;
      best = t;
    }
  }
  return best;
}

/**
 * The resized plan as a function of the new step. Before the resume step it is the old plan
 * (keep-fraction aside, which stretches everything); from the new end on it is the old plan's
 * tail, shifted so that `totalSteps` lands on `previousTotalSteps`.
 */
export function resizedCurve(plan: ResizePlan, f: StepValue, peak?: number): StepValue {
  const { resumeStep: k, totalSteps: n, previousTotalSteps: old } = plan;
  const tail = (t: number) => f(t - n + old);
  if (plan.policy === 'keep-fraction') {
    return (t) => (t >= n ? tail(t) : mapped(f, 0, t, old, n));
  }
  if (plan.policy === 'continue') {
    return (t) => (t <= k ? f(t) : t >= n ? tail(t) : mapped(f, k, t - k, old - k, n - k));
  }
  if (plan.policy === 'cooldown-now') {
    const c = plan.cooldownSteps;
    const shape = plan.cooldownShape;
    return (t) => {
      if (t <= k) return f(t);
      if (t >= n) return tail(t);
      const from = f(k);
      const to = f(old);
      if (t >= k + c) return to;
      return to + (from - to) * cooldownFactor(shape, (t - k) / c);
    };
  }
  const w = plan.warmupSteps;
  const p = peak ?? peakStep(f, old);
  return (t) => {
    if (t <= k) return f(t);
    if (t >= n) return tail(t);
    const top = f(p);
    const end = f(old);
    const newTop = top * plan.peakScale;
    if (t <= k + w) {
      const start = f(k);
      return start + (newTop - start) * ((t - k) / w);
    }
    const v = mapped(f, p, t - k - w, old - p, n - k - w);
    // The decay keeps its shape, rescaled so the peak is the new one and the end is the old end.
    return top === end ? newTop : end + (v - end) * ((newTop - end) / (top - end));
  };
}
