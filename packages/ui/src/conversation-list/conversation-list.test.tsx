import { type Backend, requireFacet } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockBackend } from '../test-support/mock-platform.tsx';
import { ConversationList } from './conversation-list.tsx';

afterEach(cleanup);

function Harness({ backend }: { backend: Backend }) {
  const [selectedId, setSelectedId] = React.useState<string>();
  return (
    <AgentChatProvider backend={backend}>
      <ConversationList selectedId={selectedId} onSelect={(conversation) => setSelectedId(conversation.id)} />
    </AgentChatProvider>
  );
}

async function seeded(platform: 'noxus-v1' | 'agents-v2', names: string[]) {
  const backend = createMockBackend(platform);
  for (const name of names) await backend.createConversation({ name });
  return backend;
}

describe('ConversationList over the mock platform', () => {
  it('selects, renames with Enter and deletes after confirming, on the server', async () => {
    const backend = await seeded('noxus-v1', ['Alpha', 'Beta', 'Gamma']);
    render(<Harness backend={backend} />);
    const nav = screen.getByRole('navigation', { name: 'Conversations' });
    const beta = await within(nav).findByRole('button', { name: 'Beta' });

    fireEvent.click(beta);
    expect(beta.getAttribute('aria-current')).toBe('page');

    fireEvent.click(within(nav).getByRole('button', { name: 'Rename Beta' }));
    const input = within(nav).getByRole('textbox', { name: 'Conversation name' });
    fireEvent.change(input, { target: { value: 'Beta, renamed' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    await within(nav).findByRole('button', { name: 'Beta, renamed' });
    await waitFor(async () => {
      const names = (await backend.listConversations()).items.map((conversation) => conversation.name);
      expect(names).toContain('Beta, renamed');
    });

    fireEvent.click(within(nav).getByRole('button', { name: 'Delete Gamma' }));
    const dialog = await screen.findByRole('alertdialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    });
    await waitFor(() => expect(within(nav).queryByRole('button', { name: 'Gamma' })).toBeNull());
    const remaining = (await backend.listConversations()).items.map((conversation) => conversation.name);
    expect(remaining).not.toContain('Gamma');
  });

  it('rolls a refused rename back and says why', async () => {
    const backend = await seeded('noxus-v1', ['Doomed']);
    render(<Harness backend={backend} />);
    const nav = screen.getByRole('navigation', { name: 'Conversations' });
    await within(nav).findByRole('button', { name: 'Doomed' });
    const [doomed] = (await backend.listConversations()).items;
    await requireFacet(backend, 'deleteConversation').deleteConversation(doomed?.id ?? '');

    fireEvent.click(within(nav).getByRole('button', { name: 'Rename Doomed' }));
    const input = within(nav).getByRole('textbox', { name: 'Conversation name' });
    fireEvent.change(input, { target: { value: 'Saved' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    const alert = await within(nav).findByRole('alert');
    expect(alert.textContent).toMatch(/^Could not rename: /);
    await waitFor(() => expect(within(nav).queryByRole('button', { name: 'Saved' })).toBeNull());
  });

  it('creates a conversation and selects it; hides rename where the backend cannot', async () => {
    const backend = createMockBackend('agents-v2');
    render(<Harness backend={backend} />);
    const nav = screen.getByRole('navigation', { name: 'Conversations' });
    await within(nav).findByText(/No conversations yet/);
    await act(async () => {
      fireEvent.click(within(nav).getByRole('button', { name: 'New conversation' }));
    });
    const created = await within(nav).findByRole('button', { current: 'page' });
    expect(created).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: /^Rename/ })).toBeNull();
    expect(within(nav).getByRole('button', { name: /^Delete/ })).toBeTruthy();
    expect((await backend.listConversations()).items).toHaveLength(1);
  });

  it('filters by the search box', async () => {
    const backend = await seeded('noxus-v1', ['Quarterly plan', 'Churn study', 'Plan B']);
    render(<Harness backend={backend} />);
    const nav = screen.getByRole('navigation', { name: 'Conversations' });
    await within(nav).findByRole('button', { name: 'Churn study' });
    fireEvent.change(within(nav).getByRole('searchbox', { name: 'Search conversations' }), {
      target: { value: 'plan' },
    });
    await waitFor(() => expect(within(nav).queryByRole('button', { name: 'Churn study' })).toBeNull());
    expect(within(nav).getAllByRole('listitem')).toHaveLength(2);
  });
});
