import { decodeAttribute } from './decode-references.ts';

// Why not @braintree/sanitize-url: it blocks a list of schemes (javascript, data, vbscript)
// instead of allowing a few, so file:, ftp: and blob: links pass; it misreads
// `&#x6A;avascript:` as `avascript:` and passes `&amp;#106;avascript:` through undecoded; and
// it answers `about:blank` where the renderer needs "no link at all".

/** Protocols a rendered link may navigate to; anything else renders as plain text. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:"),
// so the check must see the URL with those removed, the way the browser would.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
const SCHEME_REFERENCE = /&(colon|tab|newline);?/gi;
const SCHEME_CHARACTER: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };
function sanitize(
  raw: string,
  allowed: Set<string>,
  allowRelative: boolean,
  onUnresolved: (() => void) | undefined,
): string | undefined {
  let decoded = raw;
  // Entities can nest (`&amp;#106;`); decode until stable, a few rounds at most.
  for (let round = 0; round < 3; round++) {
    // Decode as a browser decodes an attribute value, and read the references that disguise a
    // scheme (`&colon`, `&tab`, `&newline`) in any case and without their semicolon as well.
    const next = decodeAttribute(
      decoded.replace(SCHEME_REFERENCE, (_, name: string) => SCHEME_CHARACTER[name.toLowerCase()] ?? ''),
    );
    if (next === undefined) {
      // A name only the complete table decodes could spell a scheme: refused until it has loaded.
      onUnresolved?.();
      return undefined;
    }
    if (next === decoded) break;
    decoded = next;
  }
  const trimmed = decoded.trim();
  if (trimmed === '') return undefined;
  const compact = trimmed.replace(IGNORED_IN_SCHEME, '');
  const scheme = SCHEME.exec(compact)?.[0].toLowerCase();
  if (scheme !== undefined) {
    if (!allowed.has(scheme)) return undefined;
    // Re-check with the URL parser, which applies the browser's own normalisation.
    try {
      if (!allowed.has(new URL(compact).protocol)) return undefined;
    } catch {
      return undefined;
    }
    return compact === trimmed ? trimmed : compact;
  }
  if (!allowRelative) return undefined;
  // A relative URL: it stays on the page's own origin and protocol. A colon before the first
  // slash would make it a scheme in some parsers, so such values are refused.
  const firstSlash = compact.search(/[/?#]/);
  const head = firstSlash === -1 ? compact : compact.slice(0, firstSlash);
  if (head.includes(':')) return undefined;
  return trimmed;
}

/**
 * A link destination safe to render (http, https, mailto or relative), or undefined. Undefined
 * too while the URL holds a named reference only the complete table decodes and that table has
 * yet to load; `onUnresolved` is called then (see `useReferenceTable`).
 */
export function sanitizeLinkUrl(raw: string, onUnresolved?: () => void): string | undefined {
  return sanitize(raw, LINK_PROTOCOLS, true, onUnresolved);
}

/** An image source safe to load (absolute http or https only), or undefined; as `sanitizeLinkUrl`. */
export function sanitizeImageUrl(raw: string, onUnresolved?: () => void): string | undefined {
  return sanitize(raw, IMAGE_PROTOCOLS, false, onUnresolved);
}

/** Whether a sanitised URL leaves the page (absolute http/https), so it opens in a new tab. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}
