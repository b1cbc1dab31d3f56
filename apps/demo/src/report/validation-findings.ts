import type { EpochRecord } from '../runtimes/runtime';

/** Losses as the results table prints them, so a sentence and the table agree digit for digit. */
export const formatLoss = (value: number) => value.toFixed(4);
export const formatPercent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** Changes under this fraction of the starting value are reported as "stayed" (noise, not trend). */
const FLAT = 0.01;
/** A last epoch this far above the best one counts as having turned back up. */
const ROSE = 0.05;

/** The epoch with the lowest validation loss (the first one on ties). */
export function bestEpoch(epochs: readonly EpochRecord[]): EpochRecord | undefined {
  return epochs.reduce<EpochRecord | undefined>(
    (best, e) => (best === undefined || e.valLoss < best.valLoss ? e : best),
    undefined,
  );
}

function trendSentence(first: EpochRecord, last: EpochRecord): string {
  const change = (last.valLoss - first.valLoss) / first.valLoss;
  if (Math.abs(change) < FLAT) {
    return `Validation loss stayed near ${formatLoss(last.valLoss)} from epoch ${first.epoch} to epoch ${last.epoch}.`;
  }
  const verb = change < 0 ? 'fell' : 'rose';
  const sign = change < 0 ? '−' : '+';
  return `Validation loss ${verb} from ${formatLoss(first.valLoss)} after epoch ${first.epoch} to ${formatLoss(last.valLoss)} after epoch ${last.epoch} (${sign}${formatPercent(Math.abs(change))}).`;
}

function bestSentence(best: EpochRecord, last: EpochRecord, count: number): string {
  if (best.epoch === last.epoch) {
    return `It was lowest at the last epoch (${best.epoch} of ${count}), so it was still falling when training stopped.`;
  }
  const above = (last.valLoss - best.valLoss) / best.valLoss;
  return `It was lowest at epoch ${best.epoch} of ${count} (${formatLoss(best.valLoss)}); the last epoch ends ${formatPercent(above)} above that best.`;
}

function gapSentence(last: EpochRecord): string {
  const gap = last.valLoss - last.trainLoss;
  const where = gap >= 0 ? 'above' : 'below';
  return `At the end the gap to training loss is ${formatLoss(Math.abs(gap))} (validation ${formatLoss(last.valLoss)} ${where} training ${formatLoss(last.trainLoss)}).`;
}

/** Overfitting shows as validation loss turning up while training loss keeps falling. */
function readingSentence(best: EpochRecord, last: EpochRecord): string | null {
  const trainAtBest = best.trainLoss;
  const turnedUp = (last.valLoss - best.valLoss) / best.valLoss > ROSE;
  if (turnedUp && last.trainLoss < trainAtBest) {
    return `After epoch ${best.epoch} training loss kept falling (${formatLoss(trainAtBest)} → ${formatLoss(last.trainLoss)}) while validation loss rose: the model began to overfit, and the weights of epoch ${best.epoch} generalize best.`;
  }
  if (turnedUp) {
    return `After epoch ${best.epoch} training loss rose too: training itself got worse (a learning rate too high for that stretch), not overfitting.`;
  }
  return null;
}

function accuracySentence(epochs: readonly EpochRecord[], last: EpochRecord): string {
  const first = epochs[0] as EpochRecord;
  const top = epochs.reduce((a, e) => (e.valAccuracy > a.valAccuracy ? e : a), first);
  // Equal as printed counts as equal: "best 92.4% at epoch 6" beside a final 92.4% reads wrong.
  const topText =
    formatPercent(top.valAccuracy) === formatPercent(last.valAccuracy)
      ? 'as high as at any epoch'
      : `best ${formatPercent(top.valAccuracy)} at epoch ${top.epoch}`;
  return `Validation accuracy went from ${formatPercent(first.valAccuracy)} to ${formatPercent(last.valAccuracy)} (${topText}).`;
}

/**
 * What a run's validation numbers show, in sentences computed from them: the trend from the
 * first to the last epoch, where the best epoch was, the final gap to training loss, a reading
 * when validation loss turned back up, and accuracy. Epochs after the loss stopped being finite
 * (a diverged run) are left out and said so.
 */
export function validationFindings(epochs: readonly EpochRecord[]): string[] {
  const finite = epochs.filter((e) => Number.isFinite(e.valLoss) && Number.isFinite(e.trainLoss));
  const broken = epochs.find((e) => !Number.isFinite(e.valLoss) || !Number.isFinite(e.trainLoss));
  const notes = broken
    ? [`The loss was not finite from epoch ${broken.epoch} on: the run diverged there.`]
    : [];
  const usable = broken ? finite.filter((e) => e.epoch < broken.epoch) : finite;
  const first = usable[0];
  const last = usable.at(-1);
  const best = bestEpoch(usable);
  if (!first || !last || !best) return [...notes, 'No epoch finished with finite losses.'];
  const reading = readingSentence(best, last);
  return [
    trendSentence(first, last),
    bestSentence(best, last, epochs.length),
    gapSentence(last),
    ...(reading ? [reading] : []),
    accuracySentence(usable, last),
    ...notes,
  ];
}

/** Across runs of one runtime: which schedule ended with the lowest validation loss. */
export function comparisonSentence(
  runtime: string,
  runs: readonly { schedule: string; epochs: readonly EpochRecord[] }[],
): string | null {
  const finals = runs.flatMap((r) => {
    const last = r.epochs.at(-1);
    return last && Number.isFinite(last.valLoss) ? [{ schedule: r.schedule, last }] : [];
  });
  if (finals.length < 2) return null;
  const winner = finals.reduce((a, b) => (b.last.valLoss < a.last.valLoss ? b : a));
  const constant = finals.find((f) => f.schedule === 'constant');
  const against =
    constant && constant !== winner
      ? `, against ${formatLoss(constant.last.valLoss)} at the constant rate`
      : '';
  return `On ${runtime}, ${winner.schedule} ended with the lowest validation loss, ${formatLoss(winner.last.valLoss)}${against}.`;
}
