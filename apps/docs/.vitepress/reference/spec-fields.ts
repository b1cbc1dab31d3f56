import { fromSpec, isScheduleType, specTypes } from '@lrkit/core';
import ts from 'typescript';

/** One field of a spec type, as the field reference shows it. */
export interface SpecField {
  name: string;
  /** The TypeScript type of the option (nested schedules and schedulers shown as specs). */
  type: string;
  required: boolean;
  /** The default its doc comment states (`Default 0.1.`, `false (default)`), or null. */
  defaultValue: string | null;
  /** The option's doc comment, first sentence kept whole. */
  doc: string;
  /** A function option: a spec cannot carry it (build the scheduler in code). */
  isFunction: boolean;
}

export interface SpecTypeReference {
  type: string;
  kind: 'scheduler' | 'closed-form' | 'preset';
  /** Where the TypeScript options came from, e.g. `StepLROptions`. */
  optionsType: string;
  fields: SpecField[];
}

const PROBE = '__lrkitFieldProbe';

/**
 * The fields `fromSpec` accepts for `type`, in its order, read from the core itself: an unknown
 * field is refused with the list of valid ones.
 */
export function acceptedFields(type: string): string[] {
  try {
    fromSpec({ paramGroups: [{ lr: 0.1 }] }, { version: 1, type, [PROBE]: 1 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /valid (?:fields|options) are (.*), got 1$/.exec(message);
    if (match) return match[1]!.split(', ').filter((f) => f !== '');
    throw new Error(`${type}: no field list in "${message}"`);
  }
  throw new Error(`${type}: an unknown field was accepted`);
}

/** The preset families keep their library's names: `hf-`, `timm-`, `keras-`, `optax-`, ... */
const PRESET = /^(hf|timm|keras|optax|megatron|torchtitan)(-|$)/;

function kindOf(type: string): SpecTypeReference['kind'] {
  if (!isScheduleType(type)) return 'scheduler';
  return PRESET.test(type) ? 'preset' : 'closed-form';
}

/** `Default 0.1.`, `Default 1 (as timm).`, `true (default): ...`, `Default: 'normal'`. */
export function defaultFromDoc(doc: string): string | null {
  const stated = /\bDefault:?\s+(.+?)(?:\.(?=\s|$)|;|$)/m.exec(doc);
  if (stated) return stated[1]!.trim();
  const marked = /(\S+)\s+\(default\)/.exec(doc);
  return marked ? marked[1]!.replace(/^[(:]+|[,:;]+$/g, '') : null;
}

/** Nested schedules and schedulers are given as specs in a spec; `readonly` is noise here. */
function specTypeText(text: string): string {
  return text
    .replace(/import\("[^"]*"\)\./g, '')
    .replace(/\b(LRScheduler|Scheduler|GroupSchedulerFactory)\b/g, 'SchedulerSpec')
    .replace(/\bSchedule\b/g, 'ScheduleSpec')
    .replace(/\breadonly /g, '')
    .replace(/\s*\|\s*undefined\b/g, '');
}

interface OptionsSource {
  name: string;
  type: ts.Type;
}

/** Reads the core's source with the TypeScript checker. */
class CoreSource {
  private readonly checker: ts.TypeChecker;
  private readonly index: ts.SourceFile;
  private readonly registry: ts.SourceFile;

  constructor(coreSrc: string) {
    const indexPath = `${coreSrc}/index.ts`;
    const registryPath = `${coreSrc}/schedules/registry.ts`;
    const program = ts.createProgram([indexPath, registryPath], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
    });
    this.checker = program.getTypeChecker();
    const file = (path: string) => {
      const source = program.getSourceFile(path);
      if (!source) throw new Error(`Cannot read ${path}`);
      return source;
    };
    this.index = file(indexPath);
    this.registry = file(registryPath);
  }

  private resolve(symbol: ts.Symbol): ts.Symbol {
    return symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  /** A scheduler class's options: the second parameter of its constructor. */
  schedulerOptions(className: string): OptionsSource | null {
    const moduleSymbol = this.checker.getSymbolAtLocation(this.index);
    const exported = moduleSymbol && this.checker.getExportsOfModule(moduleSymbol);
    const symbol = exported?.find((s) => s.name === className);
    if (!symbol) return null;
    const classType = this.checker.getTypeOfSymbol(this.resolve(symbol));
    for (const signature of classType.getConstructSignatures()) {
      const options = signature.getParameters()[1];
      if (options) return this.optionsOf(options);
    }
    return null;
  }

  /** A closed-form type's options: the parameter of its builder in the schedule registry. */
  scheduleOptions(type: string): OptionsSource | null {
    let found: OptionsSource | null = null;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (
        ts.isPropertyAssignment(node) &&
        (ts.isStringLiteral(node.name) || ts.isIdentifier(node.name)) &&
        node.name.text === type &&
        ts.isObjectLiteralExpression(node.initializer)
      ) {
        const build = node.initializer.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'build',
        );
        const symbol = build && this.checker.getSymbolAtLocation(build.initializer);
        if (symbol) {
          const fn = this.checker.getTypeOfSymbol(this.resolve(symbol));
          const options = fn.getCallSignatures()[0]?.getParameters()[0];
          if (options) found = this.optionsOf(options);
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(this.registry);
    return found;
  }

  private optionsOf(parameter: ts.Symbol): OptionsSource {
    const declaration = parameter.valueDeclaration as ts.ParameterDeclaration;
    const type = this.checker.getTypeOfSymbolAtLocation(parameter, declaration);
    const name = declaration.type ? declaration.type.getText() : this.checker.typeToString(type);
    return { name, type: this.checker.getNonNullableType(type) };
  }

  /** A named union of literals (`NoiseType`) is spelt out: the reader needs the values. */
  private typeText(type: ts.Type): string {
    const flags = ts.TypeFormatFlags.NoTruncation;
    if (
      type.isUnion() &&
      type.types.every((t) => t.isLiteral() || t.flags & ts.TypeFlags.BooleanLiteral)
    ) {
      const parts = type.types.map((t) => this.checker.typeToString(t, undefined, flags));
      return parts.includes('true') && parts.includes('false') && parts.length === 2
        ? 'boolean'
        : parts.join(' | ');
    }
    return this.checker.typeToString(type, undefined, flags);
  }

  field(options: OptionsSource | null, name: string): Omit<SpecField, 'name'> | null {
    const property = options?.type.getProperty(name);
    if (!property) return null;
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    const type = declaration
      ? this.checker.getTypeOfSymbolAtLocation(property, declaration)
      : this.checker.getTypeOfSymbol(property);
    const doc = ts.displayPartsToString(property.getDocumentationComment(this.checker)).trim();
    const nonNull = this.checker.getNonNullableType(type);
    return {
      type: specTypeText(this.typeText(nonNull)),
      required: (property.flags & ts.SymbolFlags.Optional) === 0,
      defaultValue: defaultFromDoc(doc),
      doc: doc.replace(/\s+/g, ' '),
      isFunction: (nonNull.isUnion() ? nonNull.types : [nonNull]).some(
        (t) => t.getCallSignatures().length > 0,
      ),
    };
  }
}

/**
 * The field reference of every spec type the core accepts: the field names from `fromSpec`,
 * their types, requiredness, defaults and docs from the options types of the core's source.
 */
export function specFieldReference(coreSrc: string): SpecTypeReference[] {
  const source = new CoreSource(coreSrc);
  return specTypes().map((type) => {
    const kind = kindOf(type);
    const options =
      kind === 'scheduler' ? source.schedulerOptions(type) : source.scheduleOptions(type);
    return {
      type,
      kind,
      optionsType: options?.name ?? '',
      fields: acceptedFields(type).map((name) => ({
        name,
        ...(source.field(options, name) ?? {
          type: 'unknown',
          required: false,
          defaultValue: null,
          doc: '',
          isFunction: false,
        }),
      })),
    };
  });
}
