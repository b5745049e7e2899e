import { File as NodeFile } from 'node:buffer';
import { createBackend, uploadedFileRef } from '@agent-chat/client';
import { createMockServer, mockMounts } from '@agent-chat/mock-server';
import { act, renderHook, waitFor } from '@testing-library/react';
import type * as React from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AgentChatProvider } from './agent-chat-provider.tsx';
import { mockBackend } from './test-support/mock-backend.tsx';
import { useAttachments } from './use-attachments.ts';

describe('useAttachments', () => {
  it('refuses a 30 MB file with a sentence naming it and the limit, and readies valid files', async () => {
    const { wrapper } = mockBackend();
    const { result } = renderHook(() => useAttachments(), { wrapper });
    const big = new File([new Uint8Array(30 * 1024 * 1024)], 'video.mp4', { type: 'video/mp4' });
    const note = new File(['hello'], 'note.txt', { type: 'text/plain' });
    act(() => {
      result.current.add([big, note]);
    });
    expect(result.current.items[0]).toMatchObject({
      status: 'error',
      error: 'video.mp4 is 30 MB; the limit is 25 MB.',
    });
    expect(result.current.hasErrors).toBe(true);
    await waitFor(() => expect(result.current.readyFiles).toEqual([note]));
  });

  it('checks type and count limits', () => {
    const { wrapper } = mockBackend();
    const { result } = renderHook(() => useAttachments({ accept: ['image/*', '.pdf'], maxFiles: 1 }), {
      wrapper,
    });
    act(() => {
      result.current.add([
        new File(['x'], 'tool.exe', { type: 'application/x-msdownload' }),
        new File(['x'], 'a.pdf', { type: 'application/pdf' }),
        new File(['x'], 'b.png', { type: 'image/png' }),
      ]);
    });
    const [exe, pdf, png] = result.current.items;
    expect(exe?.error).toMatch(/tool\.exe is not a file type this agent accepts/);
    expect(pdf?.status).not.toBe('error');
    expect(png?.error).toMatch(/at most 1 file/);
    act(() => result.current.remove(exe?.id as string));
    expect(result.current.items).toHaveLength(2);
  });
});

describe('useAttachments on a backend that takes uploads (agents v2)', () => {
  // jsdom brings its own File and FormData, which Node's fetch (that the mock server reads with)
  // cannot send; a browser has one of each. Files and the adapter's multipart body are Node's here.
  const note = () =>
    new NodeFile(['quarterly figures'], 'figures.csv', { type: 'text/csv' }) as unknown as File;

  beforeAll(async () => {
    const nodeForm = await new Response(new URLSearchParams('a=1')).formData();
    vi.stubGlobal('FormData', nodeForm.constructor);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('uploads each file as soon as it is attached, and the file is ready with its reference', async () => {
    const { backend, wrapper } = mockBackend('agents-v2');
    const { id } = await backend.createConversation();
    const { result } = renderHook(() => useAttachments({ conversationId: id }), { wrapper });
    const file = note();
    act(() => {
      result.current.add([file]);
    });
    expect(result.current.items[0]).toMatchObject({ status: 'uploading', progress: 0 });
    expect(result.current.isProcessing).toBe(true);
    await waitFor(() => expect(result.current.items[0]).toMatchObject({ status: 'ready', progress: 1 }));
    const listed = await backend.files?.list?.(id);
    expect(listed?.map((item) => item.name)).toEqual(['figures.csv']);
    expect(result.current.items[0]?.fileRef).toBe(listed?.[0]?.ref);
    expect(uploadedFileRef(file, id)).toBe(listed?.[0]?.ref);
    expect(result.current.readyFiles).toEqual([file]);

    // Given back after a failed send, the same file is not uploaded a second time.
    act(() => result.current.clear());
    act(() => result.current.restore([file]));
    expect(result.current.items[0]).toMatchObject({ status: 'ready', fileRef: listed?.[0]?.ref });
    expect(await backend.files?.list?.(id)).toHaveLength(1);
  });

  it('cancels the upload when the file is removed: the request is aborted and nothing is left', async () => {
    let held = false;
    let aborted = false;
    const server = createMockServer();
    // The upload is held open until the client gives up on it (jsdom's AbortSignal is watched
    // here, before Node's Request, which does not know it, would drop it).
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, { ...init, signal: null });
      if (request.method !== 'POST' || !request.url.endsWith('/files')) return server.fetch(request);
      held = true;
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('The upload was aborted.', 'AbortError'));
        });
      });
    };
    const backend = createBackend('agents-v2', {
      baseUrl: `http://mock${mockMounts['agents-v2']}`,
      agentId: 'mock-agent',
      fetch,
    });
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <AgentChatProvider backend={backend}>{children}</AgentChatProvider>
    );
    const { id } = await backend.createConversation();
    const { result } = renderHook(() => useAttachments({ conversationId: id }), { wrapper });
    act(() => {
      result.current.add([note()]);
    });
    expect(result.current.items[0]?.status).toBe('uploading');
    await waitFor(() => expect(held).toBe(true));
    act(() => result.current.remove(result.current.items[0]?.id as string));
    expect(result.current.items).toEqual([]);
    await waitFor(() => expect(aborted).toBe(true));
    expect(result.current.isProcessing).toBe(false);
    expect(await backend.files?.list?.(id)).toEqual([]);
  });

  it('keeps a failed upload in place with the reason, and retries it', async () => {
    let busy = true;
    const { backend, wrapper } = mockBackend('agents-v2', (request) => {
      if (!busy || request.method !== 'POST' || !request.url.endsWith('/files')) return undefined;
      return new Response(JSON.stringify({ detail: 'storage is busy' }), { status: 503 });
    });
    const { id } = await backend.createConversation();
    const { result } = renderHook(() => useAttachments({ conversationId: id }), { wrapper });
    act(() => {
      result.current.add([note()]);
    });
    await waitFor(() => expect(result.current.items[0]?.status).toBe('error'));
    expect(result.current.items[0]).toMatchObject({ retryable: true });
    expect(result.current.items[0]?.error).toMatch(/^figures\.csv could not be uploaded\. /);
    expect(result.current.hasErrors).toBe(true);
    busy = false;
    act(() => result.current.retry(result.current.items[0]?.id as string));
    await waitFor(() => expect(result.current.items[0]?.status).toBe('ready'));
    expect(await backend.files?.list?.(id)).toHaveLength(1);
  });

  it('sends files with the message when uploads are turned off or there is no conversation yet', async () => {
    const { wrapper } = mockBackend('agents-v2');
    const { result } = renderHook(() => useAttachments(), { wrapper });
    act(() => {
      result.current.add([note()]);
    });
    expect(result.current.items[0]?.status).toBe('processing');
    await waitFor(() => expect(result.current.items[0]?.status).toBe('ready'));
    expect(result.current.items[0]?.fileRef).toBeUndefined();
  });
});
