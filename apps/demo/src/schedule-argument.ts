import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError } from '@lrkit/core';
import {
  parseScheduleJson,
  parseScheduleText,
  type ScheduleSource,
} from './schedules/resolve-schedule';
import type { ScheduleFormat } from './schedules/schedule-formats';
import { parseScheduleYaml } from './schedules/schedule-yaml';

/** The directory relative paths are taken from: where the user typed `pnpm demo`. */
export function userDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/**
 * A --schedule value: a preset, a PyTorch-style expression, or a path to a JSON (or, for
 * Lightning and Hydra configs, YAML) file in one of the recognized formats (detected from its keys unless `format` names it).
 */
export function readScheduleArgument(value: string, format?: ScheduleFormat): ScheduleSource {
  const yamlFile = /\.ya?ml$/i.test(value.trim());
  const looksLikeFile = value.trim().endsWith('.json') || yamlFile;
  const path = resolve(userDirectory(), value);
  if (!looksLikeFile && !(existsSync(path) && !value.includes('(')))
    return parseScheduleText(value, format);
  if (!existsSync(path)) {
    throw new InvalidArgumentError({
      parameter: 'schedule',
      value,
      expected: `an existing JSON or YAML file (looked at ${path})`,
    });
  }
  if (yamlFile)
    return parseScheduleJson(parseScheduleYaml(readFileSync(path, 'utf8'), value), value, format);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidArgumentError({
      parameter: 'schedule',
      value,
      expected: `a file of valid JSON (${(error as Error).message})`,
    });
  }
  return parseScheduleJson(json, value, format);
}
