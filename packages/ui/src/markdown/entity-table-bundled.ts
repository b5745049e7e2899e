import { decodeHTMLAttribute, decodeHTMLStrict } from 'entities';
import type { EntityDecoders } from './entity-table.ts';
import type { LazyModule } from './lazy-module.ts';

const decoders: EntityDecoders = { decodeHTMLStrict, decodeHTMLAttribute };

// Stands in for entity-table.ts where nothing can load later (the page widget's one script, see
// packages/widget/vite.config.ts): the complete table is bundled and there from the first render.
/** The complete decoders, already loaded. */
export const entityTable: LazyModule<EntityDecoders> = {
  current: decoders,
  load: () => Promise.resolve(decoders),
  subscribe: () => () => undefined, // never arrives later
};
