import * as React from 'react';
import type { MessageCallbacks } from '../message/types.ts';

const NAMES = [
  'onRegenerate',
  'onEdit',
  'onRetry',
  'onResume',
  'onToolApproval',
  'onCopied',
  'onToolOutput',
  'onFeedback',
  'onSwitchBranch',
] as const;

/**
 * Message callbacks with a stable identity that always call the latest function, so rows stay
 * memoised when a parent passes inline arrows. A callback that is absent stays absent (its button
 * hides).
 */
export function useStableCallbacks(callbacks: MessageCallbacks): MessageCallbacks {
  const latest = React.useRef(callbacks);
  React.useLayoutEffect(() => {
    latest.current = callbacks;
  });
  const presence = NAMES.map((name) => callbacks[name] !== undefined).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: identity changes only when a callback appears or disappears.
  return React.useMemo(() => {
    const stable: Record<string, (...args: never[]) => void> = {};
    for (const name of NAMES) {
      if (callbacks[name] === undefined) continue;
      stable[name] = (...args: never[]) =>
        (latest.current[name] as ((...a: never[]) => void) | undefined)?.(...args);
    }
    return stable as MessageCallbacks;
  }, [presence]);
}
