import { preview, toTorchCode } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { convertSource, curveOf, readSource, SourceError } from './playground-source';

// Lightning (LightningCLI) and Hydra configs are YAML; the playground reads them with the demo's
// reader (apps/demo/src/schedules/schedule-yaml.ts) and detects their format from the keys.
const LIGHTNING = `# printed by LightningCLI --print_config
optimizer:
  class_path: torch.optim.AdamW
  init_args:
    lr: 0.001
lr_scheduler:
  class_path: torch.optim.lr_scheduler.OneCycleLR
  init_args:
    max_lr: 0.01
    total_steps: 50
`;

const HYDRA = `_target_: torch.optim.lr_scheduler.MultiStepLR
milestones: [10, 20]
gamma: 0.5
`;

describe('the playground reads Lightning and Hydra YAML', () => {
  it('plots what the JSON twin plots and offers the same PyTorch code', () => {
    const cases: [string, string, object][] = [
      [
        LIGHTNING,
        'lightning',
        {
          class_path: 'torch.optim.lr_scheduler.OneCycleLR',
          init_args: { max_lr: 0.01, total_steps: 50 },
        },
      ],
      [
        HYDRA,
        'hydra',
        { _target_: 'torch.optim.lr_scheduler.MultiStepLR', milestones: [10, 20], gamma: 0.5 },
      ],
    ];
    for (const [yaml, format, twin] of cases) {
      const fromYaml = readSource(yaml);
      expect(fromYaml.format).toBe(format);
      const fromJson = readSource(JSON.stringify(twin));
      expect(fromYaml).toEqual(fromJson);
      const converted = convertSource(fromYaml, [0.1]);
      expect(converted.spec).not.toBeNull();
      const curve = curveOf(converted, { steps: 50, baseLrs: [0.1] });
      expect(curve).toEqual(preview(converted.spec as never, { steps: 50, baseLrs: [0.1] }));
      expect(toTorchCode(converted.spec as never)).toBe(
        toTorchCode(convertSource(fromJson, [0.1]).spec as never),
      );
    }
  });

  it('a forced format applies to YAML too; PyTorch text is not YAML', () => {
    expect(readSource(HYDRA, 'hydra').format).toBe('hydra');
    expect(() => readSource(HYDRA, 'torch-text')).toThrow(SourceError);
    expect(readSource('StepLR(step_size=3)').format).toBe('torch-text');
  });

  it('bad YAML is a SourceError under the line of the problem', () => {
    const text = '_target_: torch.optim.lr_scheduler.StepLR\nstep_size: 3\nstep_size: 4\n';
    let error: unknown;
    try {
      readSource(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).line).toBe(3);
    expect((error as SourceError).message).toMatch(/YAML/);
  });
});
