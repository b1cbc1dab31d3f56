import { writeLrsAndMomentums } from '../internal/groups';
import { LRScheduler } from '../scheduler';

/**
 * The base of the schedulers that cycle momentum (or Adam's beta1) with the lr: CyclicLR and
 * OneCycleLR. A step writes each group's lr and momentum in one pass, all or nothing; kept out of
 * LRScheduler so that a bundle of any other scheduler carries none of it.
 */
export abstract class MomentumCyclingScheduler extends LRScheduler {
  /** The lrs with the momentums of `momentumWriter.buffer`: both checked before either is kept. */
  protected override applyLrs(lrs: readonly number[]): void {
    const writer = this.momentumWriter;
    const key = writer === null ? null : writer.key;
    if (key === null) {
      super.applyLrs(lrs);
      return;
    }
    const groups = this.optimizer.paramGroups;
    const momentums = writer!.buffer;
    const n = Math.min(groups.length, lrs.length);
    // Checked while written: a non-finite value undoes the groups before it, then is named here.
    if (
      writeLrsAndMomentums(groups, lrs, key, momentums, n, this.previousLrs, writer!.saved) !== n
    ) {
      this.checkFinite(lrs, n, 'lr');
      this.checkFinite(momentums, n, 'momentum');
    }
    this.recordWritten(lrs, n);
    this.momentumsWritten();
  }

  /** After a step wrote them: the momentums become the scheduler's saved `lastMomentums`. */
  protected abstract momentumsWritten(): void;
}
