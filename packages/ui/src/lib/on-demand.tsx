import * as React from 'react';

/** A component fetched the first time something asks for it, kept once it has arrived. */
export class OnDemand<P> {
  #loaded: React.ComponentType<P> | undefined;
  #loading: Promise<void> | undefined;
  readonly #listeners = new Set<() => void>();
  constructor(readonly importer: () => Promise<React.ComponentType<P>>) {}

  load(): Promise<void> {
    this.#loading ??= this.importer().then(
      (component) => {
        this.#loaded = component;
        for (const listener of this.#listeners) listener();
      },
      (error: unknown) => {
        this.#loading = undefined; // a failed request is tried again by the next one that asks
        throw error;
      },
    );
    return this.#loading;
  }
  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
  current = () => this.#loaded;
}

/**
 * The component once it has loaded, else undefined; starts the load while `wanted`. The server
 * and hydration render without it, as the first client render does before the load.
 */
export function useOnDemand<P>(part: OnDemand<P>, wanted = true): React.ComponentType<P> | undefined {
  const loaded = React.useSyncExternalStore(part.subscribe, part.current, () => undefined);
  React.useEffect(() => {
    if (wanted && !part.current()) part.load().catch(() => {});
  }, [part, wanted]);
  return wanted ? loaded : undefined;
}
