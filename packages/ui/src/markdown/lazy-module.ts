import * as React from 'react';

/** A module fetched the first time it is asked for; `current` once it has arrived. */
export interface LazyModule<T> {
  current: T | undefined;
  load(): Promise<T>;
}

/** Declares a module loaded on demand. A failed load is tried again by the next caller. */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  const lazy: LazyModule<T> = {
    current: undefined,
    load() {
      pending ??= load().then(
        (module) => {
          lazy.current = module;
          return module;
        },
        (error: unknown) => {
          pending = undefined; // a flaky network costs a fallback, not the feature
          throw error;
        },
      );
      return pending;
    },
  };
  return lazy;
}

/**
 * The module once it has loaded (asked for while `enabled`), re-rendering when it arrives;
 * undefined until then, and on a failed load, so the caller keeps showing its fallback.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, enabled: boolean): T | undefined {
  const [, setLoaded] = React.useState(false);
  React.useEffect(() => {
    if (!enabled || lazy.current) return;
    let cancelled = false;
    lazy.load().then(
      () => !cancelled && setLoaded(true),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [lazy, enabled]);
  return enabled ? lazy.current : undefined;
}
