import { type DecodedReferences, decodeCommonReferences } from './character-references.ts';
import { entityTable } from './entity-table.ts';
import { useLazyModule } from './lazy-module.ts';

/**
 * Text with its character references decoded (only those ending in `;`, as CommonMark reads
 * them). A name only the complete table knows stays as written, `complete` false, until that
 * table has loaded (see `useReferenceTable`).
 */
export function decodeText(text: string): DecodedReferences {
  const common = decodeCommonReferences(text, 'text');
  const table = entityTable.current;
  if (common.complete || !table) return common;
  return { text: table.decodeHTMLStrict(text), complete: true };
}

/**
 * An attribute value (a URL) decoded as the browser would, or undefined while it holds a name
 * only the complete table knows and that table has yet to load.
 */
export function decodeAttribute(value: string): string | undefined {
  const common = decodeCommonReferences(value, 'attribute');
  if (common.complete) return common.text;
  return entityTable.current?.decodeHTMLAttribute(value);
}

/** Loads the complete table of names when `needed`, rendering again once it has arrived. */
export function useReferenceTable(needed: boolean): void {
  useLazyModule(entityTable, needed);
}
