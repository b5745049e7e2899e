/**
 * Completes half-written markdown at the end of a streaming text so that it renders the way it
 * will once finished, instead of flashing raw syntax: unclosed emphasis, strikethrough and code
 * spans are closed, a link still waiting for its URL shows as its text, a half-written image
 * is left out. Only the end of the text is touched; an open code fence is left to the lexer,
 * which renders it as a code block in progress.
 *
 * Why not the `remend` package (Streamdown's): with marked as our lexer it leaves a trailing
 * `**` or backtick on screen, closes `**bold \n` as `**bold \n**` (which marked prints with
 * its asterisks), and points a half-written image at a `streamdown:` placeholder URL that only
 * Streamdown's renderer knows to hide.
 */
export function remend(text: string): string {
  if (text === '' || isInsideOpenFence(text)) return text;
  const start = lastInlineContextStart(text);
  const head = text.slice(0, start);
  let tail = text.slice(start);
  tail = completeCodeSpan(tail);
  tail = completeLinkOrImage(tail);
  tail = completeEmphasis(tail);
  return head + tail;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Whether the text ends inside a fenced code block (an odd number of matching fences). */
export function isInsideOpenFence(text: string): boolean {
  let open: string | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // Fences are short lines; skip the regex on long ones so scanning stays linear and cheap.
    if (lineEnd - lineStart < 512) {
      const match = FENCE.exec(text.slice(lineStart, lineEnd));
      if (match) {
        const marker = match[1] ?? '';
        const rest = match[2] ?? '';
        if (open === undefined) {
          // A backtick fence's info string may not contain backticks.
          if (!(marker[0] === '`' && rest.includes('`'))) open = marker;
        } else if (marker[0] === open[0] && marker.length >= open.length && rest.trim() === '') {
          open = undefined;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return open !== undefined;
}

const BLOCK_MARKER_LINE = /^ {0,3}(?:[-*+] |\d{1,9}[.)] |#{1,6} |> ?|\|)/;

/** Where the inline run the text ends in starts: the last paragraph, or the last line of a list item, heading, quote or table row. */
function lastInlineContextStart(text: string): number {
  const paragraphStart = text.lastIndexOf('\n\n') + 1;
  const lineStart = text.lastIndexOf('\n') + 1;
  if (lineStart > paragraphStart && BLOCK_MARKER_LINE.test(text.slice(lineStart, lineStart + 16))) {
    return lineStart;
  }
  return paragraphStart === 0 ? 0 : paragraphStart + 1;
}

/** Runs of backticks; an odd run left open at the end is closed with a run of the same length. */
function completeCodeSpan(tail: string): string {
  const runs = tail.match(/`+/g);
  if (!runs) return tail;
  let open: string | undefined;
  for (const run of runs) {
    if (open === undefined) open = run;
    else if (run.length === open.length) open = undefined;
  }
  if (open === undefined) return tail;
  if (tail.endsWith(open)) return tail.slice(0, -open.length); // nothing inside yet
  return tail + open;
}

// A finished formula on one line (`$a*b$`, `\(x_1\)`), by the rule math-tokens.ts reads
// `$…$` with: its `*` and `_` are TeX, not emphasis to close.
const FORMULA = /\$(?![\s$])[^$\n`]*[^\s$`\\]\$(?!\d)|\$[^\s$`\\]\$(?!\d)|\\\((?:\\[^)]|[^\\\n`])*\\\)/g;

/**
 * Replaces code spans, then formulas, with same-length filler so markers inside them are not
 * counted.
 */
function maskCode(tail: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return tail.replace(/(`+)([\s\S]*?)\1/g, blank).replace(FORMULA, blank);
}

function completeLinkOrImage(tail: string): string {
  const masked = maskCode(tail);
  // `[text](partial-url` or `![alt](partial`: the destination is still arriving.
  const withUrl = /(!?)\[([^[\]\n]*)\]\([^()\s]*$/.exec(masked);
  if (withUrl) return replaceWithLabel(tail, withUrl);
  // `[text` still being written: show the text without the bracket until it resolves.
  const open = /(!?)\[([^[\]\n]*)$/.exec(masked);
  if (open) return replaceWithLabel(tail, open);
  return tail;
}

/** Keeps a link's label (read from the unmasked text) and drops a pending image entirely. */
function replaceWithLabel(tail: string, match: RegExpExecArray): string {
  const bang = match[1] ?? '';
  const labelStart = match.index + bang.length + 1;
  const label = bang === '!' ? '' : tail.slice(labelStart, labelStart + (match[2] ?? '').length);
  return tail.slice(0, match.index) + label;
}

type Marker = '***' | '**' | '__' | '~~' | '*' | '_';

function completeEmphasis(tail: string): string {
  const masked = maskCode(tail)
    // List bullets and thematic breaks are not emphasis.
    .replace(/^( {0,3})([*_-])(?= )/gm, '$1 ')
    .replace(/\\[*_~]/g, '  ');
  const open = new Map<Marker, number>();
  const toggle = (marker: Marker, index: number) => {
    if (open.has(marker)) open.delete(marker);
    else open.set(marker, index);
  };
  const runs = /(\*+|_+|~~+)/g;
  for (let match = runs.exec(masked); match !== null; match = runs.exec(masked)) {
    const run = match[0];
    const index = match.index;
    const before = masked[index - 1] ?? ' ';
    const after = masked[index + run.length] ?? ' ';
    const char = run[0];
    if (char === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) continue; // snake_case
    if (/\s/.test(before) && /\s/.test(after) && index + run.length < masked.length) continue; // a lone `*` between spaces
    if (char === '~') {
      toggle('~~', index);
      continue;
    }
    let length = run.length;
    if (length >= 2) {
      toggle(char === '*' ? '**' : '__', index);
      length -= 2;
    }
    if (length % 2 === 1) toggle(char === '*' ? '*' : '_', index + run.length - 1);
  }
  if (open.size === 0) return tail;
  const trimmed = tail.replace(/\s+$/, '');
  // A marker with nothing after it yet is dropped rather than closed around nothing.
  const pending = [...open.entries()].sort((a, b) => b[1] - a[1]);
  let result = trimmed;
  let closers = '';
  for (const [marker, index] of pending) {
    if (result.length === index + marker.length) {
      result = result.slice(0, index).replace(/\s+$/, '');
      continue;
    }
    closers += marker;
  }
  return result + closers;
}
