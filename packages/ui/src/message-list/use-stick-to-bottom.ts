import * as React from 'react';
import { isNearBottom, keyScrollIntent } from './scroll-metrics.ts';

/** Options of `useStickToBottom`. */
export interface StickToBottomOptions {
  /** Distance from the end, in pixels, that still counts as "at the bottom". */
  threshold?: number;
}

/** What `useStickToBottom` returns. */
export interface StickToBottomState {
  /** Put on the scroll container. */
  scrollRef: React.RefCallback<HTMLElement>;
  /** The scroll container, once mounted. */
  scrollElement: HTMLElement | null;
  /** Put on the element whose size changes as content streams in (the list's inner sizer). */
  contentRef: React.RefCallback<HTMLElement>;
  /** True while the view follows new content. */
  isAtBottom: boolean;
  /** Follow new content again and scroll to the end. */
  scrollToBottom(behavior?: ScrollBehavior): void;
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Keeps a scroll container pinned to its end while content grows (a streaming reply), and lets
 * go as soon as the user scrolls up by wheel, touch, keys or scrollbar, so they are never pulled
 * back. Reaching the end again (or `scrollToBottom`) re-attaches.
 */
export function useStickToBottom({ threshold = 48 }: StickToBottomOptions = {}): StickToBottomState {
  const [scrollElement, setScrollElement] = React.useState<HTMLElement | null>(null);
  const [contentElement, setContentElement] = React.useState<HTMLElement | null>(null);
  const [isAtBottom, setIsAtBottom] = React.useState(true);
  const stuck = React.useRef(true);
  // The scrollTop we last wrote: the scroll event it causes is ours, not the user's.
  const written = React.useRef<number | null>(null);
  const lastTop = React.useRef(0);

  const setStuck = React.useCallback((value: boolean) => {
    stuck.current = value;
    setIsAtBottom(value);
  }, []);

  const pin = React.useCallback((element: HTMLElement, behavior: ScrollBehavior = 'auto') => {
    const top = Math.max(0, element.scrollHeight - element.clientHeight);
    if (Math.abs(element.scrollTop - top) < 1) return;
    written.current = top;
    element.scrollTo({ top, behavior });
  }, []);

  const scrollToBottom = React.useCallback(
    (behavior: ScrollBehavior = 'auto') => {
      setStuck(true);
      if (scrollElement) pin(scrollElement, behavior);
    },
    [scrollElement, pin, setStuck],
  );

  React.useEffect(() => {
    const element = scrollElement;
    if (!element) return;
    const release = () => {
      if (stuck.current && element.scrollHeight > element.clientHeight) setStuck(false);
    };
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY < 0) release();
    };
    let touchY: number | undefined;
    const onTouchStart = (event: TouchEvent) => {
      touchY = event.touches[0]?.clientY;
    };
    const onTouchMove = (event: TouchEvent) => {
      const y = event.touches[0]?.clientY;
      // A finger moving down drags the content down: the view scrolls up.
      if (y !== undefined && touchY !== undefined && y > touchY) release();
      touchY = y;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (isEditable(event.target)) return;
      if (keyScrollIntent(event.key) === 'up') release();
    };
    const onScroll = () => {
      const top = element.scrollTop;
      // Ours only if it landed where we wrote: a key press racing our write is still the user's.
      const ours = written.current !== null && Math.abs(top - written.current) <= 2;
      if (ours) written.current = null;
      if (isNearBottom(element, threshold)) {
        // Only moving down (or standing) re-attaches; a small scroll up near the end must not.
        if (!stuck.current && top >= lastTop.current) setStuck(true);
      } else if (!ours && top < lastTop.current - 1) {
        release(); // a scrollbar drag or any other upward scroll we did not cause
      }
      lastTop.current = top;
    };
    element.addEventListener('wheel', onWheel, { passive: true });
    element.addEventListener('touchstart', onTouchStart, { passive: true });
    element.addEventListener('touchmove', onTouchMove, { passive: true });
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('touchstart', onTouchStart);
      element.removeEventListener('touchmove', onTouchMove);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('scroll', onScroll);
    };
  }, [scrollElement, threshold, setStuck]);

  React.useEffect(() => {
    if (!scrollElement || !contentElement || typeof ResizeObserver === 'undefined') return;
    // Content grew (a token arrived, a row was measured): follow it while attached.
    const observer = new ResizeObserver(() => {
      if (stuck.current) pin(scrollElement);
    });
    observer.observe(contentElement);
    return () => observer.disconnect();
  }, [scrollElement, contentElement, pin]);

  return {
    scrollRef: setScrollElement,
    scrollElement,
    contentRef: setContentElement,
    isAtBottom,
    scrollToBottom,
  };
}
