import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  ChainedScheduler,
  CosineAnnealingLR,
  LinearLR,
  PlateauLR,
  SequentialLR,
} from '../src/index';

/**
 * PlateauLR inside composites against real PyTorch (Debian's python3-torch for /usr/bin/python3,
 * see scripts/ensure-torch.sh): the glue PyTorch users write because ReduceLROnPlateau cannot be
 * a child (pytorch#68978, and the workaround in pytorch#110761 of two schedulers on one
 * optimizer). The same metrics go to both; the lrs must agree to 1e-12.
 */
const PYTHON = `
import json, sys, torch
cases = json.load(sys.stdin)
out = []
for c in cases:
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=c["lr"])
    rule = dict(factor=c["factor"], patience=c["patience"], threshold=c["threshold"], cooldown=c["cooldown"])
    lrs = [opt.param_groups[0]["lr"]]
    if c["kind"] == "warmup":
        warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=c["warmup"])
        plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, **rule)
        lrs = [opt.param_groups[0]["lr"]]
        for s, m in enumerate(c["metrics"], start=1):
            if s <= c["warmup"]:
                warm.step()
            if s >= c["warmup"]:
                plateau.step(m)
            lrs.append(opt.param_groups[0]["lr"])
    else:
        cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=c["tMax"])
        plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, **rule)
        lrs = [opt.param_groups[0]["lr"]]
        for m in c["metrics"]:
            cos.step()
            plateau.step(m)
            lrs.append(opt.param_groups[0]["lr"])
    out.append(lrs)
print(json.dumps(out))
`;

interface Case {
  kind: 'warmup' | 'chained';
  lr: number;
  factor: number;
  patience: number;
  threshold: number;
  cooldown: number;
  warmup: number;
  tMax: number;
  metrics: number[];
}

/** A seeded noisy loss that stalls now and then, so plateaus happen. */
function metricsOf(seed: number, n: number): number[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  let loss = 1;
  return Array.from({ length: n }, () => {
    if (next() < 0.6) loss *= 0.9 + 0.1 * next();
    return Number((loss + 0.01 * next()).toFixed(6));
  });
}

const cases: Case[] = Array.from({ length: 12 }, (_, i) => ({
  kind: i % 2 === 0 ? 'warmup' : 'chained',
  lr: 0.1,
  factor: [0.5, 0.1, 0.3][i % 3]!,
  patience: i % 4,
  threshold: [1e-4, 0.01, 0.05][i % 3]!,
  cooldown: i % 3,
  warmup: 2 + (i % 5),
  tMax: 40 + i,
  metrics: metricsOf(i + 1, 40),
}));

function lrkit(c: Case): number[] {
  const o = { paramGroups: [{ lr: c.lr }] };
  const rule = {
    factor: c.factor,
    patience: c.patience,
    threshold: c.threshold,
    cooldown: c.cooldown,
  };
  const s =
    c.kind === 'warmup'
      ? new SequentialLR(o, {
          schedulers: [
            new LinearLR(o, { startFactor: 0.1, totalIters: c.warmup }),
            new PlateauLR(o, rule),
          ],
          milestones: [c.warmup],
        })
      : new ChainedScheduler(o, {
          schedulers: [new CosineAnnealingLR(o, { tMax: c.tMax }), new PlateauLR(o, rule)],
        });
  const lrs = [o.paramGroups[0]!.lr];
  for (const m of c.metrics) {
    s.step(m);
    lrs.push(o.paramGroups[0]!.lr);
  }
  return lrs;
}

describe('PlateauLR in SequentialLR / ChainedScheduler equals the PyTorch glue (real torch)', () => {
  it('12 cases × 40 epochs, warmup-then-plateau and cosine-times-plateau', () => {
    const torch = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', PYTHON], {
        input: JSON.stringify(cases),
        encoding: 'utf8',
      }),
    ) as number[][];
    let reductions = 0;
    cases.forEach((c, i) => {
      const ours = lrkit(c);
      const theirs = torch[i]!;
      expect(ours).toHaveLength(theirs.length);
      ours.forEach((lr, t) => {
        expect(Math.abs(lr - theirs[t]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, theirs[t]!));
      });
      const after = c.kind === 'warmup' ? c.warmup : 0;
      for (let t = after + 1; t < theirs.length; t++) {
        if (c.kind === 'warmup' && theirs[t]! < theirs[t - 1]!) reductions++;
      }
    });
    expect(reductions).toBeGreaterThan(5);
  }, 60_000);
});
