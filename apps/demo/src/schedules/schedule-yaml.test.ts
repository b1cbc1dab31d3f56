import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CosineAnnealingLR, InvalidArgumentError, StepLR } from '@lrkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { readScheduleArgument } from '../schedule-argument';
import { importedCurve } from './imported-schedule';
import { parseScheduleText } from './resolve-schedule';
import { looksLikeYaml, parseScheduleYaml, ScheduleYamlError } from './schedule-yaml';

// A LightningCLI config as `python main.py fit --print_config` writes it (lightning/pytorch/cli.py
// puts the scheduler under `lr_scheduler:` with class_path/init_args), and a Hydra config node.
const LIGHTNING_CLI = `# lightning.pytorch==2.4.0
seed_everything: 0
trainer:
  max_epochs: 40
model:
  hidden: 32
optimizer:
  class_path: torch.optim.SGD
  init_args:
    lr: 0.1
lr_scheduler:
  class_path: torch.optim.lr_scheduler.StepLR
  init_args:
    step_size: 3
    gamma: 0.5
`;

const HYDRA = `scheduler:
  _target_: torch.optim.lr_scheduler.CosineAnnealingLR
  T_max: 20
  eta_min: 1e-3
`;

/** The lrs of `steps` steps of a core scheduler on one group of base lr 0.1. */
function coreCurve(build: (o: { paramGroups: { lr: number }[] }) => { step(): void }, steps = 12) {
  const group = { lr: 0.1 };
  const scheduler = build({ paramGroups: [group] });
  const lrs: number[] = [];
  for (let i = 0; i < steps; i++) {
    if (i > 0) scheduler.step();
    lrs.push(group.lr);
  }
  return lrs;
}

function curveOf(text: string): number[] {
  const source = parseScheduleText(text);
  if (source.kind !== 'imported')
    throw new Error(`expected an imported source, got ${source.kind}`);
  return importedCurve(source.format, source.config, { steps: 12, baseLr: 0.1 });
}

const dir = mkdtempSync(join(tmpdir(), 'lrkit-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Lightning and Hydra YAML', () => {
  it('a whole LightningCLI config is read from its lr_scheduler section, as Lightning builds it', () => {
    expect(looksLikeYaml(LIGHTNING_CLI)).toBe(true);
    const source = parseScheduleText(LIGHTNING_CLI);
    expect(source).toEqual({
      kind: 'imported',
      format: 'lightning',
      config: {
        class_path: 'torch.optim.lr_scheduler.StepLR',
        init_args: { step_size: 3, gamma: 0.5 },
      },
    });
    expect(curveOf(LIGHTNING_CLI)).toEqual(
      coreCurve((o) => new StepLR(o, { stepSize: 3, gamma: 0.5 })),
    );
  });

  it('a Hydra node with _target_ (YAML 1.2: 1e-3 is a number) gives the core scheduler', () => {
    expect(parseScheduleYaml(HYDRA, 'f')).toEqual({
      _target_: 'torch.optim.lr_scheduler.CosineAnnealingLR',
      T_max: 20,
      eta_min: 0.001,
    });
    expect(curveOf(HYDRA)).toEqual(
      coreCurve((o) => new CosineAnnealingLR(o, { tMax: 20, etaMin: 1e-3 })),
    );
  });

  it('YAML and its JSON twin give the same schedule, from text and from .yaml/.yml files', () => {
    const json = JSON.stringify(parseScheduleYaml(LIGHTNING_CLI, 'f'));
    expect(parseScheduleText(LIGHTNING_CLI)).toEqual(parseScheduleText(json));
    for (const name of ['config.yaml', 'config.YML']) {
      writeFileSync(join(dir, name), HYDRA);
      expect(readScheduleArgument(join(dir, name))).toEqual(parseScheduleText(HYDRA));
    }
  });

  it('PyTorch text and presets are not taken for YAML', () => {
    for (const text of ['StepLR(step_size=3)', 'OneCycleLR(max_lr=0.1, total_steps=10)', '{}']) {
      expect(looksLikeYaml(text), text).toBe(false);
    }
    expect(looksLikeYaml('# a comment\n---\nscheduler:\n  _target_: x')).toBe(true);
  });

  it('refuses bad YAML with the line of the problem, duplicate keys and alias bombs', () => {
    const bad: [string, number][] = [
      ['scheduler:\n  _target_: a\n  _target_: b\n', 3],
      // The unclosed list is found at the end of the (trimmed) text: line 2.
      ['scheduler:\n  T_max: [1, 2\n', 2],
      [
        'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
        1,
      ],
    ];
    for (const [text, line] of bad) {
      let error: unknown;
      try {
        parseScheduleText(text);
      } catch (caught) {
        error = caught;
      }
      expect(error, text).toBeInstanceOf(ScheduleYamlError);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as ScheduleYamlError).parameter).toBe('schedule');
      expect((error as ScheduleYamlError).line, text).toBe(line);
    }
    // Valid YAML in no recognized shape is refused by the format detection, as JSON is.
    expect(() => parseScheduleText('trainer:\n  max_epochs: 3\n')).toThrow(InvalidArgumentError);
  });
});
