import * as React from 'react';

/**
 * Grows a textarea with its content up to `maxHeight` pixels, after which it scrolls.
 *
 * Where the browser sizes a textarea to its content itself (`field-sizing: content`, Chromium
 * 123+, Safari 26.2+), CSS does it and nothing is measured. Elsewhere it is measured in a layout
 * effect, so the height is right before paint; that measurement lays out the page on every
 * keystroke, which while a long reply streams in means laying out what the reply just added.
 */
export function useAutoGrow(
  ref: React.RefObject<HTMLTextAreaElement | null>,
  value: string,
  maxHeight = 240,
): void {
  React.useLayoutEffect(() => {
    const textarea = ref.current;
    if (!textarea) return;
    if (sizesToContent()) {
      textarea.style.fieldSizing = 'content';
      textarea.style.maxHeight = `${maxHeight}px`;
      return;
    }
    // Reset first so the textarea can shrink when lines are deleted. `value` is the trigger.
    void value;
    textarea.style.height = 'auto';
    const height = Math.min(textarea.scrollHeight, maxHeight);
    textarea.style.height = `${height}px`;
    textarea.style.overflowY = textarea.scrollHeight > maxHeight ? 'auto' : 'hidden';
  }, [ref, value, maxHeight]);
}

let fieldSizing: boolean | undefined;

/** Whether the browser supports `field-sizing: content` (asked once). */
function sizesToContent(): boolean {
  fieldSizing ??= typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
  return fieldSizing;
}
