import * as React from 'react';

/**
 * Grows a textarea with its content up to `maxHeight` pixels, after which it scrolls. Runs in a
 * layout effect so the height is right before paint.
 */
export function useAutoGrow(
  ref: React.RefObject<HTMLTextAreaElement | null>,
  value: string,
  maxHeight = 240,
): void {
  React.useLayoutEffect(() => {
    const textarea = ref.current;
    if (!textarea) return;
    // Reset first so the textarea can shrink when lines are deleted. `value` is the trigger.
    void value;
    textarea.style.height = 'auto';
    const height = Math.min(textarea.scrollHeight, maxHeight);
    textarea.style.height = `${height}px`;
    textarea.style.overflowY = textarea.scrollHeight > maxHeight ? 'auto' : 'hidden';
  }, [ref, value, maxHeight]);
}
