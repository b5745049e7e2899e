import * as React from 'react';

/**
 * How far `useCatchUpText` is behind: `text` is what to render now, `behind` says more follows
 * in later renders (the rendered part is then a prefix still being written).
 */
export interface CatchUpText {
  text: string;
  behind: boolean;
}

/**
 * Bounds how much new text one render takes on: each render shows at most `budget` characters
 * more than the last committed one (the first render: the first `budget`) and schedules another
 * render for the rest, so a burst of tens of thousands of characters (a fast stream, a reply
 * that arrived whole while the page was busy, a long message mounting) is parsed, rendered and
 * laid out over several short tasks instead of one long one. Text growing by less than `budget`
 * per render (a paced stream) shows at once.
 */
export function useCatchUpText(text: string, budget: number): CatchUpText {
  const committed = React.useRef(0);
  const [, setStep] = React.useState(0);
  const from = committed.current;
  const end = text.length - from > budget ? cutPoint(text, from, from + budget) : text.length;
  React.useLayoutEffect(() => {
    committed.current = end;
  });
  React.useEffect(() => {
    if (end >= text.length) return;
    // A task of its own: the browser can paint and handle input before the next step.
    const timer = setTimeout(() => setStep((step) => step + 1), 0);
    return () => clearTimeout(timer);
  }, [end, text]);
  return end >= text.length ? { text, behind: false } : { text: text.slice(0, end), behind: true };
}

/**
 * Where to cut `text` between `from` and `limit`: after the last blank line in that range, so
 * whole blocks come in; else after the last line break; else at `limit`, never inside a
 * surrogate pair.
 */
export function cutPoint(text: string, from: number, limit: number): number {
  const blank = text.lastIndexOf('\n\n', limit - 2);
  if (blank >= from) return blank + 2;
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= from) return line + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
