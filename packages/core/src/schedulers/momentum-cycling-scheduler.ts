import { notWritable, undoLrs, undoMomentums } from '../internal/groups';
import { LRScheduler } from '../scheduler';

/**
 * The base of the schedulers that cycle momentum (or Adam's beta1) with the lr: CyclicLR and
 * OneCycleLR. A step writes each group's lr and momentum in one pass, all or nothing; kept out of
 * LRScheduler so that a bundle of any other scheduler carries none of it.
 */
export abstract class MomentumCyclingScheduler extends LRScheduler {
  /**
   * The lrs with the momentums of `momentumWriter.buffer`, in one loop written out here (small
   * enough for V8 to inline the whole step): both checked, each group's momentum then lr written,
   * undone on any failure.
   */
  protected override applyLrs(lrs: readonly number[]): void {
    const writer = this.momentumWriter;
    if (writer === null || writer.key === null) {
      super.applyLrs(lrs);
      return;
    }
    const groups = this.optimizer.paramGroups;
    const { buffer, saved } = writer;
    const previous = this.previousLrs;
    const betas = writer.key === 'betas';
    const n = Math.min(groups.length, lrs.length);
    let i = 0;
    let momentumWritten = false;
    try {
      for (; i < n; i++) {
        const lr = lrs[i]!;
        const momentum = buffer[i]!;
        if (lr * 0 + momentum * 0 !== 0) break;
        const group = groups[i]!;
        momentumWritten = false;
        if (betas) {
          const pair = group.betas!;
          // beta1 alone is kept (a number: no pointer store on the step path).
          saved[i] = pair[0];
          // A new pair (betas may be a readonly tuple), as PyTorch assigns a new tuple.
          group.betas = [momentum, pair[1]];
        } else {
          saved[i] = group.momentum!;
          group.momentum = momentum;
        }
        momentumWritten = true;
        previous[i] = group.lr;
        group.lr = lr;
      }
    } catch (error) {
      this.refuseMomentumWrite(i, momentumWritten, error);
    }
    if (i < n) this.refuseNonFiniteMomentum(lrs, i);
    this.recordWritten(lrs, n);
    this.momentumsWritten();
  }

  /** Group `index`'s write threw: every field written is undone (its momentum too). */
  private refuseMomentumWrite(index: number, momentumWritten: boolean, cause: unknown): never {
    const writer = this.momentumWriter!;
    const groups = this.optimizer.paramGroups;
    const key = writer.key!;
    undoMomentums(groups, key, writer.saved, momentumWritten ? index + 1 : index);
    undoLrs(groups, this.previousLrs, index);
    return notWritable(index, momentumWritten ? 'lr' : key, groups[index], cause);
  }

  /** Group `index` is the first with a non-finite lr or momentum: the groups before it are undone. */
  private refuseNonFiniteMomentum(lrs: readonly number[], index: number): never {
    const writer = this.momentumWriter!;
    const groups = this.optimizer.paramGroups;
    undoMomentums(groups, writer.key!, writer.saved, index);
    undoLrs(groups, this.previousLrs, index);
    if (Number.isFinite(lrs[index])) this.notFinite(writer.buffer, index, 'momentum');
    return this.notFinite(lrs, index, 'lr');
  }

  /** After a step wrote them: the momentums become the scheduler's saved `lastMomentums`. */
  protected abstract momentumsWritten(): void;
}
