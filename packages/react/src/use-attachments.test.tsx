import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
