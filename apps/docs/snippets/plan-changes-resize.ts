import {
  CosineAnnealingLR,
  fromSpec,
  type ResizePolicy,
  type SchedulerSpec,
  type SchedulerState,
  toSpec,
} from '@lrkit/core';

// A run planned for 100 steps saves its plan (the spec) and its state at step 40.
const first = { paramGroups: [{ lr: 0.1 }] };
const planned = new CosineAnnealingLR(first, { tMax: 100, etaMin: 0.001 });
for (let step = 0; step < 40; step++) planned.step();
const checkpoint = JSON.stringify({ spec: toSpec(planned), state: planned.stateDict() });

// It resumes with a new total length, 150 steps, under each policy.
const saved = JSON.parse(checkpoint) as { spec: SchedulerSpec; state: SchedulerState };
const resumeStep = saved.state.lastEpoch as number;
const policies: ResizePolicy[] = ['keep-fraction', 'continue', 'cooldown-now', 'rewarm'];
for (const policy of policies) {
  const optimizer = { paramGroups: [{ lr: 0.1 }] };
  const resumed = fromSpec(optimizer, saved.spec, {
    resize: { policy, resumeStep, totalSteps: 150 },
  });
  const atResume = optimizer.paramGroups[0]!.lr;
  for (let step = resumeStep; step < 150; step++) resumed.step();
  const atEnd = optimizer.paramGroups[0]!.lr;
  console.log(policy, atResume.toFixed(5), atEnd.toFixed(5));
}
// keep-fraction 0.08362 0.00100   <- jumps: step 40 of 150 is 27% of the way, not 40%
// continue      0.06580 0.00100   <- the saved lr, then the rest stretched to step 150
// cooldown-now  0.06580 0.00100   <- straight down from the saved lr
// rewarm        0.06580 0.00100   <- back up to 0.1, then the cosine's decay
console.log(planned.getLastLr()[0]!.toFixed(5)); // 0.06580, the lr saved at step 40
