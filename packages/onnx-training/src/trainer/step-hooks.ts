/**
 * What the trainer calls after each update and each epoch: the core's `SchedulerRunner` fits
 * (it is the intended implementation), and so does any object with these methods. When
 * `stateDict`/`loadStateDict` exist, checkpoints carry the hooks' state.
 */
export interface StepHooks {
  onStepEnd(metrics?: Readonly<Record<string, number>>): void;
  onEpochEnd(metrics?: Readonly<Record<string, number>>): void;
  stateDict?(): unknown;
  loadStateDict?(state: never): void;
}
