import { oneOf } from '../internal/validate';

/**
 * Whose rules a range test follows. fastai (`Learner.lr_find`) and Lightning (`Tuner.lr_find`)
 * differ in the lr of each iteration, the smoothing's debiasing, the divergence check and the
 * suggestion; lrkit reproduces either exactly.
 */
export type FinderStyle = 'fastai' | 'lightning';

/** How the lr grows from startLr to endLr: geometrically (`'exp'`) or arithmetically. */
export type FinderMode = 'exp' | 'linear';

export const FINDER_STYLES = ['fastai', 'lightning'] as const;
export const FINDER_MODES = ['exp', 'linear'] as const;

export function styleOption(value: unknown, parameter = 'style'): FinderStyle {
  return value === undefined ? 'fastai' : oneOf(parameter, value, FINDER_STYLES);
}

export function modeOption(value: unknown, parameter = 'mode'): FinderMode {
  return value === undefined ? 'exp' : oneOf(parameter, value, FINDER_MODES);
}
