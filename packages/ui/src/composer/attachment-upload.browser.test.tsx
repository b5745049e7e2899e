import { type Backend, createBackend } from '@agent-chat/client';
import { AgentChatProvider, type AttachmentsState, useAttachments } from '@agent-chat/react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { Composer } from './composer.tsx';

// The mock server over HTTP (test-support/upload-server-global-setup.ts), reading uploads at
// 4 MB/s; the backend has no `fetch` of its own, so uploads go over XMLHttpRequest with progress.
let backend: Backend;
beforeAll(() => {
  backend = createBackend('agents-v2', {
    baseUrl: `${inject('uploadServerUrl')}/api/v2`,
    agentId: 'mock-agent',
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const MB = 1024 * 1024;

function fileOfSize(name: string, bytes: number): File {
  return new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' });
}

/** The composer with its attachments, uploading to `conversationId`; `onState` sees each render. */
function Harness({
  conversationId,
  onState,
}: {
  conversationId: string;
  onState: (state: AttachmentsState) => void;
}) {
  const attachments = useAttachments({ conversationId });
  onState(attachments);
  return <Composer onSend={() => true} attachments={attachments} />;
}

async function mount() {
  const { id } = await backend.createConversation({ name: 'uploads' });
  const seen: AttachmentsState[] = [];
  render(
    <AgentChatProvider backend={backend}>
      <Harness conversationId={id} onState={(state) => seen.push(state)} />
    </AgentChatProvider>,
  );
  const latest = () => seen.at(-1) as AttachmentsState;
  return { id, seen, latest };
}

describe('uploads in Chromium over XMLHttpRequest', () => {
  it('shows real progress between 0 and 100% while a multi-megabyte file uploads, then the file is ready', async () => {
    const { id, seen, latest } = await mount();
    act(() => {
      latest().add([fileOfSize('dataset.bin', 12 * MB)]);
    });
    const bar = await screen.findByRole('progressbar', { name: 'Uploading dataset.bin' });
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0), {
      timeout: 30_000,
    });
    await waitFor(() => expect(latest().items[0]?.status).toBe('ready'), { timeout: 60_000 });

    const during = seen
      .map((state) => state.items[0])
      .filter((item) => item?.status === 'uploading')
      .map((item) => item?.progress ?? 0);
    expect(during.some((progress) => progress > 0 && progress < 1)).toBe(true);
    // Progress never goes back.
    expect(during).toEqual([...during].sort((a, b) => a - b));
    expect(screen.queryByRole('progressbar')).toBeNull();
    const listed = await backend.files?.list?.(id);
    expect(listed?.map((file) => [file.name, file.size])).toEqual([['dataset.bin', 12 * MB]]);
  });

  it('cancels mid-upload: the request is aborted, the chip is gone and nothing arrives', async () => {
    const abort = vi.spyOn(XMLHttpRequest.prototype, 'abort');
    const { id, latest } = await mount();
    act(() => {
      latest().add([fileOfSize('large.bin', 12 * MB)]);
    });
    const bar = await screen.findByRole('progressbar', { name: 'Uploading large.bin' });
    // The first progress event: part of the body is sent, not all of it.
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0), {
      timeout: 30_000,
    });
    expect(latest().items[0]?.status).toBe('uploading');
    screen.getByRole('button', { name: 'Cancel upload of large.bin' }).click();

    await waitFor(() => expect(screen.queryByRole('listitem')).toBeNull());
    expect(abort).toHaveBeenCalledTimes(1);
    expect(latest().items).toEqual([]);
    expect(document.activeElement?.getAttribute('data-slot')).toBe('composer-input');

    // A later upload arrives on its own: the cancelled body never completed.
    act(() => {
      latest().add([fileOfSize('small.bin', 1000)]);
    });
    await waitFor(() => expect(latest().items[0]?.status).toBe('ready'), { timeout: 30_000 });
    expect((await backend.files?.list?.(id))?.map((file) => file.name)).toEqual(['small.bin']);
  });
});
