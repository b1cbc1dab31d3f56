import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DefaultTheme, defineConfig } from 'vitepress';
import { galleryEntries } from './gallery/catalog';
import { gallerySearchSections } from './gallery/search-sections';
import { FAMILY_TITLES, type Family } from './gallery/types';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Written by scripts/gen-api.mjs (typedoc) before the build. */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = `${root}/api/sidebar.json`;
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[];
}

const guide: DefaultTheme.SidebarItem[] = [
  {
    text: 'Start',
    items: [
      { text: 'Getting started', link: '/guide/getting-started' },
      { text: 'With TensorFlow.js', link: '/guide/tfjs' },
      { text: 'With onnxruntime-node', link: '/guide/onnxruntime' },
      { text: 'Train in the browser', link: '/guide/train-in-the-browser' },
      { text: 'Specs and preview', link: '/guide/specs' },
      { text: 'Finding the learning rate', link: '/guide/lr-finder' },
      { text: 'Which schedule should I use?', link: '/guide/which-schedule' },
    ],
  },
  {
    text: 'Coming from',
    items: [
      { text: 'PyTorch', link: '/guide/from-pytorch' },
      { text: 'HuggingFace, timm, Keras, optax', link: '/guide/from-other-libraries' },
      { text: 'timm, HF, DeepSpeed, Lightning, Keras, Megatron', link: '/guide/coming-from' },
    ],
  },
  {
    text: 'In depth',
    items: [
      { text: 'Writing your own scheduler', link: '/guide/custom-scheduler' },
      { text: 'Resuming from checkpoints', link: '/guide/checkpoints' },
      { text: 'When the plan changes', link: '/guide/when-the-plan-changes' },
      { text: 'The runner: several optimizers', link: '/guide/runner' },
      { text: 'Benchmarks', link: '/guide/benchmarks' },
    ],
  },
];

const gallery: DefaultTheme.SidebarItem[] = [
  {
    text: 'Gallery',
    items: [
      { text: 'All schedules', link: '/gallery/' },
      { text: 'Compare', link: '/gallery/compare' },
      { text: 'Spec playground', link: '/gallery/playground' },
    ],
  },
  ...(Object.keys(FAMILY_TITLES) as Family[])
    .map((family) => ({
      text: FAMILY_TITLES[family],
      collapsed: family !== 'torch',
      items: galleryEntries
        .filter((e) => e.family === family)
        .map((e) => ({ text: e.name, link: `/gallery/${e.slug}` })),
    }))
    .filter((group) => group.items.length > 0),
];

export default defineConfig({
  title: 'lrkit',
  description: "Learning-rate schedules for JavaScript with PyTorch's exact numbers.",
  cleanUrls: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  lastUpdated: false,
  markdown: { math: true },
  srcExclude: ['README.md', 'snippets/**', 'test/**', 'test-results/**'],
  vite: {
    resolve: {
      // onnxruntime-web's wasm-only build (no WebGPU/WebNN code, the smaller wasm file) for every
      // importer, @lrkit/onnx-training/web included: one copy, one `env` to configure.
      alias: [{ find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/wasm' }],
    },
  },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Gallery', link: '/gallery/' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/guide/': guide,
      '/gallery/': gallery,
      '/api/': apiSidebar(),
    },
    search: {
      provider: 'local',
      options: {
        // Gallery pages are generated (no markdown file): index them from the catalog.
        // Returning undefined for other pages makes VitePress split them as usual.
        miniSearch: {
          _splitIntoSections: (file: string) =>
            gallerySearchSections(file) as ReturnType<typeof gallerySearchSections> & object,
        },
      },
    },
    outline: { level: [2, 3] },
  },
});
