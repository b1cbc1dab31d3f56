import { InvalidArgumentError } from '@lrkit/core';
import { parseDocument } from 'yaml';

// Lightning (LightningCLI) and Hydra configs are YAML files. They are read as YAML 1.2 (the yaml
// package's core schema), so `1e-3` is a number; duplicate keys and alias expansions beyond
// MAX_ALIASES are refused rather than guessed at.
const MAX_ALIASES = 100;

/** A YAML text that could not be read, with the 1-based line of the first problem. */
export class ScheduleYamlError extends InvalidArgumentError {
  readonly line: number;

  constructor(options: { parameter: string; value: string; problem: string; line: number }) {
    super({
      parameter: options.parameter,
      value: options.value,
      expected: `valid YAML (line ${options.line}: ${options.problem})`,
    });
    this.line = options.line;
  }
}

/** Whether the text reads as a YAML mapping: its first line that is not a comment is `key: ...`. */
export function looksLikeYaml(text: string): boolean {
  const first = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && line !== '---' && !line.startsWith('#'));
  return first !== undefined && /^[A-Za-z_][\w.-]*\s*:(\s|$)/.test(first);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A whole config holds the scheduler under a key: LightningCLI writes `lr_scheduler:` with its
 * `class_path`, Hydra configs commonly `scheduler:` or `lr_scheduler:` with a `_target_`. That
 * section is the schedule.
 */
function schedulerSection(value: unknown): unknown {
  if (!isObject(value) || 'class_path' in value || '_target_' in value) return value;
  for (const key of ['lr_scheduler', 'scheduler']) {
    const section = Object.hasOwn(value, key) ? value[key] : undefined;
    if (isObject(section) && ('class_path' in section || '_target_' in section)) return section;
  }
  return value;
}

/** Reads a YAML schedule config into plain JSON values (the scheduler section of a whole config). */
export function parseScheduleYaml(text: string, origin: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const problem = document.errors[0];
  if (problem) {
    throw new ScheduleYamlError({
      parameter: origin,
      value: text,
      problem: problem.message.split('\n')[0] ?? problem.message,
      line: problem.linePos?.[0]?.line ?? 1,
    });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (caught) {
    // toJS refuses alias expansions past maxAliasCount (a "billion laughs" document).
    throw new ScheduleYamlError({
      parameter: origin,
      value: text,
      problem: (caught as Error).message,
      line: 1,
    });
  }
  return schedulerSection(value);
}
