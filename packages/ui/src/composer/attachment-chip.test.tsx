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
    const progress = screen.getByRole('progressbar', {
      name: 'Processing report.pdf',
    }) as HTMLProgressElement;
    expect(progress.value).toBe(0.25);
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
