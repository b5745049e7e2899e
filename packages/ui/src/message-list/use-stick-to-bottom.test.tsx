import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StickToBottomState, useStickToBottom } from './use-stick-to-bottom.ts';

// jsdom has no layout: give the scroller a fixed viewport, a settable content height and a
// scrollTo that moves scrollTop (clamped) and fires a scroll event, as a browser does.
let contentHeight = 1000;
let resize: (() => void) | undefined;

class FakeResizeObserver {
  constructor(private callback: () => void) {}
  observe() {
    resize = () => this.callback();
  }
  disconnect() {
    resize = undefined;
  }
  unobserve() {}
}

beforeEach(() => {
  contentHeight = 1000;
  globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

function fakeLayout(element: HTMLElement) {
  let top = 0;
  Object.defineProperties(element, {
    clientHeight: { configurable: true, get: () => 400 },
    scrollHeight: { configurable: true, get: () => contentHeight },
    scrollTop: {
      configurable: true,
      get: () => top,
      set: (value: number) => {
        top = Math.max(0, Math.min(value, contentHeight - 400));
      },
    },
  });
  element.scrollTo = ((options: ScrollToOptions) => {
    element.scrollTop = options.top ?? 0;
    element.dispatchEvent(new Event('scroll'));
  }) as typeof element.scrollTo;
}

function userScrollTo(element: HTMLElement, top: number) {
  element.scrollTop = top;
  fireEvent.scroll(element);
}

const state: { current?: StickToBottomState } = {};

function Harness() {
  const stick = useStickToBottom();
  state.current = stick;
  return (
    <div
      data-testid="scroller"
      tabIndex={-1}
      ref={(element) => {
        if (element && !('faked' in element.dataset)) {
          element.dataset.faked = '';
          fakeLayout(element);
        }
        stick.scrollRef(element);
      }}
    >
      <div ref={stick.contentRef} />
    </div>
  );
}

function setup() {
  const view = render(<Harness />);
  const scroller = view.getByTestId('scroller');
  act(() => state.current?.scrollToBottom());
  return { scroller, state: () => state.current! };
}

function grow(by: number) {
  contentHeight += by;
  act(() => resize?.());
}

describe('useStickToBottom', () => {
  it('follows content as it grows while at the bottom', () => {
    const { scroller, state } = setup();
    expect(scroller.scrollTop).toBe(600);
    grow(300);
    expect(scroller.scrollTop).toBe(900);
    expect(state().isAtBottom).toBe(true);
  });

  it('lets go on wheel up and does not pull the user back', () => {
    const { scroller, state } = setup();
    act(() => {
      fireEvent.wheel(scroller, { deltaY: -100 });
      userScrollTo(scroller, 500);
    });
    expect(state().isAtBottom).toBe(false);
    grow(300);
    expect(scroller.scrollTop).toBe(500);
  });

  it('lets go on PageUp, Home and ArrowUp, and on touch drags that scroll up', () => {
    for (const key of ['PageUp', 'Home', 'ArrowUp']) {
      const { scroller, state } = setup();
      act(() => {
        fireEvent.keyDown(scroller, { key });
      });
      expect(state().isAtBottom).toBe(false);
      cleanup();
    }
    const { scroller, state } = setup();
    act(() => {
      fireEvent.touchStart(scroller, { touches: [{ clientY: 100 }] });
      fireEvent.touchMove(scroller, { touches: [{ clientY: 160 }] });
    });
    expect(state().isAtBottom).toBe(false);
  });

  it('lets go when the scrollbar is dragged up, and re-attaches when the user comes back down', () => {
    const { scroller, state } = setup();
    act(() => userScrollTo(scroller, 200));
    expect(state().isAtBottom).toBe(false);
    grow(100);
    expect(scroller.scrollTop).toBe(200);
    act(() => userScrollTo(scroller, 690));
    expect(state().isAtBottom).toBe(true);
    grow(100);
    expect(scroller.scrollTop).toBe(800);
  });

  it('ignores keys typed into a text field inside the scroller', () => {
    const { scroller, state } = setup();
    const input = document.createElement('textarea');
    scroller.appendChild(input);
    act(() => {
      fireEvent.keyDown(input, { key: 'ArrowUp' });
    });
    expect(state().isAtBottom).toBe(true);
  });

  it('scrollToBottom re-attaches after the user scrolled away', () => {
    const { scroller, state } = setup();
    act(() => userScrollTo(scroller, 0));
    expect(state().isAtBottom).toBe(false);
    act(() => state().scrollToBottom());
    expect(state().isAtBottom).toBe(true);
    expect(scroller.scrollTop).toBe(600);
  });
});
