import { requireFacet } from '@agent-chat/client';
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

  it.each([120, 100])(
    'shows every row of a frame whose total the server never reports, paging on until a short page (page size %i)',
    async (pageSize) => {
      // The server answers slices without `total_rows`, as some deployments do.
      const { wrapper, backend, server } = mockBackend('agents-v2', async (request) => {
        if (!new URL(request.url).pathname.includes('/data-frames/')) return undefined;
        const answer = await server.fetch(request);
        const { total_rows: _total, ...rest } = (await answer.json()) as Record<string, unknown>;
        return new Response(JSON.stringify(rest), { headers: { 'content-type': 'application/json' } });
      });
      const conversation = await backend.createConversation({ name: 'untotalled' });
      await backend.chat(conversation.id, { text: '/dataframe' });
      const [info] = await requireFacet(backend, 'dataFrames').dataFrames.list(conversation.id);
      const total = info?.rowCount ?? 0;
      expect(total).toBeGreaterThan(pageSize * 3);

      const { result } = renderHook(() => useDataFrame(conversation.id, info?.name, { pageSize }), {
        wrapper,
      });
      await waitFor(() => expect(result.current.knownRowCount).toBe(pageSize));
      expect(result.current.rowCount).toBeUndefined();
      // What a grid does: the row after the known ones is in view, so its page loads.
      while (result.current.rowCount === undefined) {
        const before = result.current.knownRowCount;
        act(() => result.current.ensureRange(Math.max(0, before - 10), before));
        await waitFor(() =>
          expect(result.current.knownRowCount > before || result.current.rowCount !== undefined).toBe(true),
        );
      }
      expect(result.current.rowCount).toBe(total);
      expect(result.current.knownRowCount).toBe(total);
      expect(result.current.getRow(total - 1)).toBeDefined();
      expect(result.current.getRow(total)).toBeUndefined();
    },
  );
});
