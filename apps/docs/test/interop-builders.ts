import {
  fromDeepSpeed,
  fromMegatron,
  fromTimm,
  fromTorch,
  fromTorchtitan,
  type MegatronArgs,
  type Optimizer,
  type Scheduler,
  type TimmSchedulerName,
  type TorchtitanArgs,
} from '@lrkit/core';

type Values = Record<string, unknown>;
type Build = (optimizer: Optimizer) => Scheduler;

/**
 * The library-native input of each gallery page about another library's scheduler, built from
 * the page's control values (which carry the library's own argument names), and the core
 * importer that takes it, stepped the way the library steps it. Written apart from the pages'
 * code so the tests do not trust it.
 */

const TIMM: Record<string, TimmSchedulerName> = {
  'timm-step': 'StepLRScheduler',
  'timm-multistep': 'MultiStepLRScheduler',
  'timm-plateau': 'PlateauLRScheduler',
  'timm-wsd': 'WSDLRScheduler',
};

const DEEPSPEED: Record<string, string> = {
  'deepspeed-warmup-lr': 'WarmupLR',
  'deepspeed-warmup-decay-lr': 'WarmupDecayLR',
  'deepspeed-warmup-cosine-lr': 'WarmupCosineLR',
  'deepspeed-one-cycle': 'OneCycle',
  'deepspeed-lr-range-test': 'LRRangeTest',
};

/** The input each page's code shows, in its library's words. */
export function nativeInputOf(slug: string, v: Values): unknown {
  if (slug in TIMM) return { scheduler: TIMM[slug], kwargs: v };
  if (slug in DEEPSPEED) return { type: DEEPSPEED[slug], params: v };
  if (slug === 'megatron-optimizer-param-scheduler') return v;
  if (slug === 'megatron-wsd') return { ...v, lr_decay_style: 'WSD' };
  if (slug === 'torchtitan-lr-scheduler') return v;
  if (slug === 'swalr') {
    const kwargs = {
      swa_lr: v.swaLr,
      anneal_epochs: v.annealEpochs,
      anneal_strategy: v.annealStrategy,
    };
    return { scheduler: 'SWALR', kwargs };
  }
  return null;
}

/** timm's train loop: `step(epoch + 1, metric)` after every epoch. */
function timmEpochs(optimizer: Optimizer, config: unknown): Scheduler {
  const scheduler = fromTimm(optimizer, config as never);
  let epoch = 0;
  return {
    optimizer,
    step: (metric?: number) => {
      epoch += 1;
      scheduler.step(epoch, metric);
    },
    getLastLr: () => scheduler.getLastLr(),
    stateDict: () => scheduler.stateDict(),
    loadStateDict: (state) => scheduler.loadStateDict(state),
  };
}

/** DeepSpeed's OneCycle cycles beta1: groups get betas, and beta1 is read back as momentum. */
function beta1AsMomentum(optimizer: Optimizer, section: unknown): Scheduler {
  for (const group of optimizer.paramGroups) group.betas = [group.momentum ?? 0.9, 0.999];
  const scheduler = fromDeepSpeed(optimizer, section as never, { onWarning: () => {} });
  const read = () => {
    for (const group of optimizer.paramGroups) group.momentum = group.betas![0];
  };
  read();
  return {
    optimizer,
    step: () => {
      scheduler.step();
      read();
    },
    getLastLr: () => scheduler.getLastLr(),
    stateDict: () => scheduler.stateDict(),
    loadStateDict: (state) => scheduler.loadStateDict(state),
  };
}

/** The scheduler a page stands for, built by the core importer from its page values; else null. */
export function interopBuilderOf(slug: string, v: Values): Build | null {
  const input = nativeInputOf(slug, v);
  return input === null ? null : builderFromInput(slug, input);
}

/** The core importer of a page's library given the library's own input, stepped as it steps. */
export function builderFromInput(slug: string, input: unknown): Build {
  if (slug in TIMM) return (o) => timmEpochs(o, input);
  if (slug === 'deepspeed-one-cycle') return (o) => beta1AsMomentum(o, input);
  if (slug in DEEPSPEED) return (o) => fromDeepSpeed(o, input as never, { onWarning: () => {} });
  if (slug.startsWith('megatron')) return (o) => fromMegatron(o, input as MegatronArgs);
  if (slug === 'swalr') return (o) => fromTorch(o, input as never);
  return (o) => fromTorchtitan(o, input as TorchtitanArgs, { onWarning: () => {} });
}
