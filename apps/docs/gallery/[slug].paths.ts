import { defaultValues, galleryEntries } from '../.vitepress/gallery/catalog';
import { num } from '../.vitepress/gallery/format';
import type { GalleryEntry, OptionValue } from '../.vitepress/gallery/types';

function shown(value: OptionValue): string {
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return typeof value === 'number' ? num(value) : String(value);
}

/** The page body: summary, formula (typeset at build time), options, chart. */
function content(entry: GalleryEntry): string {
  const values = defaultValues(entry);
  const rows = entry.options.map(
    (o) =>
      `| \`${o.key}\` | \`${shown(values[o.key] as OptionValue)}\` | ${o.help.replaceAll('|', '\\|')} |`,
  );
  return [
    `# ${entry.name}`,
    '',
    entry.summary,
    '',
    ...(entry.paper ? [`From the paper: [${entry.paper.title}](${entry.paper.url})`, ''] : []),
    `$$${entry.formula}$$`,
    '',
    '## Try it',
    '',
    `<ScheduleChart slug="${entry.slug}" />`,
    '',
    '## Options on this page',
    '',
    '| option | default here | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'Every option with its type and default is in the [API reference](/api/).',
    '',
  ].join('\n');
}

export default {
  paths() {
    return galleryEntries.map((entry) => ({
      params: { slug: entry.slug, title: entry.name },
      content: content(entry),
    }));
  },
};
