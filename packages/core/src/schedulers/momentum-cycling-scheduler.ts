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
    if (writer === null || writer.key === null) {
      super.applyLrs(lrs);
      return;
    }
    const groups = this.optimizer.paramGroups;
    const n = Math.min(groups.length, lrs.length);
    // Checked while written: a non-finite value undoes the groups before it, then is named.
    const written = writeLrsAndMomentums(
      groups,
      lrs,
      writer.key,
      writer.buffer,
      n,
      this.previousLrs,
      writer.saved,
    );
    if (written !== n) {
      // Group `written` is the first with a non-finite lr or momentum; nothing is written.
      if (Number.isFinite(lrs[written])) this.notFinite(writer.buffer, written, 'momentum');
      this.notFinite(lrs, written, 'lr');
    }
    this.recordWritten(lrs, n);
    this.momentumsWritten();
  }

  /** After a step wrote them: the momentums become the scheduler's saved `lastMomentums`. */
  protected abstract momentumsWritten(): void;
}
