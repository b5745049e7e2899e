import * as React from 'react';

/** A module fetched the first time it is asked for; `current` once it has arrived. */
export interface LazyModule<T> {
  current: T | undefined;
  load(): Promise<T>;
  /** Calls `listener` when the module has arrived; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Declares a module loaded on demand. A failed load is tried again by the next caller. */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const lazy: LazyModule<T> = {
    current: undefined,
    load() {
      pending ??= load().then(
        (module) => {
          lazy.current = module;
          for (const listener of listeners) listener();
          return module;
        },
        (error: unknown) => {
          pending = undefined; // a flaky network costs a fallback, not the feature
          throw error;
        },
      );
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return lazy;
}

const nothing = () => undefined;

/**
 * The module once it has loaded (asked for while `enabled`), re-rendering when it arrives;
 * undefined until then, and on a failed load, so the caller keeps showing its fallback. A module
 * loaded before the first render shows in it, except while hydrating: the server rendered the
 * fallback, so hydration does too and the module shows in the render after it.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, enabled: boolean): T | undefined {
  const module = React.useSyncExternalStore(lazy.subscribe, () => lazy.current, nothing);
  React.useEffect(() => {
    if (enabled && !lazy.current) lazy.load().catch(nothing);
  }, [lazy, enabled]);
  return enabled ? module : undefined;
}
