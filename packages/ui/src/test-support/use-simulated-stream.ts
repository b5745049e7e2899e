import * as React from 'react';

/**
 * Reveals `text` a few characters per animation frame, as a streaming reply would arrive,
 * and reports when it is done. Used by stories to show rendering during streaming.
 */
export function useSimulatedStream(text: string, charsPerFrame = 24): { text: string; done: boolean } {
  const [length, setLength] = React.useState(0);
  React.useEffect(() => {
    setLength(0);
    let frame = 0;
    let shown = 0;
    const tick = () => {
      shown = Math.min(text.length, shown + charsPerFrame);
      setLength(shown);
      if (shown < text.length) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [text, charsPerFrame]);
  return { text: text.slice(0, length), done: length >= text.length };
}
