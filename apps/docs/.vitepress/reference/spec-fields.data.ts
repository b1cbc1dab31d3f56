import { fileURLToPath } from 'node:url';
import { type SpecTypeReference, specFieldReference } from './spec-fields';

const coreSrc = fileURLToPath(new URL('../../../../packages/core/src', import.meta.url));

/** Built at site build time from the core's code (see spec-fields.ts). */
export default {
  watch: [`${coreSrc}/**/*.ts`],
  load(): SpecTypeReference[] {
    return specFieldReference(coreSrc);
  },
};

// VitePress replaces imports of `data` with what load() returned.
declare const data: SpecTypeReference[];

export { data };
