import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// plot --torch writes the core's toTorchCode module; real PyTorch (Debian's python3-torch,
// installed when missing; the test fails when it cannot run) steps it and must give the CSV's lrs.

const ensureTorch = fileURLToPath(new URL('../../../scripts/ensure-torch.sh', import.meta.url));

const DRIVER = `
import json, sys, warnings
import torch
warnings.simplefilter("ignore")
sys.path.insert(0, sys.argv[1])
from lr_schedule import build_scheduler
steps, lr = int(sys.argv[2]), float(sys.argv[3])
optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=lr, momentum=0.9)
scheduler = build_scheduler(optimizer)
lrs = [optimizer.param_groups[0]["lr"]]
for _ in range(steps - 1):
    optimizer.step()
    scheduler.step()
    lrs.append(optimizer.param_groups[0]["lr"])
print(json.dumps(lrs))
`;

function csvLrs(file: string): number[] {
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => Number(row.split(',')[1]));
}

describe('lrkit-demo plot --torch', () => {
  beforeAll(() => {
    execFileSync('bash', [ensureTorch], { stdio: ['ignore', 'ignore', 'inherit'] });
  }, 900_000);

  it('writes PyTorch code that gives the plotted lrs on real PyTorch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-torch-'));
    writeFileSync(
      join(dir, 'warmup.json'),
      JSON.stringify({
        version: 1,
        type: 'SequentialLR',
        schedulers: [
          { type: 'LinearLR', startFactor: 0.01, totalIters: 10 },
          { type: 'hf-cosine', numWarmupSteps: 0, numTrainingSteps: 70 },
        ],
        milestones: [10],
      }),
    );
    const result = await runCli(
      ['plot', 'warmup.json', '--steps', '80', '--csv', 'lr.csv', '--torch', 'lr_schedule.py'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`PyTorch code: ${join(dir, 'lr_schedule.py')}`);
    writeFileSync(join(dir, 'driver.py'), DRIVER);
    // The plot's default base lr (its --lr is currently taken by the root command's --lr).
    const out = execFileSync('/usr/bin/python3', [join(dir, 'driver.py'), dir, '80', '0.1'], {
      encoding: 'utf8',
    });
    const torch = JSON.parse(out) as number[];
    const plotted = csvLrs(join(dir, 'lr.csv'));
    expect(torch).toHaveLength(80);
    torch.forEach((lr, i) => {
      expect(Math.abs(lr - plotted[i]!)).toBeLessThanOrEqual(1e-12 * Math.abs(plotted[i]!));
    });
  }, 120_000);

  it('fails before writing anything when the schedule has no PyTorch code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-torch-'));
    writeFileSync(
      join(dir, 'resume.json'),
      JSON.stringify({ version: 1, type: 'StepLR', stepSize: 3, lastEpoch: 4 }),
    );
    const result = await runCli(
      ['plot', 'resume.json', '--torch', 'out.py', '--csv', 'lr.csv'],
      dir,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/lastEpoch|initialLr/);
    expect(() => readFileSync(join(dir, 'lr.csv'))).toThrow();
  }, 60_000);
});
