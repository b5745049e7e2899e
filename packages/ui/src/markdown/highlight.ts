import { common, createLowlight } from 'lowlight';

// Loaded on demand (dynamic import from use-highlight.ts) so the grammars stay out of the
// main bundle. `common` holds the ~35 languages people paste most.
const lowlight = createLowlight(common);

/** A node of the highlighted tree: the subset of hast lowlight emits. */
export type HighlightNode =
  | { type: 'text'; value: string }
  | { type: 'comment' | 'doctype' }
  | {
      type: 'element';
      tagName: string;
      properties?: Readonly<Record<string, unknown>>;
      children: HighlightNode[];
    };

/**
 * The syntax tree lowlight returns: `span`s with `hljs-*` classes and text. Declared here rather
 * than taken from `hast`, so the kit's published types need neither `hast` nor `highlight.js`.
 */
export interface HighlightTree {
  type: 'root';
  children: HighlightNode[];
}

/** Highlights `code` as `language`; undefined for a language lowlight does not know. */
export function highlightCode(code: string, language: string): HighlightTree | undefined {
  const name = language.toLowerCase();
  if (!lowlight.registered(name)) return undefined;
  return lowlight.highlight(name, code);
}
