import { Lexer, type Links, type Token } from 'marked';
import { MATH_EXTENSIONS } from './math-tokens.ts';

/**
 * Inline runs longer than this render as plain text: marked's inline rules can take tens of
 * milliseconds on a single pathological 200,000-character line, and such lines are rarely prose
 * anyone reads as formatted text.
 */
export const PLAIN_TEXT_THRESHOLD = 20_000;

/** A run of text too long to parse inline; rendered as plain text in chunks. */
export interface PlainTextToken {
  type: 'plain-text';
  raw: string;
  text: string;
}

/** Result of lexing one region: block tokens (inline children filled in) and reference definitions. */
export interface LexResult {
  tokens: Token[];
  links: Links;
}

/**
 * Lexes markdown into GFM block tokens (plus TeX math, see `math-tokens.ts`) with their inline
 * children, bounding the work: inline parsing is skipped for runs over `PLAIN_TEXT_THRESHOLD`,
 * and input that exhausts the lexer (deeply nested quotes or lists overflow its recursion)
 * degrades to one plain-text block.
 * `links` carries reference definitions seen earlier in the document.
 */
export function lexMarkdown(src: string, links: Links = {}): LexResult {
  const lexer = new Lexer({ gfm: true, extensions: MATH_EXTENSIONS });
  Object.assign(lexer.tokens.links, links);
  // Marked recurses once per nesting level and would spend seconds before overflowing its
  // stack on a line like `> > > …`; such input is rendered as text without trying.
  if (DEEP_NESTING.test(src)) return { tokens: [plainText(src)], links: lexer.tokens.links };
  try {
    const tokens = lexer.blockTokens(src.replace(/\r\n?/g, '\n'), []);
    for (const { src: inline, tokens: into } of lexer.inlineQueue) {
      if (inline.length > PLAIN_TEXT_THRESHOLD) {
        into.push({ type: 'plain-text', raw: inline, text: inline } satisfies PlainTextToken);
      } else {
        lexer.inlineTokens(inline, into);
      }
    }
    lexer.inlineQueue = [];
    return { tokens, links: lexer.tokens.links };
  } catch {
    return { tokens: [plainText(src)], links: lexer.tokens.links };
  }
}

/** A line opening more than 16 nested quotes or list items. */
const DEEP_NESTING = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])[ \t]*){16}/m;

function plainText(src: string): PlainTextToken {
  return { type: 'plain-text', raw: src, text: src };
}
