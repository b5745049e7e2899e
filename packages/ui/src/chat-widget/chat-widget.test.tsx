import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '../composer/composer.tsx';
import { ChatWidget } from './chat-widget.tsx';

afterEach(cleanup);

function Widget({ busy = false, onStop = () => {} }: { busy?: boolean; onStop?: () => void }) {
  return (
    <ChatWidget title="Support" unreadCount={4}>
      <Composer onSend={() => true} onStop={onStop} isBusy={busy} />
    </ChatWidget>
  );
}

describe('ChatWidget', () => {
  it('opens from the launcher with focus in the composer, and Escape gives focus back to the launcher', async () => {
    render(<Widget />);
    const launcher = screen.getByRole('button', { name: 'Open chat, 4 unread' });
    fireEvent.click(launcher);
    const panel = await screen.findByRole('dialog', { name: 'Support' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Message' })),
    );
    expect(panel.querySelector('[data-slot="chat-widget-close"]')?.getAttribute('aria-label')).toBe(
      'Close chat',
    );
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(launcher);
  });

  it('lets Escape stop a streaming reply instead of closing', async () => {
    const onStop = vi.fn();
    render(<Widget busy onStop={onStop} />);
    fireEvent.click(screen.getByRole('button', { name: /Open chat/ }));
    await screen.findByRole('dialog', { name: 'Support' });
    const input = screen.getByRole('textbox', { name: 'Message' });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Escape' });
    });
    expect(onStop).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeNull();
  });

  it('hides the unread badge while open and applies a custom size', async () => {
    render(
      <ChatWidget
        title="Help"
        unreadCount={2}
        defaultOpen
        size={{ width: 300, height: 500 }}
        position="bottom-left"
      >
        <p>Body</p>
      </ChatWidget>,
    );
    const panel = await screen.findByRole('dialog', { name: 'Help' });
    expect(panel.style.width).toBe('300px');
    expect(panel.className).toContain('left-4');
    expect(screen.getAllByRole('button', { name: 'Close chat' })).toHaveLength(2);
    expect(document.querySelector('[data-slot="chat-launcher-badge"]')).toBeNull();
  });
});
