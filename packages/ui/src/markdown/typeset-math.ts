import katex from 'katex';

// Loaded on demand (dynamic import from use-typeset.ts), the first time a finished block holds a
// formula. MathML only: Chromium, Firefox and Safari lay out MathML Core natively and screen
// readers read it, so the kit ships neither KaTeX's stylesheet nor its fonts.
const OPTIONS = {
  output: 'mathml',
  throwOnError: true, // the caller shows the source and a note instead
  trust: false, // no \href, \url, \includegraphics or HTML extensions from a model's output
  strict: 'ignore',
  maxSize: 20, // em; bounds \rule and \kern sizes
  maxExpand: 200, // macro expansions; bounds recursive \def
} as const;

/** The MathML markup of a TeX formula; throws KaTeX's `ParseError` on a malformed one. */
export function typesetMath(tex: string, display: boolean): string {
  return katex.renderToString(tex, { ...OPTIONS, displayMode: display });
}
