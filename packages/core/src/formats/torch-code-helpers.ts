// The Python helpers that generated code defines: each is lrkit's formula of one closed-form
// schedule, written with the same operations in the same order as the TypeScript (so float64
// results agree to the last bit or two), as a factory `name(**fields) -> (step -> value)`.
// Only the helpers a spec uses are written into its code.

interface Helper {
  /** Helpers this one calls. */
  readonly needs: readonly string[];
  readonly code: string;
}

const HELPERS: Readonly<Record<string, Helper>> = {
  constant: {
    needs: [],
    code: `
def constant(lr):
    """lrkit 'constant': the same lr at every step."""
    return lambda t: lr
`,
  },
  linear: {
    needs: [],
    code: `
def linear(start_lr, end_lr, transition_steps):
    """lrkit 'linear': a straight line from start_lr to end_lr over transition_steps, then end_lr."""
    def at(t):
        if t >= transition_steps:
            return end_lr
        return start_lr + (end_lr - start_lr) * t / transition_steps
    return at
`,
  },
  cosine: {
    needs: [],
    code: `
def cosine(peak_lr, min_lr, decay_steps, exponent):
    """lrkit 'cosine': a half cosine from peak_lr to min_lr over decay_steps (raised to exponent), then min_lr."""
    def at(t):
        half = 0.5 * (1 + math.cos(math.pi * min(t, decay_steps) / decay_steps))
        return min_lr + (peak_lr - min_lr) * (half if exponent == 1 else half ** exponent)
    return at
`,
  },
  exponential: {
    needs: [],
    code: `
def exponential(start_lr, decay_rate, decay_steps, staircase, end_lr):
    """lrkit 'exponential': start_lr * decay_rate ** (t / decay_steps), floored exponent when staircase, bounded by end_lr."""
    log_rate = math.log(decay_rate)
    def at(t):
        if staircase:
            lr = start_lr * decay_rate ** math.floor(t / decay_steps)
        else:
            # exp(p * ln(rate)), as lrkit computes the smooth power.
            lr = start_lr * math.exp(t / decay_steps * log_rate)
        if end_lr is None:
            return lr
        return max(lr, end_lr) if decay_rate < 1 else min(lr, end_lr)
    return at
`,
  },
  polynomial: {
    needs: [],
    code: `
def polynomial(start_lr, end_lr, decay_steps, power, cycle):
    """lrkit 'polynomial' (Keras PolynomialDecay): (start_lr - end_lr) * (1 - t / T) ** power + end_lr."""
    def at(t):
        steps = decay_steps
        if cycle:
            steps = decay_steps * (1 if t == 0 else math.ceil(t / decay_steps))
        else:
            t = min(t, decay_steps)
        return (start_lr - end_lr) * (1 - t / steps) ** power + end_lr
    return at
`,
  },
  piecewise_constant: {
    needs: [],
    code: `
def piecewise_constant(boundaries, values):
    """lrkit 'piecewise-constant': values[i] while boundaries[i - 1] < t <= boundaries[i]."""
    return lambda t: values[bisect.bisect_left(boundaries, t)]
`,
  },
  interpolate: {
    needs: [],
    code: `
def interpolate(kind, start, end, pct):
    """optax's linear or cosine interpolation between two knots at fraction pct."""
    if kind == "linear":
        return (end - start) * pct + start
    return end + (start - end) / 2 * (math.cos(math.pi * pct) + 1)
`,
  },
  piecewise_interpolated: {
    needs: ['interpolate'],
    code: `
def piecewise_interpolated(boundaries, values, interpolation):
    """lrkit 'piecewise-interpolated': lines or half cosines between the knots (boundaries[i], values[i])."""
    last = len(boundaries) - 1
    def at(t):
        # The last knot at or before t; a repeated boundary picks its later value.
        i = bisect.bisect_right(boundaries, t) - 1
        if i < 0:
            return values[0]
        if i >= last:
            return values[last]
        start = boundaries[i]
        pct = (t - start) / (boundaries[i + 1] - start)
        return interpolate(interpolation, values[i], values[i + 1], pct)
    return at
`,
  },
  inverse_sqrt: {
    needs: [],
    code: `
def inverse_sqrt(peak_lr, timescale_steps):
    """lrkit 'inverse-sqrt': peak_lr / sqrt((t + timescale) / timescale)."""
    return lambda t: peak_lr / math.sqrt((t + timescale_steps) / timescale_steps)
`,
  },
  inverse_time: {
    needs: [],
    code: `
def inverse_time(start_lr, decay_rate, decay_steps, staircase):
    """lrkit 'inverse-time': start_lr / (1 + decay_rate * t / decay_steps), floored when staircase."""
    def at(t):
        p = math.floor(t / decay_steps) if staircase else t / decay_steps
        return start_lr / (1 + decay_rate * p)
    return at
`,
  },
  warmup: {
    needs: [],
    code: `
def warmup(schedule, warmup_steps, start_lr, shape, prefix):
    """lrkit 'warmup': a ramp from start_lr that reaches the wrapped schedule at exactly warmup_steps.
    prefix: the schedule starts after the warmup; otherwise the ramp replaces its first steps."""
    target = schedule(0 if prefix else warmup_steps)
    shift = warmup_steps if prefix else 0
    def ramp(p):
        if shape == "linear":
            return start_lr + (target - start_lr) * p
        if shape == "cosine":
            return start_lr + (target - start_lr) * (1 - math.cos(math.pi * p)) / 2
        return start_lr * (target / start_lr) ** p
    def at(t):
        if t < warmup_steps:
            return ramp(t / warmup_steps)
        return schedule(t - shift)
    return at
`,
  },
  join: {
    needs: [],
    code: `
def join(schedules, boundaries):
    """lrkit 'join' (optax join_schedules): from boundaries[i] on, schedules[i + 1] runs from its own step 0."""
    offsets = [0] + list(boundaries)
    def at(t):
        i = bisect.bisect_right(boundaries, t)
        return schedules[i](t - offsets[i])
    return at
`,
  },
  scale: {
    needs: [],
    code: `
def scale(schedule, factor):
    """lrkit 'scale': a schedule times a constant."""
    return lambda t: factor * schedule(t)
`,
  },
  locate_cycle: {
    needs: [],
    code: `
def cycle_start(cycle, first, mul):
    return first * (mul ** cycle - 1) / (mul - 1)


def locate_cycle(t, first, mul):
    """(cycle, start, length) of the restart cycle holding step t, or None past the end of
    shrinking cycles. The logarithm only estimates the cycle; it is corrected against the exact
    cycle starts, so a boundary step begins its cycle whatever the libm rounds."""
    if mul == 1:
        cycle = math.floor(t / first)
        return cycle, cycle * first, first
    x = 1 + t * (mul - 1) / first
    if x <= 0:
        return None
    cycle = max(0, math.floor(math.log(x) / math.log(mul)))
    start = cycle_start(cycle, first, mul)
    while cycle > 0 and start > t:
        cycle -= 1
        start = cycle_start(cycle, first, mul)
    end = cycle_start(cycle + 1, first, mul)
    while end <= t:
        start = end
        cycle += 1
        end = cycle_start(cycle + 1, first, mul)
    return cycle, start, first * mul ** cycle
`,
  },
  cycle_factor: {
    needs: [],
    code: `
def cycle_factor(shape, p, power, tanh_lower_bound, tanh_upper_bound):
    """The factor from 1 to 0 of one restart cycle at progress p, as timm's cosine, poly and tanh."""
    if shape == "cosine":
        return 0.5 * (1 + math.cos(math.pi * p))
    if shape == "linear":
        return 1 - p
    if shape == "polynomial":
        return (1 - p) ** power
    return 0.5 * (1 - math.tanh(tanh_lower_bound * (1 - p) + tanh_upper_bound * p))
`,
  },
  restarts: {
    needs: ['locate_cycle', 'cycle_factor'],
    code: `
def restarts(shape, peak_lr, min_lr, cycle_steps, cycle_mul, cycle_decay, cycle_limit, k_decay,
             power, tanh_lower_bound, tanh_upper_bound):
    """lrkit 'restarts': cycles of a decay shape (SGDR with timm's cycle_mul, cycle_decay,
    cycle_limit and k_decay); min_lr after the last cycle."""
    def at(t):
        span = locate_cycle(t, cycle_steps, cycle_mul)
        if span is None or (cycle_limit is not None and span[0] >= cycle_limit):
            return min_lr
        cycle, start, length = span
        progress = (t - start) / length
        p = progress if k_decay == 1 else progress ** k_decay
        factor = cycle_factor(shape, p, power, tanh_lower_bound, tanh_upper_bound)
        peak = peak_lr * cycle_decay ** cycle
        return min_lr + (peak - min_lr) * factor
    return at
`,
  },
  noise_sampler: {
    needs: [],
    code: `
MASK32 = 0xFFFFFFFF
GOLDEN = 0x9E3779B9


def hash32(x):
    """lrkit's 32-bit integer hash (its noise is a pure function of seed and step)."""
    x &= MASK32
    x = ((x ^ (x >> 16)) * 0x7FEB352D) & MASK32
    x = ((x ^ (x >> 15)) * 0x846CA68B) & MASK32
    return (x ^ (x >> 16)) & MASK32


def noise_uniform(seed, step):
    """The uniform number in [0, 1) that lrkit draws for (seed, step)."""
    low = step & MASK32
    high = hash32(GOLDEN) if step < 2 ** 32 else hash32((step // 2 ** 32 & MASK32) + GOLDEN)
    state = hash32(seed ^ hash32(low ^ high))
    return hash32((state + GOLDEN) & MASK32) / 2 ** 32


ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269,
            -30.66479806614716, 2.506628277459239]
ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
            -13.28068155288572]
ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
            4.374664141464968, 2.938163982698783]
ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]


def normal_quantile(p):
    """The normal quantile by Acklam's rational approximation, as lrkit evaluates it."""
    c, d = ACKLAM_C, ACKLAM_D
    def tail(q):
        num = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
        return num / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    if p < 0.02425:
        return tail(math.sqrt(-2 * math.log(p)))
    if p > 1 - 0.02425:
        return -tail(math.sqrt(-2 * math.log(1 - p)))
    a, b = ACKLAM_A, ACKLAM_B
    q = p - 0.5
    r = q * q
    num = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
    return num / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)


def noise_sampler(noise_type, noise_pct, noise_std, low, width, limit):
    """The relative noise of a step: uniform in (-noise_pct, noise_pct), or a normal(0, noise_std)
    truncated to |n| < noise_pct by inversion (low, width, limit precomputed by lrkit)."""
    if noise_type == "uniform":
        return lambda seed, step: 2 * (noise_uniform(seed, step) - 0.5) * noise_pct
    def sample(seed, step):
        p = low + width * noise_uniform(seed, step)
        n = noise_std * normal_quantile(min(max(p, 5e-324), 1 - 1e-16))
        return min(max(n, -limit), limit)
    return sample
`,
  },
  noise: {
    needs: ['noise_sampler'],
    code: `
def noise(schedule, seed, sample, start_step, end_step):
    """lrkit 'noise': the schedule times (1 + n), n drawn from (seed, step) in [start_step, end_step)."""
    def at(t):
        lr = schedule(t)
        if t < start_step or (end_step is not None and t >= end_step):
            return lr
        return lr * (1 + sample(seed, t))
    return at
`,
  },
  hf: {
    needs: [],
    code: `
def hf_warmup(t, warmup):
    return t / max(1, warmup)


def hf_constant_with_warmup(num_warmup_steps):
    """transformers get_constant_schedule_with_warmup (a multiplier of the base lr)."""
    return lambda t: hf_warmup(t, num_warmup_steps) if t < num_warmup_steps else 1


def hf_linear(num_warmup_steps, num_training_steps):
    """transformers get_linear_schedule_with_warmup (a multiplier of the base lr)."""
    def at(t):
        if t < num_warmup_steps:
            return hf_warmup(t, num_warmup_steps)
        return max(0, (num_training_steps - t) / max(1, num_training_steps - num_warmup_steps))
    return at


def hf_cosine(num_warmup_steps, num_training_steps, num_cycles, min_lr_rate=0, step_shift=0):
    """transformers get_cosine_schedule_with_warmup, and with min_lr_rate its cosine_with_min_lr
    (a multiplier of the base lr)."""
    def at(t):
        if t < num_warmup_steps:
            return hf_warmup(t, num_warmup_steps)
        progress = (t - num_warmup_steps + step_shift) / max(1, num_training_steps - num_warmup_steps)
        factor = 0.5 * (1 + math.cos(math.pi * num_cycles * 2 * progress))
        if min_lr_rate == 0:
            return max(0, factor)
        return max(0, factor * (1 - min_lr_rate) + min_lr_rate)
    return at


def hf_cosine_with_restarts(num_warmup_steps, num_training_steps, num_cycles):
    """transformers get_cosine_with_hard_restarts_schedule_with_warmup (a multiplier)."""
    def at(t):
        if t < num_warmup_steps:
            return hf_warmup(t, num_warmup_steps)
        progress = (t - num_warmup_steps) / max(1, num_training_steps - num_warmup_steps)
        if progress >= 1:
            return 0
        return max(0, 0.5 * (1 + math.cos(math.pi * math.fmod(num_cycles * progress, 1))))
    return at


def hf_polynomial(num_warmup_steps, num_training_steps, lr_end, power, lr_init):
    """transformers get_polynomial_decay_schedule_with_warmup (a multiplier of lr_init)."""
    def at(t):
        if t < num_warmup_steps:
            return hf_warmup(t, num_warmup_steps)
        if t > num_training_steps:
            return lr_end / lr_init
        pct_remaining = 1 - (t - num_warmup_steps) / (num_training_steps - num_warmup_steps)
        return ((lr_init - lr_end) * pct_remaining ** power + lr_end) / lr_init
    return at


def hf_inverse_sqrt(num_warmup_steps, timescale):
    """transformers get_inverse_sqrt_schedule (a multiplier)."""
    shift = timescale - num_warmup_steps
    def at(t):
        if t < num_warmup_steps:
            return hf_warmup(t, num_warmup_steps)
        return 1 / math.sqrt((t + shift) / timescale)
    return at


def hf_cosine_warmup_with_min_lr(num_warmup_steps, num_training_steps, num_cycles, min_lr_rate,
                                 warmup_lr_rate):
    """transformers get_cosine_with_min_lr_schedule_with_warmup_lr_rate (a multiplier)."""
    cosine_part = hf_cosine(num_warmup_steps, num_training_steps, num_cycles, min_lr_rate, 1)
    def at(t):
        if t < num_warmup_steps:
            if warmup_lr_rate is None:
                return (t + 1) / max(1, num_warmup_steps)
            return warmup_lr_rate + (1 - warmup_lr_rate) * t / max(1, num_warmup_steps - 1)
        return cosine_part(t)
    return at


def hf_warmup_stable_decay(num_warmup_steps, num_stable_steps, num_decay_steps, warmup_type,
                           decay_type, min_lr_ratio, num_cycles):
    """transformers get_wsd_schedule (a multiplier)."""
    def rescale(factor):
        return max(0, factor * (1 - min_lr_ratio) + min_lr_ratio)
    def warm(p):
        if warmup_type == "linear":
            return p
        if warmup_type == "cosine":
            return 0.5 * (1 - math.cos(math.pi * p))
        return 1 - math.sqrt(1 - p)
    def decay(p):
        if decay_type == "linear":
            return 1 - p
        if decay_type == "cosine":
            return 0.5 * (1 + math.cos(math.pi * num_cycles * 2 * p))
        return 1 - math.sqrt(p)
    def at(t):
        if t < num_warmup_steps:
            return rescale(warm(t / max(1, num_warmup_steps)))
        if t < num_warmup_steps + num_stable_steps:
            return 1
        if t < num_warmup_steps + num_stable_steps + num_decay_steps:
            p = (t - num_warmup_steps - num_stable_steps) / max(1, num_decay_steps)
            return rescale(decay(p))
        return min_lr_ratio
    return at
`,
  },
  timm: {
    needs: ['noise_sampler'],
    code: `
def timm(kind, base_lr, t_initial, lr_min, cycle_mul, cycle_decay, cycle_limit, warmup_t,
         warmup_lr_init, warmup_prefix, k_decay, power, lb, ub, noisy, sample, noise_seed):
    """timm's CosineLRScheduler / PolyLRScheduler / TanhLRScheduler _get_lr, as lrkit's
    'timm-cosine', 'timm-poly' and 'timm-tanh' compute it (cycle from timm's logarithm)."""
    def formula(lr_max, t_curr, t_i):
        if kind == "cosine":
            if k_decay == 1:
                phase = math.pi * t_curr / t_i
            else:
                phase = math.pi * t_curr ** k_decay / t_i ** k_decay
            return lr_min + 0.5 * (lr_max - lr_min) * (1 + math.cos(phase))
        if kind == "poly":
            p = t_curr / t_i if k_decay == 1 else t_curr ** k_decay / t_i ** k_decay
            return lr_min + (lr_max - lr_min) * (1 - p) ** power
        tr = t_curr / t_i
        return lr_min + 0.5 * (lr_max - lr_min) * (1 - math.tanh(lb * (1 - tr) + ub * tr))
    def cycle_lr(t):
        if warmup_prefix:
            t -= warmup_t
        t_i = t_initial
        if cycle_mul == 1:
            i = math.floor(t / t_initial)
            t_curr = t - t_initial * i
        else:
            x = 1 - t / t_initial * (1 - cycle_mul)
            if x <= 0:
                # Past the end of shrinking cycles: lrkit holds lr_min.
                return lr_min
            i = math.floor(math.log(x) / math.log(cycle_mul))
            t_i = cycle_mul ** i * t_initial
            t_curr = t - (1 - cycle_mul ** i) / (1 - cycle_mul) * t_initial
        if i >= cycle_limit:
            return lr_min
        lr_max = base_lr if cycle_decay == 1 else base_lr * cycle_decay ** i
        return formula(lr_max, t_curr, t_i)
    target = cycle_lr(warmup_t) if kind == "tanh" and not warmup_prefix else base_lr
    warmup_step = (target - warmup_lr_init) / warmup_t if warmup_t else 1
    def at(t):
        lr = warmup_lr_init + t * warmup_step if t < warmup_t else cycle_lr(t)
        if not noisy(t):
            return lr
        return lr + lr * sample(noise_seed, t)
    return at
`,
  },
  keras: {
    needs: [],
    code: `
def keras_exponential_decay(initial_learning_rate, decay_steps, decay_rate, staircase):
    """Keras ExponentialDecay, in float64 as lrkit computes it."""
    log_rate = math.log(decay_rate)
    def at(t):
        if staircase:
            return initial_learning_rate * decay_rate ** math.floor(t / decay_steps)
        return initial_learning_rate * math.exp(t / decay_steps * log_rate)
    return at


def keras_inverse_time_decay(initial_learning_rate, decay_steps, decay_rate, staircase):
    """Keras InverseTimeDecay."""
    def at(t):
        p = t / decay_steps
        return initial_learning_rate / (1 + decay_rate * (math.floor(p) if staircase else p))
    return at


def keras_cosine(step, decay_steps, start, alpha):
    cosine_decayed = 0.5 * (1 + math.cos(math.pi * (step / decay_steps)))
    return start * ((1 - alpha) * cosine_decayed + alpha)


def keras_cosine_decay(initial_learning_rate, decay_steps, alpha, warmup_target, warmup_steps):
    """Keras CosineDecay with its optional linear warmup to warmup_target."""
    def at(t):
        if warmup_target is None:
            return keras_cosine(min(t, decay_steps), decay_steps, initial_learning_rate, alpha)
        step = min(t, decay_steps + warmup_steps)
        if step < warmup_steps:
            return (warmup_target - initial_learning_rate) * (step / warmup_steps) + initial_learning_rate
        return keras_cosine(step - warmup_steps, decay_steps, warmup_target, alpha)
    return at


def keras_cosine_decay_restarts(initial_learning_rate, first_decay_steps, t_mul, m_mul, alpha):
    """Keras CosineDecayRestarts."""
    def at(t):
        fraction = t / first_decay_steps
        if t_mul == 1:
            restart = math.floor(fraction)
            fraction -= restart
        else:
            x = 1 - fraction * (1 - t_mul)
            if x <= 0:
                # Past the end of shrinking periods (Keras gives NaN): lrkit holds the floor.
                return initial_learning_rate * alpha
            restart = math.floor(math.log(x) / math.log(t_mul))
            sum_r = (1 - t_mul ** restart) / (1 - t_mul)
            fraction = (fraction - sum_r) / t_mul ** restart
        cosine_decayed = 0.5 * m_mul ** restart * (1 + math.cos(math.pi * fraction))
        return initial_learning_rate * ((1 - alpha) * cosine_decayed + alpha)
    return at
`,
  },
  resize: {
    needs: [],
    code: `
def resize(schedule, policy, resume_step, total_steps, previous_total_steps, cooldown_steps=None,
           cooldown_shape=None, warmup_steps=None, peak_scale=None):
    """lrkit 'resize': a plan previous_total_steps long refitted to total_steps from resume_step
    on (keep-fraction, continue, cooldown-now or rewarm), the old tail after the new end."""
    f = schedule
    k, n, old = resume_step, total_steps, previous_total_steps
    def tail(t):
        return f(t - n + old)
    def mapped(start, offset, span, width):
        # start + offset * span / width on the old curve, interpolated between its steps.
        if width <= 0 or span == 0:
            return f(start)
        product = offset * span
        if abs(product) <= 2 ** 53 - 1:
            whole = math.floor(product / width)
            rest = product - whole * width
            i = start + whole
            if rest == 0:
                return f(i)
            a = f(i)
            return a + (f(i + 1) - a) * (rest / width)
        x = start + float(offset) * float(span) / width
        i = math.floor(x)
        a = f(i)
        return a if x == i else a + (f(i + 1) - a) * (x - i)
    if policy == "keep-fraction":
        return lambda t: tail(t) if t >= n else mapped(0, t, old, n)
    if policy == "continue":
        return lambda t: f(t) if t <= k else tail(t) if t >= n else mapped(k, t - k, old - k, n - k)
    if policy == "cooldown-now":
        def cooldown(s):
            if cooldown_shape == "cosine":
                return 0.5 * (1 + math.cos(math.pi * s))
            if cooldown_shape == "1-sqrt":
                return 1 - math.sqrt(s)
            return 1 - s
        def cooled(t):
            if t <= k:
                return f(t)
            if t >= n:
                return tail(t)
            start, end = f(k), f(old)
            if t >= k + cooldown_steps:
                return end
            return end + (start - end) * cooldown((t - k) / cooldown_steps)
        return cooled
    # rewarm: the first highest step of the old plan is its peak.
    peak, top = 0, f(0)
    for t in range(1, old + 1):
        if f(t) > top:
            peak, top = t, f(t)
    def rewarmed(t):
        if t <= k:
            return f(t)
        if t >= n:
            return tail(t)
        top, end = f(peak), f(old)
        new_top = top * peak_scale
        if t <= k + warmup_steps:
            start = f(k)
            return start + (new_top - start) * ((t - k) / warmup_steps)
        v = mapped(peak, t - k - warmup_steps, old - peak, n - k - warmup_steps)
        return new_top if top == end else end + (v - end) * ((new_top - end) / (top - end))
    return rewarmed
`,
  },
  megatron: {
    needs: [],
    code: `
def megatron(init_lr, max_lr, min_lr, warmup_steps, decay_steps, decay_style, wsd_decay_steps,
             wsd_decay_style):
    """Megatron-Core's OptimizerParamScheduler lr at num_steps n (lrkit 'megatron')."""
    def wsd_coefficient(ratio):
        if wsd_decay_style == "linear":
            return 1 - ratio
        if wsd_decay_style == "cosine":
            return 0.5 * (math.cos(math.pi * ratio) + 1)
        if wsd_decay_style == "exponential":
            return 2 * 0.5 ** ratio - 1
        return 1 - math.sqrt(ratio)
    def at(n):
        if warmup_steps > 0 and n <= warmup_steps:
            return init_lr + (max_lr - init_lr) * n / warmup_steps
        if decay_style == "constant":
            return max_lr
        if n > decay_steps:
            return min_lr
        if decay_style == "inverse-square-root":
            return max(min_lr, max_lr * max(warmup_steps, 1) ** 0.5 / max(n, 1) ** 0.5)
        ratio = (n - warmup_steps) / (decay_steps - warmup_steps)
        if decay_style == "linear":
            coefficient = 1 - ratio
        elif decay_style == "cosine":
            coefficient = 0.5 * (math.cos(math.pi * ratio) + 1)
        else:
            anneal_start = decay_steps - wsd_decay_steps
            coefficient = 1 if n <= anneal_start else wsd_coefficient((n - anneal_start) / wsd_decay_steps)
        return min_lr + coefficient * (max_lr - min_lr)
    return at


def megatron_weight_decay(start_wd, end_wd, incr_steps, incr_style):
    """Megatron-Core's weight decay increment at num_steps n (lrkit 'megatron-weight-decay')."""
    def at(n):
        if n > incr_steps or incr_style == "constant":
            return end_wd
        ratio = n / incr_steps
        coefficient = ratio if incr_style == "linear" else 0.5 * (math.cos(math.pi * (1 - ratio)) + 1)
        return start_wd + coefficient * (end_wd - start_wd)
    return at
`,
  },
  torchtitan: {
    needs: [],
    code: `
def torchtitan(warmup_steps, stable_steps, decay_steps, decay_type, min_lr_factor):
    """torchtitan's linear_warmup_stable_decay at step k (lrkit 'torchtitan')."""
    warmup_stable = warmup_steps + stable_steps
    def at(k):
        if k < warmup_steps:
            return (k + 1) / warmup_steps
        if k < warmup_stable:
            return 1
        if decay_steps == 0:
            raise ValueError(f"torchtitan schedule: step {k} is past its last step {warmup_stable - 1}")
        progress = (k + 1 - warmup_stable) / decay_steps
        if decay_type == "linear":
            adjustment = 1 - progress
        elif decay_type == "sqrt":
            adjustment = 1 - math.sqrt(progress)
        else:
            adjustment = 0.5 * (1 + math.cos(math.pi * progress))
        return min_lr_factor + (1 - min_lr_factor) * adjustment
    return at
`,
  },
  cosine_warmup_restarts: {
    needs: [],
    code: `
def cosine_warmup_restarts(first_cycle_steps, cycle_mult, max_lr, min_lr, warmup_steps, gamma,
                           warmup_first_cycle_only):
    """lrkit's CosineAnnealingWarmupRestarts (katsura-jp's scheduler) at step t, for one group."""
    def at(step):
        if step == 0:
            return min_lr
        cycle = 0
        length = first_cycle_steps
        in_cycle = step
        if cycle_mult == 1:
            cycle = math.floor(step / length)
            in_cycle = step - cycle * length
        else:
            while in_cycle >= length:
                in_cycle -= length
                cycle += 1
                length = math.trunc((length - warmup_steps) * cycle_mult) + warmup_steps
        warm = 0 if warmup_first_cycle_only and cycle > 0 else warmup_steps
        cosine = 1 + math.cos(math.pi * (in_cycle - warm) / (length - warm))
        peak = max_lr if cycle == 0 else max_lr * gamma ** cycle
        if in_cycle < warm:
            return (peak - min_lr) * in_cycle / warm + min_lr
        return min_lr + (peak - min_lr) * cosine / 2
    return at
`,
  },
};

/** The source of the named helpers and of every helper they need, in a stable order. */
export function helperSource(names: Iterable<string>): string {
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name)) return;
    const helper = HELPERS[name];
    if (!helper) throw new Error(`lrkit internal error: no Python helper '${name}'`);
    for (const need of helper.needs) add(need);
    wanted.add(name);
  };
  for (const name of names) add(name);
  return Object.keys(HELPERS)
    .filter((name) => wanted.has(name))
    .map((name) => HELPERS[name]!.code.trim())
    .join('\n\n\n');
}
