import { invalid } from '../internal/validate';
import { LIMITS } from '../limits';
import { type TorchSchedulerConfig, torchKwargsOf, torchSchedulerNames } from '../torch/from-torch';

/** A Python literal as JSON, or a nested scheduler call. */
type Value = null | boolean | number | string | Value[] | TorchSchedulerConfig;

/** Marks a bare name (the optimizer argument); it is never evaluated. */
const NAME = /* @__PURE__ */ Symbol('name');
type Parsed = Value | { [NAME]: string; at: number };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/y;

/**
 * A recursive-descent reader of one Python call expression: literals (ints, floats, 1e-3,
 * True/False/None, strings, lists, tuples), keyword and positional arguments, nested calls.
 * Nothing is evaluated: names are only allowed where the optimizer goes.
 */
class Reader {
  private pos = 0;
  constructor(private readonly source: string) {}

  fail(expected: string, at = this.pos): never {
    const line = this.source.replace(/\s/g, ' ');
    const from = Math.max(0, at - 30);
    const snippet = `${from > 0 ? '…' : ''}${line.slice(from, at)}⟨here⟩${line.slice(at, at + 30)}`;
    return invalid(
      'source',
      this.source,
      `${expected} at column ${at + 1} (${snippet.trim()}); write a PyTorch scheduler call such as CosineAnnealingLR(T_max=100, eta_min=0.001)`,
    );
  }

  private skip(): void {
    while (this.pos < this.source.length && /\s/.test(this.source[this.pos]!)) this.pos++;
  }

  peek(): string {
    this.skip();
    return this.source[this.pos] ?? '';
  }

  eat(char: string): boolean {
    if (this.peek() !== char) return false;
    this.pos++;
    return true;
  }

  expect(char: string, what: string): void {
    if (!this.eat(char)) this.fail(`expected '${char}' ${what}`);
  }

  private match(re: RegExp): string | undefined {
    this.skip();
    re.lastIndex = this.pos;
    const m = re.exec(this.source);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  /** A dotted name (torch.optim.lr_scheduler.StepLR); returns the last part and where it began. */
  dottedName(): { name: string; at: number } | undefined {
    this.skip();
    const at = this.pos;
    let name = this.match(IDENT);
    if (name === undefined) return undefined;
    while (this.peek() === '.') {
      this.pos++;
      const part = this.match(IDENT);
      if (part === undefined) this.fail('expected a name after "."');
      name = part;
    }
    return { name, at };
  }

  atEnd(): boolean {
    return this.peek() === '';
  }

  /** Nesting depth of the value being read (lists, tuples, calls, signs). */
  private depth = 0;

  value(): Parsed {
    if (++this.depth > LIMITS.maxNestingDepth) {
      this.fail(`nesting deeper than ${LIMITS.maxNestingDepth} levels (LIMITS.maxNestingDepth)`);
    }
    try {
      return this.valueAt();
    } finally {
      this.depth--;
    }
  }

  private valueAt(): Parsed {
    const c = this.peek();
    const at = this.pos;
    if (c === '[') return this.sequence('[', ']');
    if (c === '(') return this.parenthesized();
    if (c === '"' || c === "'") return this.string();
    if (c === '-' || c === '+') {
      this.pos++;
      const inner = this.value();
      if (typeof inner !== 'number') this.fail('expected a number after the sign', at);
      return c === '-' ? -inner : inner;
    }
    if (c === '{') this.fail('dicts are not supported (no lrkit scheduler option takes one)');
    const number = this.match(NUMBER);
    if (number !== undefined) return this.number(number, at);
    const name = this.dottedName();
    if (!name) this.fail(c ? `unexpected '${c}'` : 'unexpected end of input');
    if (name.name === 'True' || name.name === 'False') return name.name === 'True';
    if (name.name === 'None') return null;
    if (name.name === 'lambda') {
      this.fail(
        'a lambda is a function, and a string cannot carry one (functions are not serializable): ' +
          'call fromTorch with a JS function for lr_lambda / scale_fn',
        at,
      );
    }
    if (this.peek() === '(') return this.call(name.name, name.at);
    return { [NAME]: name.name, at: name.at };
  }

  private number(text: string, at: number): number {
    if (/_(_|$|\.|e|E)|\._/.test(text)) this.fail(`malformed number '${text}'`, at);
    const value = Number(text.replace(/_/g, ''));
    if (!Number.isFinite(value)) this.fail(`number '${text}' out of range`, at);
    return value;
  }

  private string(): string {
    const quote = this.source[this.pos]!;
    const start = this.pos++;
    let out = '';
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos++]!;
      if (ch === quote) return out;
      if (ch === '\\') {
        const next = this.source[this.pos++] ?? '';
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else {
        out += ch;
      }
    }
    return this.fail('unterminated string', start);
  }

  private sequence(open: string, close: string): Value[] {
    this.expect(open, 'to open a list');
    const items: Value[] = [];
    while (!this.eat(close)) {
      items.push(literal(this.value(), this));
      if (!this.eat(',')) {
        this.expect(close, `or ',' in the ${close === ']' ? 'list' : 'tuple'}`);
        break;
      }
    }
    return items;
  }

  /** `(x)` is x; `(x,)` and `(x, y)` are tuples (read as lists). */
  private parenthesized(): Parsed {
    this.expect('(', '');
    if (this.eat(')')) return [];
    const first = this.value();
    if (this.eat(')')) return first;
    this.expect(',', "or ')'");
    const items = [literal(first, this)];
    while (!this.eat(')')) {
      items.push(literal(this.value(), this));
      if (!this.eat(',')) {
        this.expect(')', "or ',' in the tuple");
        break;
      }
    }
    return items;
  }

  /** `Name(args)`: a scheduler call with positional and keyword arguments. */
  call(name: string, at: number): TorchSchedulerConfig {
    if (!torchSchedulerNames.includes(name)) {
      this.fail(`unknown scheduler '${name}' (valid: ${torchSchedulerNames.join(', ')})`, at);
    }
    const keywords = Object.keys(torchKwargsOf(name));
    this.expect('(', `after ${name}`);
    const kwargs: Record<string, unknown> = {};
    let positional = 0;
    let seenKeyword = false;
    while (!this.eat(')')) {
      if (this.peek() === ',') this.fail("unexpected ',' (an argument is missing)");
      const argAt = this.pos;
      const save = this.pos;
      const key = this.dottedName();
      if (key && this.peek() === '=' && this.source[this.pos + 1] !== '=') {
        this.pos++;
        seenKeyword = true;
        if (!keywords.includes(key.name)) {
          this.fail(
            `'${key.name}' is not a keyword argument of ${name} (valid: ${keywords.join(', ')})`,
            key.at,
          );
        }
        if (key.name in kwargs) this.fail(`'${key.name}' is given twice`, key.at);
        const value = this.value();
        if (key.name === 'optimizer') optimizerName(value, this, argAt);
        else kwargs[key.name] = literal(value, this);
      } else {
        this.pos = save;
        if (seenKeyword) this.fail('a positional argument follows a keyword argument', argAt);
        const value = this.value();
        if (positional === 0 && isName(value) && name !== 'ChainedScheduler') {
          // The optimizer: PyTorch schedulers take it first; lrkit binds it later.
        } else {
          const offset = name === 'ChainedScheduler' ? positional : positional - 1;
          const keyword = keywords[offset];
          if (keyword === undefined) this.fail(`too many positional arguments for ${name}`, argAt);
          if (keyword === 'optimizer') optimizerName(value, this, argAt);
          else kwargs[keyword] = literal(value, this);
        }
        positional++;
      }
      if (!this.eat(',')) {
        this.expect(')', `or ',' in the arguments of ${name}`);
        break;
      }
    }
    return { scheduler: name, kwargs };
  }
}

function isName(value: Parsed): value is { [NAME]: string; at: number } {
  return typeof value === 'object' && value !== null && NAME in value;
}

function optimizerName(value: Parsed, reader: Reader, at: number): void {
  if (!isName(value)) reader.fail('the optimizer must be given as a name', at);
}

/** A value that must be data: bare names other than the optimizer cannot be evaluated. */
function literal(value: Parsed, reader: Reader): Value {
  if (isName(value)) {
    reader.fail(
      `'${value[NAME]}' is a name, and names are not evaluated: write its value (a number, a string, a list)`,
      value.at,
    );
  }
  return value as Value;
}

/**
 * Reads a PyTorch scheduler written as Python, for command lines and config files:
 * `parseTorchString("CosineAnnealingLR(T_max=100, eta_min=1e-3)")` →
 * `{ scheduler: 'CosineAnnealingLR', kwargs: { T_max: 100, eta_min: 0.001 } }`, ready for
 * `fromTorch(optimizer, config)`. Python literals only (ints, floats, True/False/None, strings,
 * lists, tuples) and nested calls (SequentialLR's schedulers); the optimizer argument may be
 * written as a name (`StepLR(optimizer, step_size=30)`) and is skipped; positional arguments
 * follow PyTorch's order. Nothing is evaluated; errors give the column.
 */
export function parseTorchString(source: string): TorchSchedulerConfig {
  if (typeof source !== 'string' || source.trim() === '') {
    invalid('source', source, 'must be a PyTorch scheduler call such as StepLR(step_size=30)');
  }
  if (source.length > LIMITS.maxSourceLength) {
    invalid(
      'source',
      `(${source.length} characters)`,
      `must be at most ${LIMITS.maxSourceLength} characters (LIMITS.maxSourceLength)`,
    );
  }
  const reader: Reader = new Reader(source);
  const name = reader.dottedName();
  if (!name) reader.fail('expected a scheduler name');
  if (reader.peek() !== '(') reader.fail(`expected '(' after ${name.name}`);
  const config = reader.call(name.name, name.at);
  if (!reader.atEnd()) reader.fail('unexpected text after the call');
  return config;
}
