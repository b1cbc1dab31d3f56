import { invalid } from './internal/validate';

/**
 * The sizes lrkit accepts from data it is given (specs, PyTorch strings, previews): beyond them
 * it throws an InvalidArgumentError naming the input instead of running out of stack or memory.
 */
export const LIMITS = Object.freeze({
  /** Levels of nesting in a spec, a `fromTorch` config or a `parseTorchString` call. */
  maxNestingDepth: 64,
  /** Characters of a `parseTorchString` source. */
  maxSourceLength: 100_000,
  /** Points of a `preview` curve (per param group). */
  maxPreviewSteps: 10_000_000,
});

/**
 * Refuses data nested deeper than LIMITS.maxNestingDepth (objects and arrays), walking it without
 * recursion so that the check itself cannot overflow the stack.
 */
export function checkNesting(value: unknown, parameter: string): void {
  const max = LIMITS.maxNestingDepth;
  const stack: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (depth >= max) {
      invalid(
        parameter,
        '(deeply nested data)',
        `must nest at most ${max} levels deep (LIMITS.maxNestingDepth)`,
      );
    }
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
}
