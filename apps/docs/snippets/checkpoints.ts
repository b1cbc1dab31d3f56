import { OneCycleLR, type SchedulerState } from '@lrkit/core';

function makeTraining() {
  const optimizer = { paramGroups: [{ lr: 0.1, momentum: 0.9 }] };
  const scheduler = new OneCycleLR(optimizer, { maxLr: 0.1, totalSteps: 1000 });
  return { optimizer, scheduler };
}

// Train 400 steps, then save the scheduler's state (plain, versioned JSON) beside the weights.
const first = makeTraining();
for (let step = 0; step < 400; step++) first.scheduler.step();
const checkpoint = JSON.stringify({
  scheduler: first.scheduler.stateDict(),
  paramGroups: first.optimizer.paramGroups,
});

// Later, in a new process: build the same scheduler, then load the state. It continues on
// the exact step with the exact lr; a state from another scheduler or version is refused.
const resumed = makeTraining();
const saved = JSON.parse(checkpoint) as { scheduler: SchedulerState };
resumed.scheduler.loadStateDict(saved.scheduler);
resumed.scheduler.step();
first.scheduler.step();
console.log(resumed.scheduler.getLastLr()[0] === first.scheduler.getLastLr()[0]); // true
