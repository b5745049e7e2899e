import * as React from 'react';

/**
 * State that is controlled when `value` is given and internal otherwise (the Radix pattern);
 * `onChange` is called either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [internal, setInternal] = React.useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;
  const latest = React.useRef(onChange);
  React.useLayoutEffect(() => {
    latest.current = onChange;
  });
  const set = React.useCallback(
    (next: T) => {
      if (!controlled) setInternal(next);
      latest.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
