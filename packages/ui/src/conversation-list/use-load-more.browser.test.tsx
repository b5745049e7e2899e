import { act, cleanup, render, waitFor } from '@testing-library/react';
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useLoadMore } from './use-load-more.ts';

afterEach(cleanup);

interface PagedListProps {
  total: number;
  pageSize: number;
  onLoad?: () => void;
}

/** A list that grows by a page whenever its end comes into view, as the conversation list does. */
function PagedList({ total, pageSize, onLoad }: PagedListProps) {
  const [shown, setShown] = React.useState(pageSize);
  const root = React.useRef<HTMLDivElement>(null);
  const sentinel = useLoadMore({
    hasMore: shown < total,
    isLoading: false,
    itemCount: shown,
    loadMore: () => {
      onLoad?.();
      setShown((count) => Math.min(total, count + pageSize));
    },
    root,
    rootMargin: '0px',
  });
  return (
    <div ref={root} data-testid="scroller" style={{ height: 200, overflowY: 'auto' }}>
      {Array.from({ length: shown }, (_, index) => `Item ${index + 1}`).map((label) => (
        <div key={label} style={{ height: 40 }}>
          {label}
        </div>
      ))}
      <div ref={sentinel} style={{ height: 1 }} />
    </div>
  );
}

describe('useLoadMore in Chromium', () => {
  it('loads the next page when the end of the list scrolls into view, and stops at the last', async () => {
    const onLoad = vi.fn();
    const view = render(<PagedList total={30} pageSize={10} onLoad={onLoad} />);
    const scroller = view.getByTestId('scroller');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onLoad).not.toHaveBeenCalled();

    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(view.getByText('Item 20')).toBeTruthy());
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(view.getByText('Item 30')).toBeTruthy());
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onLoad).toHaveBeenCalledTimes(2);
  });

  it('keeps loading while a short page leaves the end in view, and stops once the view is full', async () => {
    const view = render(<PagedList total={12} pageSize={2} />);
    // 40px items in a 200px view: the sixth page pushes the end out of view.
    await waitFor(() => expect(view.getByTestId('scroller').textContent).toContain('Item 6'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(view.getByTestId('scroller').textContent).not.toContain('Item 7');
  });
});

const seen: string[] = [];

function Probe({ value }: { value: string }) {
  seen.push(useDebouncedValue(value, 200));
  return null;
}

describe('useDebouncedValue', () => {
  it('reports a value once it stopped changing for the delay', async () => {
    vi.useFakeTimers();
    try {
      seen.length = 0;
      const view = render(<Probe value="a" />);
      view.rerender(<Probe value="ab" />);
      act(() => vi.advanceTimersByTime(100));
      view.rerender(<Probe value="abc" />);
      act(() => vi.advanceTimersByTime(199));
      expect(seen.at(-1)).toBe('a');
      act(() => vi.advanceTimersByTime(1));
      expect(seen.at(-1)).toBe('abc');
      expect(seen).not.toContain('ab');
    } finally {
      vi.useRealTimers();
    }
  });
});
