import { AgentChatLocaleProvider, loadMessages } from '@agent-chat/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentChip } from './attachment-chip.tsx';
import { sendBlockReason } from './send-block-reason.ts';
import type { ComposerAttachment } from './types.ts';

afterEach(cleanup);

const item = (overrides: Partial<ComposerAttachment>): ComposerAttachment => ({
  id: 'a1',
  name: 'report.pdf',
  size: 2 * 1024 * 1024,
  mediaType: 'application/pdf',
  status: 'ready',
  ...overrides,
});

describe('AttachmentChip', () => {
  it('shows name and size, and removes by a button named after the file', () => {
    const onRemove = vi.fn();
    render(
      <ul>
        <AttachmentChip attachment={item({})} onRemove={onRemove} />
      </ul>,
    );
    expect(screen.getByText('report.pdf')).not.toBeNull();
    expect(screen.getByText('2 MB')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove report.pdf' }));
    expect(onRemove).toHaveBeenCalledWith('a1');
  });

  it('shows progress while processing and the error in words when it failed', () => {
    const { rerender } = render(
      <ul>
        <AttachmentChip attachment={item({ status: 'processing', progress: 0.25 })} />
      </ul>,
    );
    const progress = screen.getByRole('progressbar', { name: 'Processing report.pdf' });
    expect(progress.getAttribute('aria-valuenow')).toBe('25');
    rerender(
      <ul>
        <AttachmentChip
          attachment={item({ status: 'error', error: 'report.pdf is 30 MB; the limit is 25 MB.' })}
        />
      </ul>,
    );
    const chip = screen.getByRole('listitem');
    expect(chip.getAttribute('data-state')).toBe('error');
    expect(document.getElementById(chip.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'report.pdf is 30 MB; the limit is 25 MB.',
    );
  });

  it('shows upload progress as a percentage, and its remove button cancels the upload', () => {
    const onRemove = vi.fn();
    render(
      <ul>
        <AttachmentChip attachment={item({ status: 'uploading', progress: 0.42 })} onRemove={onRemove} />
      </ul>,
    );
    const progress = screen.getByRole('progressbar', { name: 'Uploading report.pdf' });
    expect(progress.getAttribute('aria-valuenow')).toBe('42');
    expect(progress.getAttribute('aria-valuetext')).toBe('42%');
    expect(screen.getByText('42%')).not.toBeNull();
    const cancel = screen.getByRole('button', { name: 'Cancel upload of report.pdf' });
    fireEvent.click(cancel);
    expect(onRemove).toHaveBeenCalledWith('a1');
    expect(screen.queryByRole('button', { name: 'Remove report.pdf' })).toBeNull();
  });

  it("says the percentage in the locale's digits", async () => {
    await loadMessages('ar'); // loaded first, so the provider renders at once
    render(
      <AgentChatLocaleProvider locale="ar">
        <ul>
          <AttachmentChip
            attachment={item({ status: 'uploading', progress: 0.42 })}
            onRemove={() => undefined}
          />
        </ul>
      </AgentChatLocaleProvider>,
    );
    const progress = screen.getByRole('progressbar', { name: 'جارٍ رفع report.pdf' });
    expect(progress.getAttribute('aria-valuetext')).toBe(
      new Intl.NumberFormat('ar', { style: 'percent' }).format(0.42),
    );
    expect(screen.getByRole('button', { name: 'إلغاء رفع report.pdf' })).not.toBeNull();
  });

  it('offers Retry for a failed upload that may work again, and moves focus to Cancel', () => {
    const onRetry = vi.fn();
    const failed = item({ status: 'error', error: 'report.pdf could not be uploaded.', retryable: true });
    const { rerender } = render(
      <ul>
        <AttachmentChip attachment={failed} onRemove={() => undefined} onRetry={onRetry} />
      </ul>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry uploading report.pdf' }));
    expect(onRetry).toHaveBeenCalledWith('a1');
    expect(document.activeElement?.getAttribute('data-slot')).toBe('attachment-remove');
    rerender(
      <ul>
        <AttachmentChip
          attachment={{ ...failed, retryable: false }}
          onRemove={() => undefined}
          onRetry={onRetry}
        />
      </ul>,
    );
    expect(screen.queryByRole('button', { name: 'Retry uploading report.pdf' })).toBeNull();
  });

  it('shows an image preview when there is one', () => {
    render(
      <ul>
        <AttachmentChip attachment={item({ name: 'chart.png', previewUrl: 'blob:preview' })} />
      </ul>,
    );
    expect(document.querySelector('[data-slot="attachment-preview"]')?.getAttribute('src')).toBe(
      'blob:preview',
    );
  });
});

describe('sendBlockReason', () => {
  it('explains processing first, then errors, counting them', () => {
    const base = { items: [item({ status: 'error' }), item({ id: 'b', status: 'error' })], hasErrors: true };
    expect(sendBlockReason({ ...base, isProcessing: true })).toBe(
      'Wait until the attachments have finished processing.',
    );
    expect(sendBlockReason({ ...base, isProcessing: false })).toBe(
      'Remove the 2 attachments with errors to send.',
    );
    expect(sendBlockReason({ items: [], hasErrors: false, isProcessing: false })).toBeUndefined();
    expect(sendBlockReason(undefined)).toBeUndefined();
  });
});
