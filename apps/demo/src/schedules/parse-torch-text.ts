import { InvalidArgumentError, type TorchSchedulerConfig } from '@lrkit/core';

/**
 * Reads a PyTorch-style scheduler expression such as
 * `SequentialLR(schedulers=[LinearLR(start_factor=0.1, total_iters=5), CosineAnnealingLR(T_max=95)], milestones=[5])`
 * into a `fromTorch` config. Values are Python literals: numbers, 'strings', True/False/None,
 * lists or tuples, and nested scheduler calls; a leading `optimizer` argument and a
 * `torch.optim.lr_scheduler.` prefix are accepted and ignored.
 */
export function parseTorchText(text: string): TorchSchedulerConfig {
  const parser = new Parser(text);
  const value = parser.call();
  parser.end();
  return value;
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  private fail(expected: string): never {
    const near = this.text.slice(this.pos, this.pos + 20) || 'the end';
    throw new InvalidArgumentError({
      parameter: 'schedule',
      value: this.text,
      expected: `${expected} at column ${this.pos + 1} (near "${near}")`,
    });
  }

  private skip(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private peek(): string {
    this.skip();
    return this.text[this.pos] ?? '';
  }

  private expect(char: string): void {
    if (this.peek() !== char) this.fail(`expected "${char}"`);
    this.pos++;
  }

  private identifier(): string {
    this.skip();
    const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (!match) this.fail('expected a name');
    this.pos += match[0].length;
    return match[0];
  }

  end(): void {
    if (this.peek() !== '') this.fail('expected the end of the expression');
  }

  call(): TorchSchedulerConfig {
    const name = this.identifier().replace(/^(torch\.optim\.)?(lr_scheduler\.)/, '');
    this.expect('(');
    const kwargs: Record<string, unknown> = {};
    let first = true;
    while (this.peek() !== ')') {
      if (!first) this.expect(',');
      if (this.peek() === ')') break; // trailing comma
      const start = this.pos;
      const key = this.identifier();
      if (this.peek() !== '=') {
        // PyTorch's positional optimizer argument carries nothing the demo needs.
        if (first && /^(optimizer|opt|optim)$/.test(key)) {
          first = false;
          continue;
        }
        this.pos = start;
        this.fail('expected keyword=value');
      }
      this.pos++;
      kwargs[key] = this.value();
      first = false;
    }
    this.pos++;
    return { scheduler: name, kwargs };
  }

  private value(): unknown {
    const c = this.peek();
    if (c === '[' || c === '(') return this.list(c === '[' ? ']' : ')');
    if (c === "'" || c === '"') return this.string(c);
    if (/[-+0-9.]/.test(c)) return this.number();
    const start = this.pos;
    const name = this.identifier();
    if (name === 'True') return true;
    if (name === 'False') return false;
    if (name === 'None') return null;
    if (name === 'inf' || name === 'math.inf') return Number.POSITIVE_INFINITY;
    this.pos = start;
    if (this.text.slice(start).match(/^[A-Za-z_][A-Za-z0-9_.]*\s*\(/)) return this.call();
    return this.fail('expected a number, string, True/False/None, list or scheduler call');
  }

  private list(close: string): unknown[] {
    this.pos++;
    const items: unknown[] = [];
    while (this.peek() !== close) {
      if (items.length > 0) this.expect(',');
      if (this.peek() === close) break;
      items.push(this.value());
    }
    this.pos++;
    return items;
  }

  private string(quote: string): string {
    const endAt = this.text.indexOf(quote, this.pos + 1);
    if (endAt < 0) this.fail('expected a closing quote');
    const value = this.text.slice(this.pos + 1, endAt);
    this.pos = endAt + 1;
    return value;
  }

  private number(): number {
    const match = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) this.fail('expected a number');
    this.pos += match[0].length;
    return Number(match[0]);
  }
}
