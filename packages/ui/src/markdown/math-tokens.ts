import type { MarkedOptions, TokenizerExtensionFunction, TokenizerStartFunction } from 'marked';

/** A TeX formula: within the text (`$…$`, `\(…\)`) or displayed on its own line (`$$…$$`, `\[…\]`). */
export interface MathToken {
  type: 'math';
  raw: string;
  /** The TeX source without its delimiters. */
  text: string;
  /** Written as a displayed formula (`$$…$$`, `\[…\]`) rather than one within the text. */
  display: boolean;
}

/** Formulas longer than this stay text: they bound the scan for a closing delimiter. */
const MAX_FORMULA_LENGTH = 4000;

// `$…$` as in Pandoc, so prices stay text ("costs $5 and $10"): the opening `$` is not followed
// by whitespace, the closing one not preceded by whitespace nor followed by a digit. No `$` and
// no backtick inside: a formula never swallows a code span.
const INLINE_DOLLAR = /^\$(?![\s$])((?:\\[\s\S]|[^\\$`]){1,4000})\$(?!\d)/;
const INLINE_DOUBLE_DOLLAR = /^\$\$((?:\\[\s\S]|[^\\$`]){1,4000})\$\$/;
// `\(…\)` and `\[…\]`: the first closing delimiter not itself escaped (`\\)` is a TeX line
// break followed by a parenthesis).
const INLINE_PAREN = /^\\\(((?:\\[\s\S]|[^\\`]){1,4000}?)\\\)/;
const INLINE_BRACKET = /^\\\[((?:\\[\s\S]|[^\\`]){1,4000}?)\\\]/;

// Display blocks start a line (up to three spaces in, like a fence) and end one.
const BLOCK_DOUBLE_DOLLAR = /^ {0,3}\$\$((?:\\[\s\S]|[^\\$]){1,4000})\$\$[ \t]*(?:\n|$)/;
const BLOCK_BRACKET = /^ {0,3}\\\[((?:\\[\s\S]|[^\\]){1,4000}?)\\\][ \t]*(?:\n|$)/;
const BLOCK_START = /\n {0,3}(?:\$\$|\\\[)/;

// A blank line ends a block in markdown (and the streaming splitter settles blocks there), so a
// display formula cannot span one; nor can it contain a code fence.
const BLANK_OR_FENCE_LINE = /\n[ \t]*\n|(?:^|\n) {0,3}(?:```|~~~)/;

function mathToken(raw: string, text: string, display: boolean): MathToken | undefined {
  if (text.trim() === '') return undefined;
  return { type: 'math', raw, text: text.trim(), display };
}

/** Inline formulas, tried at each `$` and `\(` / `\[` before marked's own inline rules. */
const inlineMath: TokenizerExtensionFunction = (src) => {
  const first = src.charCodeAt(0);
  if (first === 36 /* $ */) {
    if (src.charCodeAt(1) === 36) {
      const double = INLINE_DOUBLE_DOLLAR.exec(src);
      return double ? mathToken(double[0], double[1]!, true) : undefined;
    }
    const single = INLINE_DOLLAR.exec(src);
    if (!single || /\s$/.test(single[1]!)) return undefined;
    return mathToken(single[0], single[1]!, false);
  }
  if (first !== 92 /* \ */) return undefined;
  const second = src[1];
  if (second === '(' && hasCloser(src, '\\)')) {
    const paren = INLINE_PAREN.exec(src);
    return paren ? mathToken(paren[0], paren[1]!, false) : undefined;
  }
  if (second === '[' && hasCloser(src, '\\]')) {
    const bracket = INLINE_BRACKET.exec(src);
    return bracket ? mathToken(bracket[0], bracket[1]!, true) : undefined;
  }
  return undefined;
};

/** A cheap native search first, so a line of unclosed `\(` costs no regex scans. */
function hasCloser(src: string, closer: string): boolean {
  const at = src.indexOf(closer, 2);
  return at !== -1 && at <= MAX_FORMULA_LENGTH + 2;
}

/** Display formulas that fill their lines: `$$…$$` or `\[…\]`, on one line or several. */
const blockMath: TokenizerExtensionFunction = (src) => {
  const match = BLOCK_DOUBLE_DOLLAR.exec(src) ?? BLOCK_BRACKET.exec(src);
  if (!match || BLANK_OR_FENCE_LINE.test(match[1]!)) return undefined;
  return mathToken(match[0], match[1]!, true);
};

const startInline: TokenizerStartFunction = (src) => {
  const index = src.search(/\$|\\[([]/);
  return index === -1 ? undefined : index;
};

// Lets a display formula interrupt a paragraph ("The area is:\n$$\nπr^2\n$$"): marked ends the
// paragraph's text before it. When no formula follows after all, marked joins the paragraph back.
const startBlock: TokenizerStartFunction = (src) => {
  const match = BLOCK_START.exec(src);
  return match ? match.index + 1 : undefined;
};

/** The math syntax as marked lexer options (used by `lexMarkdown`). */
export const MATH_EXTENSIONS: NonNullable<MarkedOptions['extensions']> = {
  renderers: {},
  childTokens: {},
  block: [blockMath],
  inline: [inlineMath],
  startBlock: [startBlock],
  startInline: [startInline],
};
