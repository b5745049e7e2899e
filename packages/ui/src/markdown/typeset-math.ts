import katex from 'katex';

// MathML only: Chromium, Firefox and Safari lay out MathML Core natively and screen readers read
// it, so the kit ships neither KaTeX's stylesheet nor its fonts.
const OPTIONS = {
  output: 'mathml',
  throwOnError: true, // the caller shows the source and a note instead
  trust: false, // no \href, \url, \includegraphics or HTML extensions from a model's output
  strict: 'ignore',
  maxSize: 20, // em; bounds \rule and \kern sizes
  maxExpand: 200, // macro expansions; bounds recursive \def
} as const;

// Typeset formulas by mode and source (null: does not parse), so a block re-mounted by a
// virtualised list costs no second typesetting.
const cache = new Map<string, string | null>();
const CACHE_SIZE = 500;

/** The MathML markup of a TeX formula, or null when it does not parse. */
export function typesetMath(tex: string, display: boolean): string | null {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let html = cache.get(key);
  if (html === undefined) {
    try {
      html = katex.renderToString(tex, { ...OPTIONS, displayMode: display });
    } catch {
      html = null;
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, html);
  }
  return html;
}
