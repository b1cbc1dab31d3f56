import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ensureTorch } from '../../test/support/torch-runner';
import { CosineAnnealingLR } from './cosine-annealing-lr';
import { CyclicLR } from './cyclic-lr';

// PyTorch's test_cosine_then_cyclic (test/optim/test_lrscheduler.py): a CyclicLR attached to an
// optimizer that a CosineAnnealingLR already drives. In torch/optim/lr_scheduler.py (pytorch/pytorch
// at 91a8950d1b07074bdd6a13051956e8c470d17f83) CyclicLR.__init__ calls super().__init__ (whose
// construction step runs on base_lrs taken from the groups' existing initial_lr) and only then
// sets self.base_lrs = base_lrs. The reference below is the real PyTorch, run now.
const PROGRAM = `
import json, torch
from torch.optim import SGD
model = torch.nn.Linear(2, 1)
optimizer = SGD(model.parameters(), lr=0.5)
first = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=20, eta_min=0.1)
second = torch.optim.lr_scheduler.CyclicLR(optimizer, base_lr=0.1, max_lr=0.3, step_size_up=1, step_size_down=3)
lrs = [optimizer.param_groups[0]['lr']]
for i in range(40):
    optimizer.step()
    if i <= first.T_max:
        first.step()
    else:
        second.step()
    lrs.append(optimizer.param_groups[0]['lr'])
print(json.dumps(lrs))
`;

describe('stacked schedulers construct in PyTorch order', () => {
  it('CosineAnnealingLR then CyclicLR on the same optimizer (test_cosine_then_cyclic)', () => {
    ensureTorch();
    const torch = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', PROGRAM], { encoding: 'utf8' }),
    ) as number[];
    const optimizer = { paramGroups: [{ lr: 0.5, momentum: 0.9 }] };
    const first = new CosineAnnealingLR(optimizer, { tMax: 20, etaMin: 0.1 });
    const second = new CyclicLR(optimizer, {
      baseLr: 0.1,
      maxLr: 0.3,
      stepSizeUp: 1,
      stepSizeDown: 3,
      cycleMomentum: false,
    });
    const lrs = [optimizer.paramGroups[0]!.lr];
    for (let i = 0; i < 40; i++) {
      if (i <= 20) first.step();
      else second.step();
      lrs.push(optimizer.paramGroups[0]!.lr);
    }
    expect(lrs[0]).toBe(0.5);
    expect(lrs).toHaveLength(torch.length);
    lrs.forEach((lr, i) => {
      expect(lr).toBeCloseTo(torch[i]!, 14);
    });
  }, 600_000);

  it('on a fresh optimizer the construction step is still baseLr', () => {
    const optimizer = { paramGroups: [{ lr: 0.5, momentum: 0.9 }] };
    const s = new CyclicLR(optimizer, { baseLr: 0.1, maxLr: 0.3, stepSizeUp: 2 });
    expect(optimizer.paramGroups[0]!.lr).toBe(0.1);
    s.step();
    expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(0.2, 15);
  });
});
