import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from './test-support/mock-backend.tsx';
import { useConversations } from './use-conversations.ts';

describe('useConversations', () => {
  it('pages through the list and creates at the top', async () => {
    const { wrapper, backend } = mockBackend();
    for (let index = 0; index < 5; index++) await backend.createConversation({ name: `Chat ${index}` });
    const { result } = renderHook(() => useConversations({ pageSize: 2 }), { wrapper });
    await waitFor(() => expect(result.current.conversations).toHaveLength(2));
    expect(result.current.hasNextPage).toBe(true);
    act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.conversations).toHaveLength(4));
    await act(async () => {
      await result.current.create({ name: 'Newest' });
    });
    await waitFor(() => expect(result.current.conversations[0]?.name).toBe('Newest'));
  });

  it('renames optimistically and rolls back when the server refuses', async () => {
    const { wrapper, backend } = mockBackend('noxus-v1', (request) =>
      request.method === 'PATCH'
        ? Response.json({ detail: 'Renaming is switched off (test).' }, { status: 500 })
        : undefined,
    );
    const conversation = await backend.createConversation({ name: 'Original' });
    const { result } = renderHook(() => useConversations(), { wrapper });
    await waitFor(() => expect(result.current.conversations.map((c) => c.name)).toContain('Original'));
    let failure: unknown;
    await act(async () => {
      const pending = result.current.rename(conversation.id, 'Renamed').catch((error: unknown) => {
        failure = error;
      });
      await pending;
    });
    expect(String(failure)).toMatch(/switched off/);
    await waitFor(() =>
      expect(result.current.conversations.find((c) => c.id === conversation.id)?.name).toBe('Original'),
    );
  });

  it('deletes optimistically and filters by search', async () => {
    const { wrapper, backend } = mockBackend('chat-api');
    const keep = await backend.createConversation({ name: 'Budget review' });
    const drop = await backend.createConversation({ name: 'Scratch' });
    const { result, rerender } = renderHook(({ search }) => useConversations({ search }), {
      wrapper,
      initialProps: { search: '' },
    });
    await waitFor(() => expect(result.current.conversations.length).toBeGreaterThanOrEqual(2));
    await act(async () => {
      await result.current.remove(drop.id);
    });
    await waitFor(() => expect(result.current.conversations.map((c) => c.id)).not.toContain(drop.id));
    rerender({ search: 'budget' });
    expect(result.current.conversations.map((c) => c.id)).toEqual([keep.id]);
  });
});
