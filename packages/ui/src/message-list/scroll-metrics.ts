/** The three numbers that say where a scroll container is. */
export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Pixels between the bottom of the viewport and the end of the content (never negative). */
export function distanceFromBottom({ scrollTop, scrollHeight, clientHeight }: ScrollMetrics): number {
  return Math.max(0, scrollHeight - clientHeight - scrollTop);
}

/** True when the viewport is within `threshold` pixels of the end of the content. */
export function isNearBottom(metrics: ScrollMetrics, threshold: number): boolean {
  return distanceFromBottom(metrics) <= threshold;
}

/** Which way a key press scrolls a focused scroll container, if it scrolls at all. */
export type KeyScrollIntent = 'up' | 'down' | 'end' | null;

/** Maps a `KeyboardEvent.key` to the way it scrolls a focused scroll container. */
export function keyScrollIntent(key: string): KeyScrollIntent {
  switch (key) {
    case 'PageUp':
    case 'ArrowUp':
    case 'Home':
      return 'up';
    case 'PageDown':
    case 'ArrowDown':
    case ' ':
      return 'down';
    case 'End':
      return 'end';
    default:
      return null;
  }
}
