import * as React from 'react';
import type { ReasoningPartProps } from './reasoning-part.tsx';
import type { ToolPartProps } from './tool-part.tsx';

// The generic tool card and the reasoning panel are drawn with code (radix-ui's Collapsible, the
// JSON view) that many replies never need. Each loads the first time a message holds such a part
// and shows nothing until then (a local request of a few kilobytes); `preloadMessageParts` loads
// both ahead. Imported directly, `ToolPart` and `ReasoningPart` stay synchronous.

/** A component fetched the first time something asks for it, kept once it has arrived. */
class OnDemand<P> {
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
        this.#loading = undefined; // a failed request is tried again by the next part that needs it
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

/** The component once it has loaded (starting the load), else undefined. */
function useOnDemand<P>(part: OnDemand<P>): React.ComponentType<P> | undefined {
  // The server and hydration render nothing, as the first client render did before the load.
  const loaded = React.useSyncExternalStore(part.subscribe, part.current, () => undefined);
  React.useEffect(() => {
    if (!part.current()) part.load().catch(() => {});
  }, [part]);
  return loaded;
}

const toolPart = new OnDemand<ToolPartProps>(() =>
  import('./tool-part.tsx').then((module) => module.ToolPart),
);
const reasoningPart = new OnDemand<ReasoningPartProps>(() =>
  import('./reasoning-part.tsx').then((module) => module.ReasoningPart),
);

/** `ToolPart`, loaded on first use. */
export function LazyToolPart(props: ToolPartProps) {
  const Loaded = useOnDemand(toolPart);
  return Loaded ? <Loaded {...props} /> : null;
}

/** `ReasoningPart`, loaded on first use. */
export function LazyReasoningPart(props: ReasoningPartProps) {
  const Loaded = useOnDemand(reasoningPart);
  return Loaded ? <Loaded {...props} /> : null;
}

/**
 * Loads the generic tool card and the reasoning panel now, which otherwise load the first time a
 * message needs them: for an agent whose replies always use tools or reasoning.
 * @example await preloadMessageParts();
 */
export function preloadMessageParts(): Promise<void> {
  return Promise.all([toolPart.load(), reasoningPart.load()]).then(() => {});
}
