import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Runs generated PyTorch code on Debian's real PyTorch (/usr/bin/python3 with python3-torch),
// many cases in one Python process. Nothing is mocked: if torch cannot be installed or imported,
// ensureTorch throws and the tests that need it fail.

const PYTHON = '/usr/bin/python3';
const ENSURE = fileURLToPath(new URL('../../../../scripts/ensure-torch.sh', import.meta.url));

/** Installs python3-torch when `import torch` fails (apt-get); throws when it cannot. */
export function ensureTorch(): string {
  execFileSync('bash', [ENSURE], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 900_000 });
  return execFileSync(PYTHON, ['-c', 'import torch; print(torch.__version__)'], {
    encoding: 'utf8',
  }).trim();
}

/** One program to run: build_scheduler on a torch.optim.SGD with these group lrs. */
export interface TorchCase {
  code: string;
  /** One lr per param group. */
  lrs: readonly number[];
  /** Values recorded: after construction and after each of steps − 1 steps. */
  steps: number;
  /** The metric of each step, for metric-driven schedulers. */
  metrics?: readonly number[];
  /** The name of the function to call. Default build_scheduler. */
  functionName?: string;
}

/** lr[g][i] and momentum[g][i] as PyTorch left them, or the Python error. */
export type TorchResult = { lr: number[][]; momentum: number[][] } | { error: string };

const DRIVER = `
import json, sys, traceback, warnings
import torch
warnings.simplefilter("ignore")

def run(case):
    namespace = {"__name__": "generated"}
    exec(compile(case["code"], "<generated>", "exec"), namespace)
    params = [torch.nn.Parameter(torch.zeros(1)) for _ in case["lrs"]]
    optimizer = torch.optim.SGD(
        [{"params": [p], "lr": lr} for p, lr in zip(params, case["lrs"])], lr=0.1, momentum=0.9)
    scheduler = namespace[case.get("functionName") or "build_scheduler"](optimizer)
    metrics = case.get("metrics")
    lr = [[] for _ in optimizer.param_groups]
    momentum = [[] for _ in optimizer.param_groups]
    def record():
        for g, group in enumerate(optimizer.param_groups):
            lr[g].append(float(group["lr"]))
            momentum[g].append(float(group.get("momentum", float("nan"))))
    record()
    for i in range(1, case["steps"]):
        optimizer.step()
        if metrics is not None:
            scheduler.step(metrics[i - 1])
        else:
            scheduler.step()
        record()
    return {"lr": lr, "momentum": momentum}

def clean(value):
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, float) and value != value:
        return "NaN"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return str(value)
    return value

results = []
for case in json.load(open(sys.argv[1])):
    try:
        results.append(clean(run(case)))
    except Exception:
        results.append({"error": traceback.format_exc()})
json.dump(results, sys.stdout)
`;

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === 'NaN') return Number.NaN;
  if (value === 'inf') return Number.POSITIVE_INFINITY;
  if (value === '-inf') return Number.NEGATIVE_INFINITY;
  return value;
}

/** Runs every case in one Python process; results in the same order. */
export function runTorch(cases: readonly TorchCase[]): TorchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'lrkit-torch-'));
  try {
    const driver = join(dir, 'driver.py');
    const input = join(dir, 'cases.json');
    writeFileSync(driver, DRIVER);
    writeFileSync(input, JSON.stringify(cases));
    const out = execFileSync(PYTHON, [driver, input], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      timeout: 600_000,
    });
    const results = JSON.parse(out) as Record<string, unknown>[];
    return results.map((r) =>
      'error' in r ? (r as { error: string }) : (revive(r) as TorchResult),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The largest relative difference between two equal-shaped curves (0 where both are equal). */
export function maxRelativeError(
  actual: readonly (readonly number[])[],
  expected: readonly (readonly number[])[],
): number {
  let worst = 0;
  expected.forEach((row, g) => {
    row.forEach((want, i) => {
      const got = actual[g]?.[i] ?? Number.NaN;
      if (got === want || (Number.isNaN(got) && Number.isNaN(want))) return;
      const error = Math.abs(got - want) / Math.max(Math.abs(got), Math.abs(want));
      worst = Math.max(worst, Number.isNaN(error) ? Number.POSITIVE_INFINITY : error);
    });
  });
  return worst;
}
