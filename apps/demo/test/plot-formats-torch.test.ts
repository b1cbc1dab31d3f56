import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// plot --torch on files in other libraries' formats: the imported scheduler's spec goes through
// toTorchCode, and real PyTorch (Debian's python3-torch, installed when missing; the test fails
// when it cannot run) stepping build_scheduler must give the plotted CSV's lrs.

const ensureTorch = fileURLToPath(new URL('../../../scripts/ensure-torch.sh', import.meta.url));

const DRIVER = `
import json, sys, warnings
import torch
warnings.simplefilter("ignore")
sys.path.insert(0, sys.argv[1])
from lr_schedule import build_scheduler
steps, lr = int(sys.argv[2]), float(sys.argv[3])
optimizer = torch.optim.AdamW([torch.nn.Parameter(torch.zeros(1))], lr=lr)
scheduler = build_scheduler(optimizer)
lrs = [optimizer.param_groups[0]["lr"]]
for _ in range(steps - 1):
    optimizer.step()
    scheduler.step()
    lrs.append(optimizer.param_groups[0]["lr"])
print(json.dumps(lrs))
`;

const CASES: Record<string, unknown> = {
  hf: {
    name: 'cosine_with_restarts',
    num_warmup_steps: 6,
    num_training_steps: 60,
    scheduler_specific_kwargs: { num_cycles: 2 },
  },
  'hf-training-arguments': { lr_scheduler_type: 'polynomial', warmup_steps: 5, max_steps: 60 },
  keras: {
    class_name: 'PiecewiseConstantDecay',
    config: { boundaries: [10, 30], values: [0.1, 0.05, 0.01] },
  },
  lightning: {
    class_path: 'torch.optim.lr_scheduler.OneCycleLR',
    init_args: { max_lr: 0.2, total_steps: 64 },
  },
  megatron: {
    init_lr: 0.001,
    max_lr: 0.03,
    min_lr: 0.003,
    lr_warmup_steps: 8,
    lr_decay_steps: 50,
    lr_decay_style: 'linear',
  },
  torchtitan: { warmup_steps: 6, decay_ratio: 0.4, decay_type: 'sqrt', training_steps: 60 },
  deepspeed: { type: 'StepLR', params: { step_size: 7, gamma: 0.7 } },
};

function csvLrs(file: string): number[] {
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => Number(row.split(',')[1]));
}

describe('lrkit-demo plot --torch on imported formats', () => {
  beforeAll(() => {
    execFileSync('bash', [ensureTorch], { stdio: ['ignore', 'ignore', 'inherit'] });
  }, 900_000);

  for (const [format, config] of Object.entries(CASES)) {
    it(`${format}: PyTorch code that gives the plotted lrs on real PyTorch`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-formats-torch-'));
      writeFileSync(join(dir, 'schedule.json'), JSON.stringify(config));
      const result = await runCli(
        ['plot', 'schedule.json', '--steps', '64', '--csv', 'lr.csv', '--torch', 'lr_schedule.py'],
        dir,
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`PyTorch code: ${join(dir, 'lr_schedule.py')}`);
      writeFileSync(join(dir, 'driver.py'), DRIVER);
      const out = execFileSync('/usr/bin/python3', [join(dir, 'driver.py'), dir, '64', '0.1'], {
        encoding: 'utf8',
      });
      const torch = JSON.parse(out) as number[];
      const plotted = csvLrs(join(dir, 'lr.csv'));
      expect(torch).toHaveLength(64);
      expect(new Set(plotted).size).toBeGreaterThanOrEqual(3);
      torch.forEach((lr, i) => {
        expect(Math.abs(lr - plotted[i]!), `${format} step ${i}`).toBeLessThanOrEqual(
          1e-12 * Math.abs(plotted[i]!),
        );
      });
    }, 120_000);
  }
});
