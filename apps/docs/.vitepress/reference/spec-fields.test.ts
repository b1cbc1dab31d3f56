import { fileURLToPath } from 'node:url';
import { isScheduleType, scheduleFromSpec, specTypes } from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultValues, galleryEntries } from '../gallery/catalog';
import {
  acceptedFields,
  defaultFromDoc,
  type SpecTypeReference,
  specFieldReference,
} from './spec-fields';

const coreSrc = fileURLToPath(new URL('../../../../packages/core/src', import.meta.url));
let reference: SpecTypeReference[];

beforeAll(() => {
  reference = specFieldReference(coreSrc);
});

const byType = (type: string) => reference.find((t) => t.type === type)!;

/** A documented default as a value: `0.1`, `'cos'`, `false`, `1e4`, `1 (as timm)`. */
function statedValue(text: string): unknown {
  const head = text.split(/\s+\(/)[0]!.trim();
  if (/^'.*'$/.test(head)) return head.slice(1, -1);
  if (head === 'true' || head === 'false') return head === 'true';
  if (/^-?\d+\/\d+$/.test(head)) {
    const [a, b] = head.split('/').map(Number);
    return a! / b!;
  }
  const n = Number(head);
  return Number.isFinite(n) ? n : text;
}

describe('the specs field reference is generated from the core', () => {
  it('lists every spec type the core accepts, once, in the core’s order', () => {
    expect(reference.map((t) => t.type)).toEqual(specTypes());
    expect(reference.length).toBeGreaterThan(50);
  });

  it('lists, for every type, exactly the fields fromSpec accepts', () => {
    for (const type of specTypes()) {
      expect(
        byType(type).fields.map((f) => f.name),
        type,
      ).toEqual(acceptedFields(type));
    }
  });

  it('finds a TypeScript type for every field (a field added to the validation only fails here)', () => {
    const untyped = reference.flatMap((t) =>
      t.fields
        .filter((f) => f.type === 'unknown' || f.type === '')
        .map((f) => `${t.type}.${f.name}`),
    );
    expect(untyped).toEqual([]);
    // Options types were found for every type with fields.
    expect(reference.filter((t) => t.fields.length > 0 && t.optionsType === '')).toEqual([]);
  });

  it('marks function options as not in a spec, and required fields as required', () => {
    const lambda = byType('LambdaLR').fields.find((f) => f.name === 'lrLambda')!;
    expect(lambda.isFunction).toBe(true);
    expect(byType('StepLR').fields.find((f) => f.name === 'stepSize')!.required).toBe(true);
    expect(byType('StepLR').fields.find((f) => f.name === 'gamma')).toMatchObject({
      required: false,
      defaultValue: '0.1',
    });
  });

  it('keeps the presets’ own defaults: warmupPrefix false in timm, prefix true in warmup', () => {
    for (const type of ['timm-cosine', 'timm-poly', 'timm-tanh']) {
      expect(byType(type).fields.find((f) => f.name === 'warmupPrefix')!.defaultValue).toBe(
        'false',
      );
    }
    expect(byType('warmup').fields.find((f) => f.name === 'prefix')!.defaultValue).toBe('true');
  });

  it('states the defaults the closed forms fill in (checked on every gallery closed form)', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const entry of galleryEntries) {
      const spec = entry.spec?.(defaultValues(entry), 1);
      if (!spec || !isScheduleType(spec.type)) continue;
      const { version: _version, ...given } = spec;
      const filled = scheduleFromSpec(given).spec as Record<string, unknown>;
      for (const field of byType(spec.type).fields) {
        if (field.name in given || !(field.name in filled)) continue;
        checked++;
        const stated = field.defaultValue === null ? null : statedValue(field.defaultValue);
        if (stated !== filled[field.name])
          wrong.push(
            `${spec.type}.${field.name}: page ${field.defaultValue}, core ${String(filled[field.name])}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('reads defaults out of doc comments in their usual phrasings', () => {
    expect(defaultFromDoc('Multiplier at each decay. Default 0.1.')).toBe('0.1');
    expect(defaultFromDoc("Default 'normal'.")).toBe("'normal'");
    expect(defaultFromDoc('true: after; false (default): overlays.')).toBe('false');
    expect(defaultFromDoc('Cycles. Default 1 (as timm).')).toBe('1 (as timm)');
    expect(defaultFromDoc('Steps between decays.')).toBeNull();
  });
});
