import type { Links, Token } from 'marked';
import { lexMarkdown, PLAIN_TEXT_THRESHOLD, type PlainTextToken } from './lex.ts';
import { isInsideOpenFence, remend } from './remend.ts';

/** One top-level block of a markdown document. */
export interface MarkdownBlock {
  /** Position of the block in the document; stable while the text grows. */
  index: number;
  /** The block's markdown source (for a streaming tail: after completion by `remend`). */
  source: string;
  /** The block's token, inline children included. */
  token: Token;
  /** True once later text can no longer change the block. Settled blocks keep their identity. */
  settled: boolean;
}

/** What `BlockSplitter.update` returns: settled blocks first, then the tail still being written. */
export interface SplitResult {
  blocks: MarkdownBlock[];
  /** Number of characters lexed by this update (the tail), for tests and diagnostics. */
  lexedLength: number;
}

/**
 * Splits a growing markdown text into top-level blocks, lexing only the part after the
 * settled prefix. Blocks are settled once a blank line and another block follow them (see
 * `countSettled`). Settled blocks are never lexed again and keep their object identity, so a
 * memoised renderer skips them. Reference definitions from settled blocks carry over; a link
 * that refers to a definition written later stays unresolved, unlike a one-shot parse. If the
 * new text does not extend the old one (checked with a native prefix comparison, no parsing),
 * the splitter starts over.
 */
export class BlockSplitter {
  #settled: MarkdownBlock[] = [];
  #settledEnd = 0;
  #prefix = '';
  #links: Links = {};

  /** Splits `text`; while `streaming`, the tail is completed with `remend` before lexing. */
  update(input: string, streaming: boolean): SplitResult {
    // Offsets below are in normalised text; CRLF / CR become LF first (prefix-stable: a lone
    // trailing CR becomes LF, and so does the CRLF it turns into).
    const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
    if (text.length < this.#settledEnd || !text.startsWith(this.#prefix)) this.#reset();
    // A copy, not a slice: the tokens of settled blocks keep substrings of what was lexed, and a
    // slice would keep the whole text of that moment alive with them (one prefix per settle).
    const region = detached(text.slice(this.#settledEnd));
    const { tokens, links, lexedLength } = this.#lexRegion(region, streaming);
    const settleCount = countSettled(tokens);
    let offset = 0;
    let index = this.#settled.length;
    for (let i = 0; i < settleCount; i++) {
      const token = tokens[i]!;
      offset += token.raw.length;
      if (token.type === 'space' || token.type === 'def') continue;
      this.#settled.push({ index: index++, source: token.raw, token, settled: true });
    }
    if (settleCount > 0) {
      this.#settledEnd += offset;
      this.#prefix = text.slice(0, this.#settledEnd);
      this.#links = links;
    }
    const blocks = this.#settled.slice();
    for (let i = settleCount; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'space' || token.type === 'def') continue;
      blocks.push({ index: index++, source: token.raw, token, settled: false });
    }
    return { blocks, lexedLength };
  }

  /**
   * Lexes the unsettled region. A last line longer than `PLAIN_TEXT_THRESHOLD` (outside a code
   * fence) would render as plain text anyway; it becomes a plain-text block without being
   * lexed, so a single huge line costs a string slice per update, not a parse.
   */
  #lexRegion(region: string, streaming: boolean): { tokens: Token[]; links: Links; lexedLength: number } {
    const lastLineStart = region.lastIndexOf('\n') + 1;
    const head = region.slice(0, lastLineStart);
    if (region.length - lastLineStart > PLAIN_TEXT_THRESHOLD && !isInsideOpenFence(head)) {
      const line = region.slice(lastLineStart);
      const source = streaming ? remend(head) : head;
      const { tokens, links } = lexMarkdown(source, this.#links);
      tokens.push({ type: 'plain-text', raw: line, text: line } satisfies PlainTextToken);
      return { tokens, links, lexedLength: source.length };
    }
    const source = streaming ? remend(region) : region;
    const { tokens, links } = lexMarkdown(source, this.#links);
    return { tokens, links, lexedLength: source.length };
  }

  #reset(): void {
    this.#settled = [];
    this.#settledEnd = 0;
    this.#prefix = '';
    this.#links = {};
  }
}

/**
 * `text` as a string of its own. Engines share memory between a string and its slices (V8's
 * sliced strings); concatenating and slicing again makes a new flat string the size of `text`.
 */
function detached(text: string): string {
  return `${text} `.slice(0, -1);
}

/**
 * How many leading tokens can no longer change as text is appended: those before the last
 * blank line that has a block after it (for a list: a finished block that is not a list).
 * Without a blank line in between, marked's reading of a block can still depend on what
 * follows (lazy continuation, setext underlines, list interruption), so touching blocks stay
 * in the tail together. `remend` only edits text after the last blank line, so settled tokens
 * are never ones it changed.
 */
function countSettled(tokens: Token[]): number {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.type === 'space') last--;
  for (let i = last - 1; i > 0; i--) {
    if (tokens[i]!.type !== 'space') continue;
    // A list goes on after a blank line if the next block turns out to be another item; that
    // is only known once the next block's first line is complete and it is not a list.
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    if (before.type === 'list' && (after.type === 'list' || !after.raw.includes('\n'))) continue;
    return i + 1;
  }
  return 0;
}
