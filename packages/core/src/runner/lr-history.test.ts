import { describe, expect, it } from 'vitest';
import type { Optimizer, ParamGroup } from '../optimizer';
import { OneCycleLR } from '../schedulers/one-cycle-lr';
import { LrHistory } from './lr-history';

describe('LrHistory', () => {
  it('records lr and momentum (momentum, else betas[0]) per group, with names', () => {
    const sgd: Optimizer<ParamGroup> = { paramGroups: [{ lr: 0.1, momentum: 0.9 }, { lr: 0.2 }] };
    const adam: Optimizer<ParamGroup> = { paramGroups: [{ lr: 0.001, betas: [0.85, 0.999] }] };
    const history = new LrHistory();
    history.record('sgd', sgd, 0);
    history.record('adam', adam, 0);
    sgd.paramGroups[0]!.lr = 0.05;
    history.record('sgd', sgd, 1);
    expect(history.names).toEqual(['sgd', 'adam']);
    expect(history.series()).toEqual([
      { name: 'sgd', group: 0, step: [0, 1], lr: [0.1, 0.05], momentum: [0.9, 0.9] },
      { name: 'sgd', group: 1, step: [0, 1], lr: [0.2, 0.2] },
      { name: 'adam', group: 0, step: [0], lr: [0.001], momentum: [0.85] },
    ]);
    expect(history.series('adam')).toHaveLength(1);
    expect(history.lastLr('sgd')).toEqual([0.05, 0.2]);
  });

  it('follows a OneCycleLR that cycles Adam betas', () => {
    const opt: Optimizer<ParamGroup> = { paramGroups: [{ lr: 0.1, betas: [0.9, 0.999] }] };
    const scheduler = new OneCycleLR(opt, { maxLr: 1, totalSteps: 10 });
    const history = new LrHistory();
    const lrs: number[] = [];
    const betas: number[] = [];
    for (let step = 0; step < 10; step++) {
      history.record('onecycle', opt, step);
      lrs.push(opt.paramGroups[0]!.lr);
      betas.push(opt.paramGroups[0]!.betas![0]);
      if (step < 9) scheduler.step();
    }
    const [series] = history.series();
    expect(series!.lr).toEqual(lrs);
    expect(series!.momentum).toEqual(betas);
    expect(new Set(betas).size).toBeGreaterThan(2);
  });

  it('round-trips through toJSON / fromJSON, with momentum gaps as null', () => {
    const opt: Optimizer<ParamGroup> = { paramGroups: [{ lr: 1 }] };
    const history = new LrHistory();
    history.record('a', opt, 0);
    opt.paramGroups[0]!.momentum = 0.5;
    history.record('a', opt, 1);
    const json = JSON.parse(JSON.stringify(history));
    expect(json.series[0].momentum).toEqual([null, 0.5]);
    const back = LrHistory.fromJSON(json);
    expect(back.toJSON()).toEqual(history.toJSON());
    expect(() =>
      LrHistory.fromJSON({ version: 1, series: [{ name: 'a', group: 0, step: [0], lr: [] }] }),
    ).toThrow(/json\.series\[0\]\.lr/);
  });

  it('writes a long-format CSV that quotes names', () => {
    const opt: Optimizer<ParamGroup> = { paramGroups: [{ lr: 0.5, momentum: 0.9 }, { lr: 0.25 }] };
    const history = new LrHistory();
    history.record('gen, "fast"', opt, 3);
    expect(history.toCSV()).toBe(
      'name,group,step,lr,momentum\n"gen, ""fast""",0,3,0.5,0.9\n"gen, ""fast""",1,3,0.25,\n',
    );
  });

  it('rejects a bad name, optimizer or step', () => {
    const history = new LrHistory();
    expect(() => history.record('', { paramGroups: [{ lr: 1 }] }, 0)).toThrow(/name/);
    expect(() => history.record('a', { paramGroups: [] }, 0)).toThrow(/optimizer\.paramGroups/);
    expect(() => history.record('a', { paramGroups: [{ lr: 1 }] }, Number.NaN)).toThrow(/step/);
    expect(history.names).toEqual([]);
  });
});
