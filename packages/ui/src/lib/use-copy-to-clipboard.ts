import * as React from 'react';

/** What `useCopyToClipboard` reports: whether the last copy just succeeded, and the copy function. */
export interface CopyToClipboardState {
  copied: boolean;
  copy(text: string): Promise<boolean>;
}

/**
 * Copies text with the async Clipboard API and reports success for `resetAfterMs` (for a
 * "Copied" label). Resolves false instead of throwing where the clipboard is unavailable.
 */
export function useCopyToClipboard(resetAfterMs = 2000): CopyToClipboardState {
  const [copied, setCopied] = React.useState(false);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  React.useEffect(() => () => clearTimeout(timer.current), []);
  const copy = React.useCallback(
    async (text: string) => {
      try {
        // navigator.clipboard is missing on insecure origins; treat that like a refusal.
        if (!navigator.clipboard) return false;
        await navigator.clipboard.writeText(text);
      } catch {
        return false;
      }
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), resetAfterMs);
      return true;
    },
    [resetAfterMs],
  );
  return { copied, copy };
}
