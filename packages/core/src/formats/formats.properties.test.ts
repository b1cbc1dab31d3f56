import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Optimizer } from '../optimizer';
import type { SchedulerState } from '../scheduler';
import { fromDeepSpeed } from './deepspeed';
import { fromKeras, type KerasScheduleConfig, toKeras } from './keras';
import { scheduleFromMegatron } from './megatron';
import { scheduleFromTorchtitan } from './torchtitan';

const adam = (): Optimizer => ({
  paramGroups: [
    { lr: 0.1, betas: [0.9, 0.999] as const },
    { lr: 0.02, betas: [0.9, 0.999] as const },
  ],
});
const quiet = { onWarning: () => {} };
const lr = fc.double({ min: 1e-6, max: 1, noNaN: true });
const steps = fc.integer({ min: 1, max: 60 });

/** DeepSpeed sections with random valid params, one arbitrary per scheduler type. */
const deepSpeedSections = fc.oneof(
  fc.record({
    type: fc.constant('WarmupLR'),
    params: fc.record({
      warmup_max_lr: lr,
      warmup_num_steps: steps,
      warmup_type: fc.constantFrom('log', 'linear'),
    }),
  }),
  fc.record({
    type: fc.constant('WarmupDecayLR'),
    params: fc.record({ warmup_max_lr: lr, warmup_num_steps: steps, total_num_steps: steps }),
  }),
  fc.record({
    type: fc.constant('WarmupCosineLR'),
    params: fc.record({
      warmup_num_steps: fc.integer({ min: 2, max: 30 }),
      total_num_steps: fc.integer({ min: 31, max: 80 }),
      warmup_min_ratio: fc.double({ min: 0, max: 1, noNaN: true }),
      cos_min_ratio: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  }),
  fc.record({
    type: fc.constant('OneCycle'),
    params: fc.record({
      cycle_min_lr: lr,
      cycle_max_lr: lr,
      cycle_first_step_size: steps,
      cycle_second_step_size: steps,
      decay_step_size: fc.integer({ min: 0, max: 10 }),
      decay_lr_rate: fc.double({ min: 0, max: 2, noNaN: true }),
      decay_mom_rate: fc.double({ min: 0, max: 0.01, noNaN: true }),
    }),
  }),
  fc.record({
    type: fc.constant('LRRangeTest'),
    params: fc.record({ lr_range_test_step_size: steps, lr_range_test_staircase: fc.boolean() }),
  }),
);

function snapshot(o: Optimizer) {
  return o.paramGroups.map((g) => [g.lr, g.betas?.[0], g.betas?.[1]]);
}

describe('DeepSpeed schedulers: properties', () => {
  it('a resume from either state, at any step, continues exactly as the uninterrupted run', () => {
    fc.assert(
      fc.property(deepSpeedSections, fc.integer({ min: 0, max: 80 }), (section, at) => {
        const optimizer = adam();
        const scheduler = fromDeepSpeed(optimizer, section, quiet);
        const rows = [snapshot(optimizer)];
        let saved: SchedulerState | undefined = at === 0 ? scheduler.stateDict() : undefined;
        for (let i = 1; i <= 90; i++) {
          scheduler.step();
          rows.push(snapshot(optimizer));
          if (i === at) saved = scheduler.stateDict();
        }
        saved ??= scheduler.stateDict();
        const where = Math.min(at, 90);
        for (const state of [{ last_batch_iteration: where - 1 }, saved]) {
          const fresh = adam();
          const resumed = fromDeepSpeed(fresh, section, quiet);
          resumed.loadStateDict(state as SchedulerState);
          if (where > 0) expect(snapshot(fresh)).toEqual(rows[where]);
          for (let i = where + 1; i <= 90; i++) {
            resumed.step();
            expect(snapshot(fresh)).toEqual(rows[i]);
          }
        }
        for (const row of rows)
          for (const [value] of row) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 40 },
    );
    // Many full runs: a generous timeout for a loaded machine (speed is measured in benchmarks).
  }, 60_000);
});

describe('Megatron and torchtitan: properties', () => {
  it('after the warmup, Megatron’s lr stays within [min_lr, max_lr]', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('constant', 'linear', 'cosine', 'inverse-square-root', 'WSD'),
        fc.constantFrom('linear', 'cosine', 'exponential', 'minus_sqrt'),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (style, wsdStyle, warmup, extra, wsd) => {
          const decay = warmup + extra;
          const schedule = scheduleFromMegatron({
            init_lr: 0,
            max_lr: 1e-3,
            min_lr: 1e-5,
            lr_warmup_steps: warmup,
            lr_decay_steps: decay,
            lr_decay_style: style,
            wsd_decay_steps: Math.min(wsd, decay),
            lr_wsd_decay_style: wsdStyle,
          });
          for (let k = warmup + 1; k <= decay + 5; k++) {
            const value = schedule.lrAt(k);
            expect(value).toBeGreaterThanOrEqual(1e-5 * (1 - 1e-12));
            expect(value).toBeLessThanOrEqual(1e-3 * (1 + 1e-12));
          }
        },
      ),
    );
  });

  it('after its warmup, torchtitan’s multiplier stays within [min_lr_factor, 1] over the training', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 250 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        fc.constantFrom('linear', 'sqrt', 'cosine'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (total, warmup, ratio, type, factor) => {
          const schedule = scheduleFromTorchtitan(
            {
              training_steps: total,
              warmup_steps: warmup,
              decay_type: type,
              min_lr_factor: factor,
              ...(ratio === undefined ? {} : { decay_ratio: ratio }),
            },
            quiet,
          );
          for (let k = 0; k <= total; k++) {
            const value = schedule.lrAt(k);
            expect(value).toBeLessThanOrEqual(1 + 1e-12);
            // The warmup climbs from 1 / warmup_steps, below the floor if that is lower.
            if (k + 1 < Math.min(warmup, total)) continue;
            expect(value).toBeGreaterThanOrEqual(factor - 1e-12);
            expect(value).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
    );
  });
});

describe('Keras: properties', () => {
  const configs: fc.Arbitrary<KerasScheduleConfig> = fc.oneof(
    fc.record({
      class_name: fc.constant('ExponentialDecay'),
      config: fc.record({
        initial_learning_rate: lr,
        decay_steps: steps,
        decay_rate: lr,
        staircase: fc.boolean(),
      }),
    }),
    fc.record({
      class_name: fc.constant('PolynomialDecay'),
      config: fc.record({
        initial_learning_rate: lr,
        decay_steps: steps,
        end_learning_rate: lr,
        power: fc.double({ min: 0.1, max: 3, noNaN: true }),
        cycle: fc.boolean(),
      }),
    }),
    fc.record({
      class_name: fc.constant('CosineDecayRestarts'),
      config: fc.record({
        initial_learning_rate: lr,
        first_decay_steps: steps,
        t_mul: fc.constantFrom(1, 1.5, 2),
        m_mul: fc.double({ min: 0.1, max: 1, noNaN: true }),
        alpha: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    }),
    fc.record({
      class_name: fc.constant('CosineDecay'),
      config: fc.record({
        initial_learning_rate: lr,
        decay_steps: steps,
        alpha: fc.double({ min: 0, max: 1, noNaN: true }),
        warmup_target: fc.option(lr, { nil: null }),
        warmup_steps: fc.integer({ min: 0, max: 20 }),
      }),
    }),
  );

  it('toKeras(fromKeras(json)) is the same schedule, field for field', () => {
    fc.assert(
      fc.property(configs, (json) => {
        const schedule = fromKeras(json);
        const back = toKeras(schedule);
        for (const [key, value] of Object.entries(json.config))
          expect(back.config[key]).toEqual(value);
        const again = fromKeras(back);
        for (let k = 0; k < 50; k += 7) expect(again.lrAt(k)).toBe(schedule.lrAt(k));
      }),
    );
  });
});

describe('hostile names', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it.each(names)(
    '%s is an unknown type, class or argument everywhere (a typed error)',
    async (name) => {
      const { InvalidArgumentError } = await import('../errors/invalid-argument-error');
      const { fromLightning, fromHydra } = await import('./lightning');
      const { fromMegatron } = await import('./megatron');
      const { fromTorchtitan } = await import('./torchtitan');
      const megatron = {
        init_lr: 0,
        max_lr: 1,
        min_lr: 0,
        lr_warmup_steps: 1,
        lr_decay_steps: 5,
        lr_decay_style: 'linear',
      };
      const calls = [
        () => fromDeepSpeed(adam(), { type: name, params: {} }, quiet),
        () =>
          fromDeepSpeed(adam(), { type: 'WarmupLR', params: JSON.parse(`{"${name}": 1}`) }, quiet),
        () => fromKeras({ class_name: name, config: {} }),
        () => fromKeras({ class_name: 'CosineDecay', config: JSON.parse(`{"${name}": 1}`) }),
        () => fromLightning(adam(), { class_path: name }),
        () => fromHydra(adam(), { _target_: `torch.optim.lr_scheduler.${name}` }),
        () => fromMegatron(adam(), { ...megatron, ...JSON.parse(`{"${name}": 1}`) }),
        () => fromTorchtitan(adam(), { training_steps: 5, ...JSON.parse(`{"${name}": 1}`) }, quiet),
      ];
      for (const call of calls) {
        const optimizer = adam();
        let error: unknown;
        try {
          call();
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect(optimizer.paramGroups[0]!.lr).toBe(0.1);
      }
    },
  );
});
