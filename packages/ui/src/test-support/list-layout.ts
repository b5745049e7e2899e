import type { UIMessage } from 'ai';

/**
 * jsdom has neither layout nor ResizeObserver: gives the message list a 600 × 400 viewport and
 * its rows a height of 100px (zero-height rows would all fit), so the virtualizer renders rows.
 * Call it in `beforeAll`.
 */
export function fakeListLayout(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.slot === 'message-list-row' ? 100 : 0;
    },
  });
}

/** A message with one text part. */
export const textMessage = (id: string, role: 'user' | 'assistant', value: string): UIMessage => ({
  id,
  role,
  parts: [{ type: 'text', text: value }],
});
