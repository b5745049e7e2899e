import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConversationListItem } from './conversation-list-item.tsx';

afterEach(cleanup);

const conversation = { id: 'c1', name: 'Launch plan' };

function renderItem(overrides: Partial<React.ComponentProps<typeof ConversationListItem>> = {}) {
  const props = {
    conversation,
    selected: false,
    unread: 0,
    onSelect: vi.fn(),
    onRename: vi.fn(() => Promise.resolve()),
    onDelete: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  render(
    <ul>
      <ConversationListItem {...props} />
    </ul>,
  );
  return props;
}

describe('ConversationListItem', () => {
  it('selects on click and marks the selected item as current', () => {
    const props = renderItem({ selected: true });
    const button = screen.getByRole('button', { name: 'Launch plan' });
    expect(button.getAttribute('aria-current')).toBe('page');
    fireEvent.click(button);
    expect(props.onSelect).toHaveBeenCalledWith(conversation);
  });

  it('renames with Enter and cancels with Escape', () => {
    const props = renderItem();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Launch plan' }));
    const input = screen.getByRole('textbox', { name: 'Conversation name' });
    fireEvent.change(input, { target: { value: '  Beta launch  ' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    expect(props.onRename).toHaveBeenCalledWith('Beta launch');
    expect(screen.queryByRole('textbox')).toBeNull();

    fireEvent.keyDown(screen.getByRole('button', { name: 'Launch plan' }), { key: 'F2' });
    const again = screen.getByRole('textbox', { name: 'Conversation name' });
    fireEvent.change(again, { target: { value: 'Something else' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    fireEvent.blur(again);
    expect(props.onRename).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('does not rename to an empty or unchanged name', () => {
    const props = renderItem();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Launch plan' }));
    const input = screen.getByRole('textbox', { name: 'Conversation name' });
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Launch plan' }));
    fireEvent.submit(screen.getByRole('textbox').closest('form') as HTMLFormElement);
    expect(props.onRename).not.toHaveBeenCalled();
  });

  it('shows why a rename failed', async () => {
    renderItem({ onRename: () => Promise.reject(new Error('Conversation not found.')) });
    fireEvent.click(screen.getByRole('button', { name: 'Rename Launch plan' }));
    const input = screen.getByRole('textbox', { name: 'Conversation name' });
    fireEvent.change(input, { target: { value: 'New name' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Could not rename: Conversation not found.');
    expect(screen.getByRole('button', { name: 'Launch plan' }).getAttribute('aria-describedby')).toBe(
      alert.id,
    );
  });

  it('deletes only after confirming, and keeps the dialog open with the error on failure', async () => {
    const onDelete = vi.fn(() => Promise.reject(new Error('Server unavailable.')));
    renderItem({ onDelete });
    fireEvent.click(screen.getByRole('button', { name: 'Delete Launch plan' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete “Launch plan”?');
    expect(onDelete).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    });
    expect(onDelete).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Could not delete: Server unavailable.'),
    );
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('hides actions the backend does not support and shows unread counts', () => {
    renderItem({ onRename: undefined, onDelete: undefined, unread: 120 });
    expect(screen.queryByRole('button', { name: /Rename/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
    const button = screen.getByRole('button', { name: /Launch plan/ });
    expect(button.textContent).toBe('Launch plan99+, 120 unread');
  });
});
