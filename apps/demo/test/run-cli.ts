import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const demoDir = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the demo's CLI as a user would (node + tsx), without a terminal, from `cwd`. */
export function runCli(args: readonly string[], cwd = demoDir): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: demoDir,
      env: { ...process.env, INIT_CWD: cwd, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The rows of the printed results table, as { runtime, schedule, trainLoss, valLoss, valAccuracy }. */
export function parseTable(stdout: string) {
  const lines = stdout.split('\n');
  const header = lines.findIndex((l) => /^runtime\s+schedule\s+train loss/.test(l));
  if (header < 0) throw new Error(`no results table in:\n${stdout}`);
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (line.trim() === '') break;
    const cells = line.trim().split(/\s{2,}/);
    rows.push({
      runtime: cells[0] as string,
      schedule: cells[1] as string,
      trainLoss: Number(cells[2]),
      valLoss: Number(cells[4]),
      valAccuracy: Number.parseFloat(cells[5] as string) / 100,
    });
  }
  return rows;
}
