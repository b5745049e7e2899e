import { common, createLowlight } from 'lowlight';

// Loaded on demand (dynamic import from use-highlight.ts) so the grammars stay out of the
// main bundle. `common` holds the ~35 languages people paste most.
const lowlight = createLowlight(common);

/** The syntax tree lowlight returns: hast nodes of `span`s with `hljs-*` classes and text. */
export type HighlightTree = ReturnType<typeof lowlight.highlight>;

/** Highlights `code` as `language`; undefined for a language lowlight does not know. */
export function highlightCode(code: string, language: string): HighlightTree | undefined {
  const name = language.toLowerCase();
  if (!lowlight.registered(name)) return undefined;
  return lowlight.highlight(name, code);
}
