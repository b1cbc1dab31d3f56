import type { Optimizer } from '@lrkit/core';
import type { ScheduleChoice } from './schedule-choice';

/** Steps a run's scheduler at the moments its choice asks for. */
export interface ScheduleDriver {
  afterBatch(): void;
  afterEpoch(metrics: { val_loss: number }): void;
}

export function driveSchedule(choice: ScheduleChoice, optimizer: Optimizer): ScheduleDriver {
  const scheduler = choice.create(optimizer);
  return {
    afterBatch() {
      if (scheduler && choice.interval === 'step') scheduler.step();
    },
    afterEpoch(metrics) {
      if (!scheduler || choice.interval !== 'epoch') return;
      if (choice.monitor) scheduler.step(metrics[choice.monitor]);
      else scheduler.step();
    },
  };
}
