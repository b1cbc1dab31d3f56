import { ownEntry } from '../internal/state';
import { invalid, isPlainObject } from '../internal/validate';
import { type TorchSchedulerConfig, torchKwargsOf, torchSchedulerNames } from '../torch/from-torch';
import { checkJson, joinPath, type SchedulerSpec } from './spec-json';

type Body = { type: string } & Record<string, unknown>;

function bodyOf(config: unknown, path: string): Body {
  if (!isPlainObject(config)) {
    invalid(path || 'config', config, 'must be a PyTorch config { scheduler, kwargs }');
  }
  const name = config.scheduler;
  if (typeof name !== 'string' || !torchSchedulerNames.includes(name)) {
    invalid(joinPath(path, 'scheduler'), name, `must be one of ${torchSchedulerNames.join(', ')}`);
  }
  const names = torchKwargsOf(name);
  const kwargs = config.kwargs ?? {};
  if (!isPlainObject(kwargs)) {
    invalid(joinPath(path, 'kwargs'), kwargs, 'must be an object of keyword arguments');
  }
  const body: Body = { type: name };
  for (const [key, value] of Object.entries(kwargs)) {
    const at = joinPath(path, `kwargs.${key}`);
    const option = ownEntry(names, key);
    if (option === undefined) {
      invalid(
        at,
        value,
        `is not a keyword argument of ${name}; valid ones are ${Object.keys(names).join(', ')}`,
      );
    }
    // Python's None means the default; the optimizer is bound by fromSpec.
    if (value === null || value === undefined || option === 'optimizer') continue;
    if (option === 'schedulers') {
      if (!Array.isArray(value)) invalid(at, value, 'must be a list of { scheduler, kwargs }');
      body.schedulers = value.map((child, i) => bodyOf(child, `${at}[${i}]`));
      continue;
    }
    checkJson(value, at);
    body[option] = value;
  }
  return body;
}

/**
 * The lrkit spec of a PyTorch configuration (`fromTorch`'s input, or `parseTorchString`'s
 * output): PyTorch's keyword names become lrkit's camelCase options, nested schedulers become
 * nested specs, None means the default. Callables (lr_lambda, scale_fn) have no spec.
 */
export function specFromTorch(config: TorchSchedulerConfig): SchedulerSpec {
  return { version: 1, ...bodyOf(config, '') } as SchedulerSpec;
}
