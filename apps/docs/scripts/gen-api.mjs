// Generates the API reference (markdown for VitePress) from the TSDoc of every public export of
// each published package, with typedoc + typedoc-plugin-markdown. Runs offline, before the build.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = resolve(docsRoot, '../../packages');
const outRoot = join(docsRoot, 'api');
const PACKAGES = ['core', 'tfjs', 'onnx-training'];

/** A package is documented once its index exports something. */
function hasExports(dir) {
  const index = join(packagesDir, dir, 'src/index.ts');
  return existsSync(index) && /\bexport\b(?!\s*\{\s*\};?\s*$)/m.test(readFileSync(index, 'utf8'));
}

async function generate(dir) {
  const manifest = JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8'));
  const app = await Application.bootstrapWithPlugins({
    // Every entry of the exports map: the main one and, where present, the Node-only one.
    entryPoints: ['src/index.ts', 'src/node.ts']
      .map((file) => join(packagesDir, dir, file))
      .filter((file) => existsSync(file)),
    tsconfig: join(packagesDir, dir, 'tsconfig.json'),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out: join(outRoot, dir),
    docsRoot,
    name: manifest.name,
    readme: 'none',
    excludePrivate: true,
    excludeProtected: false,
    excludeInternal: true,
    skipErrorChecking: true,
    githubPages: false,
    disableSources: true,
    hidePageHeader: true,
    entryFileName: 'index',
    sidebar: { autoConfiguration: true, format: 'vitepress', pretty: true, collapsed: true },
    logLevel: 'Warn',
    // Public members before protected internals (applyLrs, computeLr) on every class page.
    sort: ['kind', 'visibility', 'instance-first', 'alphabetical-ignoring-documents'],
  });
  const project = await app.convert();
  if (!project) throw new Error(`typedoc could not convert ${manifest.name}`);
  await app.generateOutputs(project);
  // A module folder named `index` gives the URL /api/<dir>/index/, which VitePress also reads as
  // /api/<dir>/: the page breaks on reload (hydration mismatch). Name the main module `main`.
  const moduleDir = join(outRoot, dir, 'index');
  if (existsSync(moduleDir)) renameSync(moduleDir, join(outRoot, dir, 'main'));
  const sidebarFile = join(outRoot, dir, 'typedoc-sidebar.json');
  writeFileSync(
    sidebarFile,
    readFileSync(sidebarFile, 'utf8').replaceAll(`/api/${dir}/index/`, `/api/${dir}/main/`),
  );
  const sidebar = JSON.parse(readFileSync(sidebarFile, 'utf8'));
  // With several entry points typedoc names the modules after their files: use import paths.
  const importPath = (module) =>
    module === 'index' ? manifest.name : `${manifest.name}/${module}`;
  for (const item of sidebar) {
    if (item.text === 'index' || item.text === 'node') item.text = importPath(item.text);
  }
  const indexPage = join(outRoot, dir, 'index.md');
  writeFileSync(
    indexPage,
    readFileSync(indexPage, 'utf8')
      .replace(/^- \[(index|node)\]/gm, (_match, module) => `- [${importPath(module)}]`)
      .replaceAll('](index/', '](main/'),
  );
  fixAnchors(join(outRoot, dir));
  return { name: manifest.name, description: manifest.description, dir, sidebar };
}

/**
 * typedoc's anchors keep underscores (`#prepare_load` for `[PREPARE_LOAD]`); VitePress's heading
 * ids turn them into dashes. Rewrite the links so they land on the heading.
 */
function fixAnchors(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) fixAnchors(path);
    else if (name.endsWith('.md')) {
      const text = readFileSync(path, 'utf8');
      const fixed = text.replace(
        /\.md#([\w-]+)\)/g,
        (_match, anchor) => `.md#${anchor.replace(/_+/g, '-').replace(/^-+|-+$/g, '')})`,
      );
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}

rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outRoot, { recursive: true });
const documented = [];
for (const dir of PACKAGES.filter(hasExports)) documented.push(await generate(dir));

writeFileSync(
  join(outRoot, 'sidebar.json'),
  JSON.stringify(
    documented.map((p) => ({
      text: p.name,
      link: `/api/${p.dir}/`,
      collapsed: p.dir !== 'core',
      items: p.sidebar,
    })),
    null,
    2,
  ),
);
writeFileSync(
  join(outRoot, 'index.md'),
  [
    '# API reference',
    '',
    'Generated from the TSDoc comments of every public export.',
    '',
    ...documented.map((p) => `- [${p.name}](./${p.dir}/): ${p.description ?? ''}`),
    '',
  ].join('\n'),
);
console.log(`API reference: ${documented.map((p) => p.name).join(', ')}`);
