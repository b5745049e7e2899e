import { lazyModule, useLazyModule } from '../markdown/lazy-module.ts';
import type { ReasoningPartProps } from './reasoning-part.tsx';
import type { ToolPartProps } from './tool-part.tsx';

// The generic tool card and the reasoning panel are drawn with code (radix-ui's Collapsible, the
// JSON view) that many replies never need. Each loads the first time a message holds such a part
// and shows nothing until then (a local request of a few kilobytes); `preloadMessageParts` loads
// both ahead. Imported directly, `ToolPart` and `ReasoningPart` stay synchronous.

const toolPart = lazyModule(() => import('./tool-part.tsx'));
const reasoningPart = lazyModule(() => import('./reasoning-part.tsx'));

/** `ToolPart`, loaded on first use. */
export function LazyToolPart(props: ToolPartProps) {
  const loaded = useLazyModule(toolPart, true);
  return loaded ? <loaded.ToolPart {...props} /> : null;
}

/** `ReasoningPart`, loaded on first use. */
export function LazyReasoningPart(props: ReasoningPartProps) {
  const loaded = useLazyModule(reasoningPart, true);
  return loaded ? <loaded.ReasoningPart {...props} /> : null;
}

/**
 * Loads the generic tool card and the reasoning panel now, which otherwise load the first time a
 * message needs them: for an agent whose replies always use tools or reasoning.
 * @example await preloadMessageParts();
 */
export function preloadMessageParts(): Promise<void> {
  return Promise.all([toolPart.load(), reasoningPart.load()]).then(() => {});
}
