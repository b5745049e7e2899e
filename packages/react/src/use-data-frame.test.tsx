import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from './test-support/mock-backend.tsx';
import { useDataFrame } from './use-data-frame.ts';
import { useDataFrames } from './use-data-frames.ts';

describe('useDataFrame', () => {
  it('pages far into a 1,000,000-row frame holding only a bounded number of rows', async () => {
    const { wrapper, backend } = mockBackend('agents-v2');
    const conversation = await backend.createConversation({ name: 'frames' });
    await backend.chat(conversation.id, { text: '/dataframe-large' });
    const frames = renderHook(() => useDataFrames(conversation.id), { wrapper });
    await waitFor(() => expect(frames.result.current.dataFrames.length).toBeGreaterThan(0));
    const frame = frames.result.current.dataFrames.find(
      (candidate) => (candidate.rowCount ?? 0) >= 1_000_000,
    );
    expect(frame).toBeDefined();

    const pageSize = 100;
    const { result } = renderHook(
      () => useDataFrame(conversation.id, frame?.name, { pageSize, maxCachedPages: 6 }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.rowCount).toBe(1_000_000));
    let held = 0;
    for (const start of [0, 10_000, 250_000, 500_000, 999_900]) {
      act(() => result.current.ensureRange(start, start + 40));
      await waitFor(() => expect(result.current.getRow(start)).toBeDefined());
      held = Math.max(held, result.current.loadedRowCount);
    }
    const lastRow = result.current.getRow(999_999);
    expect(lastRow).toBeDefined();
    console.info(`1,000,000-row frame: at most ${held} rows held while paging to the end`);
    expect(held).toBeLessThanOrEqual(6 * pageSize + 2 * pageSize);
  });
});
