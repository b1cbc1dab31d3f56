// The install lines of a README (its first ```sh block under "## Install"), so that the consumer
// test runs what the README says and the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot } from '../readme-samples';

export const MANAGERS = ['npm', 'pnpm', 'yarn'] as const;
export type Manager = (typeof MANAGERS)[number];

export interface InstallLine {
  /** `packages/core/README.md:24`, for errors. */
  readonly where: string;
  readonly manager: Manager;
  /** The line as written. */
  readonly line: string;
  /** Its leading `NAME=value` assignments. */
  readonly env: Readonly<Record<string, string>>;
  /** Everything after the manager's name: the subcommand, flags and package names. */
  readonly args: readonly string[];
}

const isManager = (word: string): word is Manager => (MANAGERS as readonly string[]).includes(word);

/** Every command line of the README's install block, one per package manager. */
export function readmeInstallLines(markdownFile: string): InstallLine[] {
  const text = readFileSync(markdownFile, 'utf8');
  const heading = text.search(/^## Install\b/m);
  const block = /^```sh[ \t]*\n([\s\S]*?)^```/m.exec(text.slice(Math.max(heading, 0)));
  if (heading < 0 || !block)
    throw new Error(`${markdownFile}: no \`\`\`sh block under "## Install"`);
  const firstLine = text.slice(0, heading + block.index).split('\n').length + 1;
  return block[1]!.split('\n').flatMap((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return [];
    const where = `${relative(repoRoot, markdownFile)}:${firstLine + i}`;
    const words = line.split(/\s+/);
    const env: Record<string, string> = {};
    while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
      const [name, ...value] = (words.shift() as string).split('=');
      env[name as string] = value.join('=');
    }
    const manager = words.shift() ?? '';
    if (!isManager(manager)) throw new Error(`${where}: not an npm, pnpm or yarn line: ${line}`);
    return [{ where, manager, line, env, args: words }];
  });
}

const shellQuote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * The line as a shell command with each package name replaced by what the test installs in its
 * place (a packed tarball, a pinned version). A package the test does not know fails loudly.
 */
export function substitutePackages(
  install: InstallLine,
  packages: Readonly<Record<string, string>>,
): string {
  const args = install.args.map((arg, i) => {
    if (i === 0 || arg.startsWith('-')) return arg; // the subcommand, flags
    const replacement = packages[arg];
    if (replacement === undefined) {
      throw new Error(`${install.where}: the consumer test has no stand-in for package ${arg}`);
    }
    return shellQuote(replacement);
  });
  const env = Object.entries(install.env).map(([k, v]) => `${k}=${shellQuote(v)}`);
  return [...env, install.manager, ...args].join(' ');
}
