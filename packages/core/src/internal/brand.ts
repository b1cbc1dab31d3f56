// Brands recognise lrkit's objects across copies of the package (an adapter's @lrkit/core beside
// the app's, or the ESM and CommonJS builds side by side): Symbol.for gives every copy the same
// symbol, where instanceof only knows the class of its own copy.

/** The brand symbols by name: building `lrkit.${name}` and asking Symbol.for on every check costs more than a step. */
const symbols = new Map<string, symbol>();

function brandSymbol(name: string): symbol {
  let symbol = symbols.get(name);
  if (symbol === undefined) {
    symbol = Symbol.for(`lrkit.${name}`);
    symbols.set(name, symbol);
  }
  return symbol;
}

/** Marks an object as one of lrkit's `name` (a non-enumerable own property: not part of any state). */
export function brand(target: object, name: string): void {
  Object.defineProperty(target, brandSymbol(name), { value: true });
}

/** Whether `value` was marked by {@link brand} with `name`, by this copy of lrkit or another one. */
export function hasBrand(value: unknown, name: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[brandSymbol(name)] === true
  );
}
