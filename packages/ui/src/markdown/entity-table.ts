import { lazyModule } from './lazy-module.ts';

/** The decoders of the `entities` library the kit uses, each with its complete table of names. */
export interface EntityDecoders {
  decodeHTMLStrict(text: string): string;
  decodeHTMLAttribute(text: string): string;
}

// Every named character reference HTML knows (over 2,000 names, 13.6 kB gzipped), loaded the first
// time a text holds a name outside the common ones (see character-references.ts). The page widget,
// one script that loads nothing later, puts entity-table-bundled.ts in place of this module.
/** The complete decoders, loaded on first need. */
export const entityTable = lazyModule<EntityDecoders>(() =>
  import('entities').then(({ decodeHTMLStrict, decodeHTMLAttribute }) => ({
    decodeHTMLStrict,
    decodeHTMLAttribute,
  })),
);
