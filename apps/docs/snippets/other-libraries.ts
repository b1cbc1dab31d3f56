import {
  fromSpec,
  hfLinear,
  kerasCosineDecay,
  optaxCosineOnecycleSchedule,
  preview,
  ScheduleLR,
  timmCosine,
} from '@lrkit/core';

const optimizer = { paramGroups: [{ lr: 5e-5 }] };

// HuggingFace: get_linear_schedule_with_warmup(optimizer, 100, 1000). Multipliers of the lr.
const hf = new ScheduleLR(optimizer, {
  schedule: hfLinear({ numWarmupSteps: 100, numTrainingSteps: 1000 }),
  scale: 'multiplier',
});
hf.step();

// timm: CosineLRScheduler(optimizer, t_initial=300, lr_min=1e-6, warmup_t=5, warmup_lr_init=1e-5).
const timm = timmCosine({
  baseLr: 5e-4,
  tInitial: 300,
  lrMin: 1e-6,
  warmupT: 5,
  warmupLrInit: 1e-5,
});

// Keras: CosineDecay(1e-4, decay_steps=1000, warmup_target=1e-3, warmup_steps=100).
const keras = kerasCosineDecay({
  initialLearningRate: 1e-4,
  decaySteps: 1000,
  warmupTarget: 1e-3,
  warmupSteps: 100,
});

// optax: cosine_onecycle_schedule(transition_steps=1000, peak_value=1e-3).
const optax = optaxCosineOnecycleSchedule({ transitionSteps: 1000, peakValue: 1e-3 });

// Closed forms hold absolute lrs: drive an optimizer with them in 'absolute' mode...
const scheduler = new ScheduleLR(
  { paramGroups: [{ lr: 1e-3 }] },
  { schedule: optax, scale: 'absolute' },
);
scheduler.step();
// ...or as specs, which pick the right mode by themselves.
const fromConfig = fromSpec(
  { paramGroups: [{ lr: 5e-5 }] },
  {
    version: 1,
    type: 'hf-cosine',
    numWarmupSteps: 100,
    numTrainingSteps: 1000,
  },
);
fromConfig.step();
console.log(timm.lrAt(5), keras.lrAt(100), preview(optax, { steps: 1000 }).lr[0]?.[300]);
