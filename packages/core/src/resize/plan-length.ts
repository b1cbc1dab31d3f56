/**
 * The total length, in steps, that a schedule or scheduler spec plans for, where the spec states
 * it (a cosine's decaySteps, transformers' numTrainingSteps, PyTorch's tMax / totalIters /
 * totalSteps); undefined where it has none (a constant, an exponential, cycles), in which case a
 * resize must be told `previousTotalSteps`.
 */
export function planLength(spec: unknown): number | undefined {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return undefined;
  const s = spec as Record<string, unknown>;
  const n = (key: string) => {
    const v = s[key];
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
  };
  switch (s.type) {
    case 'cosine':
    case 'polynomial':
      return n('decaySteps');
    case 'linear':
    case 'optax-linear-onecycle':
    case 'optax-cosine-onecycle':
      return n('transitionSteps');
    case 'keras-cosine-decay': {
      const decay = n('decaySteps');
      const warmup = typeof s.warmupSteps === 'number' ? s.warmupSteps : 0;
      return decay === undefined || !Number.isSafeInteger(warmup) ? undefined : decay + warmup;
    }
    case 'keras-polynomial-decay':
      return s.cycle === true ? undefined : n('decaySteps');
    case 'warmup': {
      const inner = planLength(s.schedule);
      const w = n('warmupSteps') ?? 0;
      if (inner === undefined) return undefined;
      return s.prefix === false ? Math.max(inner, w) : inner + w;
    }
    case 'scale':
    case 'noise':
      return planLength(s.schedule);
    case 'join': {
      const boundaries = s.boundaries;
      const parts = s.schedules;
      if (!Array.isArray(boundaries) || !Array.isArray(parts) || parts.length === 0)
        return undefined;
      const last = planLength(parts[parts.length - 1]);
      const start = boundaries.length ? boundaries[boundaries.length - 1] : 0;
      return last === undefined || typeof start !== 'number' ? undefined : start + last;
    }
    case 'resize':
      return n('totalSteps');
    case 'CosineAnnealingLR':
      return n('tMax');
    case 'LinearLR':
    case 'PolynomialLR':
    case 'ConstantLR':
      return n('totalIters') ?? 5;
    case 'OneCycleLR': {
      const epochs = n('epochs');
      const perEpoch = n('stepsPerEpoch');
      // Its last lr is at step totalSteps − 1 (stepping past it throws, as in PyTorch).
      const total = n('totalSteps') ?? (epochs && perEpoch ? epochs * perEpoch : undefined);
      return total !== undefined && total > 1 ? total - 1 : undefined;
    }
    case 'LinearAnnealingLR':
      return n('totalSteps');
    case 'ScheduleLR':
      return Array.isArray(s.schedule) ? undefined : planLength(s.schedule);
    case 'SequentialLR': {
      const milestones = s.milestones;
      const children = s.schedulers;
      if (!Array.isArray(milestones) || !Array.isArray(children) || children.length === 0) {
        return undefined;
      }
      const last = planLength(children[children.length - 1]);
      const start = milestones.length ? milestones[milestones.length - 1] : 0;
      return last === undefined || typeof start !== 'number' ? undefined : start + last;
    }
    default:
      return typeof s.type === 'string' && s.type.startsWith('hf-')
        ? n('numTrainingSteps')
        : undefined;
  }
}
