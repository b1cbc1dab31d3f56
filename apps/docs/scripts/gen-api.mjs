// Generates the API reference (markdown for VitePress) from the TSDoc of every public export of
// each published package, with typedoc + typedoc-plugin-markdown. Runs offline, before the build.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  });
  const project = await app.convert();
  if (!project) throw new Error(`typedoc could not convert ${manifest.name}`);
  await app.generateOutputs(project);
  const sidebar = JSON.parse(readFileSync(join(outRoot, dir, 'typedoc-sidebar.json'), 'utf8'));
  // With several entry points typedoc names the modules after their files: use import paths.
  const importPath = (module) =>
    module === 'index' ? manifest.name : `${manifest.name}/${module}`;
  for (const item of sidebar) {
    if (item.text === 'index' || item.text === 'node') item.text = importPath(item.text);
  }
  const indexPage = join(outRoot, dir, 'index.md');
  writeFileSync(
    indexPage,
    readFileSync(indexPage, 'utf8').replace(
      /^- \[(index|node)\]/gm,
      (_match, module) => `- [${importPath(module)}]`,
    ),
  );
  return { name: manifest.name, description: manifest.description, dir, sidebar };
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
