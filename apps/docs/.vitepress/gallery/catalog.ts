import { closedFormEntries } from './closed-form-entries';
import { interopEntries } from './interop-entries';
import { libraryEntries } from './library-entries';
import { planChangeEntries } from './plan-change-entries';
import { torchEntries } from './torch-entries';
import type { GalleryEntry, OptionValues } from './types';
import { weightDecayEntries } from './weight-decay-entries';

/** Every schedule of the gallery, in the order of the sidebar. */
export const galleryEntries: readonly GalleryEntry[] = [
  ...torchEntries,
  ...libraryEntries,
  ...closedFormEntries,
  ...planChangeEntries,
  ...weightDecayEntries,
  ...interopEntries,
];

export function entryBySlug(slug: string): GalleryEntry {
  const entry = galleryEntries.find((e) => e.slug === slug);
  if (!entry) throw new Error(`No gallery entry '${slug}'`);
  return entry;
}

export function defaultValues(entry: GalleryEntry): OptionValues {
  return Object.fromEntries(entry.options.map((o) => [o.key, o.default]));
}
